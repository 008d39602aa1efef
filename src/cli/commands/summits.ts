import { bodies, findSummits, type Body, type SummitQuery } from '../../index.js'
import { freshnessNotes, regionCode, year } from '../arguments.js'
import type { Command } from '../command.js'
import { withOptions } from '../errors.js'
import { listing, summitView } from '../listing.js'

export const summitsCommand: Command = {
  summary: 'List summits in chronological order',
  synopsis: '[--body <body>] [--year <n>] [--host <alpha-2>] [--city <text>] [--from <date>] [--to <date>]',
  positionals: [],
  options: {
    body: { placeholder: '<body>', help: `only meetings of this body: ${bodies.join(', ')}` },
    year: { placeholder: '<n>', help: 'only meetings that started in this year' },
    host: { placeholder: '<alpha-2>', help: 'only meetings hosted by this state, such as KZ' },
    city: { placeholder: '<text>', help: 'only meetings whose city (in any language) contains this text; case and accents ignored' },
    from: { placeholder: '<date>', help: 'only meetings that end on or after this day (YYYY-MM-DD)' },
    to: { placeholder: '<date>', help: 'only meetings that start on or before this day (YYYY-MM-DD)' },
  },
  description: 'Lists the summits that match every filter given (all of them with none), as findSummits returns them.',
  csv: true,
  execute(_, values) {
    // A filter left out is undefined, which findSummits reads as absent.
    const query: SummitQuery = {
      body: values.body as Body | undefined,
      year: values.year === undefined ? undefined : year(values.year),
      host: values.host === undefined ? undefined : regionCode(values.host, '--host'),
      text: values.city,
      from: values.from,
      to: values.to,
    }
    const found = withOptions({ body: '--body', from: '--from', to: '--to' }, () => findSummits(query))
    return { json: found, listings: [listing(summitView, found, 'No summit matches.')], notes: freshnessNotes([values.from, values.to]) }
  },
}
