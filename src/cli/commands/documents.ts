import { documentKinds, findDocuments, type DocumentKind, type DocumentQuery } from '../../index.js'
import { freshnessNotes, knownSummit } from '../arguments.js'
import type { Command } from '../command.js'
import { withOptions } from '../errors.js'
import { documentView, listing } from '../listing.js'

export const documentsCommand: Command = {
  summary: 'Find documents',
  synopsis: '[--summit <id>] [--kind <kind>] [--text <text>] [--from <date>] [--to <date>]',
  positionals: [],
  options: {
    summit: { placeholder: '<id>', help: 'only documents of this summit, such as 2024-astana' },
    kind: { placeholder: '<kind>', help: `only documents of this kind: ${documentKinds.join(', ')}` },
    text: { placeholder: '<text>', help: 'only titles (in any language) containing this text; case and accents ignored' },
    from: { placeholder: '<date>', help: 'only documents dated on or after this day (YYYY-MM-DD)' },
    to: { placeholder: '<date>', help: 'only documents dated on or before this day (YYYY-MM-DD)' },
  },
  description: 'Lists the documents that match every filter given, ordered by date and id (findDocuments).',
  csv: true,
  execute(_, values) {
    // A filter left out is undefined, which findDocuments reads as absent.
    const query: DocumentQuery = {
      summit: values.summit === undefined ? undefined : knownSummit(values.summit).id,
      kind: values.kind as DocumentKind | undefined,
      text: values.text,
      from: values.from,
      to: values.to,
    }
    const found = withOptions({ kind: '--kind', from: '--from', to: '--to' }, () => findDocuments(query))
    return { json: found, listings: [listing(documentView, found, 'No document matches.')], notes: freshnessNotes([values.from, values.to]) }
  },
}
