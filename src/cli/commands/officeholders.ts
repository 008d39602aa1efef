import { offices, officeholders, officeholdersOn, type Office } from '../../index.js'
import { freshnessNotes } from '../arguments.js'
import type { Command } from '../command.js'
import { didYouMean } from '../../describe.js'
import { usageError, withOptions } from '../errors.js'
import { listing, officeholderView } from '../listing.js'

export const officeholdersCommand: Command = {
  summary: "The SCO's Secretaries-General and RATS Directors",
  synopsis: '[--office <office>] [--on <date>]',
  positionals: [],
  options: {
    office: { placeholder: '<office>', help: `only this office: ${offices.join(', ')}` },
    on: { placeholder: '<date>', help: 'only the terms running on this day (YYYY-MM-DD); every term when left out' },
  },
  description:
    'Every term of office (officeholders), or with --on the terms running that day (officeholdersOn). A term whose first or\n' +
    'last day no source gives is listed but never counted as running on a day.',
  csv: true,
  execute(_, values) {
    const office = values.office as Office | undefined
    if (office !== undefined && !(offices as readonly string[]).includes(office)) {
      throw usageError(`--office: expected one of ${offices.join(', ')}, got ${JSON.stringify(office)}${didYouMean(office, offices)}`)
    }
    const found =
      values.on === undefined
        ? officeholders.filter((term) => office === undefined || term.office === office)
        : withOptions({ date: '--on' }, () => officeholdersOn(values.on, office))
    const title = values.on === undefined ? `Terms of office (${found.length})` : `Holding office on ${values.on} (${found.length})`
    return { json: found, listings: [listing(officeholderView, found, 'No term matches.', title)], notes: freshnessNotes([values.on]) }
  },
}
