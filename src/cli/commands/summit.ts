import { documentsOf, participantsOf } from '../../index.js'
import { knownSummit } from '../arguments.js'
import type { Command } from '../command.js'
import { delegationColumns, documentColumns, listing, summitColumns, type Column } from '../listing.js'

interface Field {
  field: string
  value: string | number | boolean | null | undefined
}

const fieldColumns: readonly Column<Field>[] = [
  { name: 'field', value: (f) => f.field },
  { name: 'value', value: (f) => f.value, shrink: true },
]

export const summitCommand: Command = {
  summary: 'One summit with its documents and participants',
  synopsis: '<id>',
  positionals: ['<id>'],
  options: {},
  description:
    'Shows the summit with this id (such as 2024-astana), the documents adopted there and the heads of delegation.\n' +
    'JSON output is { summit, documents, participants } from getSummit, documentsOf and participantsOf.\n' +
    'There is no CSV output (it is three tables): use `documents --summit <id> --csv` for the documents.',
  csv: false,
  execute([id]) {
    const summit = knownSummit(id!)
    const documents = documentsOf(summit.id)
    const participants = participantsOf(summit.id)
    const reported = summit.documentsReported === null ? 'no total reported by the sources' : `of ${summit.documentsReported} reported`
    const fields: Field[] = [
      ...summitColumns.filter((column) => column.name !== 'sources').map((column) => ({ field: column.name, value: column.value(summit) })),
      { field: 'documents', value: `${documents.length} listed, ${reported}` },
      ...summit.sources.map((source, i) => ({ field: i === 0 ? 'sources' : '', value: `${source.publisher}: ${source.url}` })),
    ]
    return {
      json: { summit, documents, participants },
      listings: [
        { ...listing(fieldColumns, fields, ''), fields: true },
        listing(documentColumns, documents, 'No documents listed.', `Documents (${documents.length} listed, ${reported})`),
        listing(delegationColumns, participants, 'No attendance recorded.', `Participants (${participants.length})`),
      ],
    }
  },
}
