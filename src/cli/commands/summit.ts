import { documentsOf, participantsOf } from '../../index.js'
import { knownSummit } from '../arguments.js'
import type { Command } from '../command.js'
import { summitsTable } from '../../csv/tables.js'
import { alternativeFields, delegationView, documentView, fieldListing, listing, recordFields, sourceFields, type Field } from '../listing.js'

export const summitCommand: Command = {
  summary: 'One summit with its documents and participants',
  synopsis: '<id>',
  positionals: ['<id>'],
  options: {},
  description:
    'Shows the summit with this id (such as 2024-astana), with the other values sources give where they disagree\n' +
    '(alternatives), the documents adopted there and the heads of delegation.\n' +
    'JSON output is { summit, documents, participants } from getSummit, documentsOf and participantsOf.\n' +
    'There is no CSV output (it is three tables): use `documents --summit <id> --csv` for the documents.',
  csv: false,
  execute([id]) {
    const summit = knownSummit(id!)
    const documents = documentsOf(summit.id)
    const participants = participantsOf(summit.id)
    const reported = summit.documentsReported === null ? 'no total reported by the sources' : `of ${summit.documentsReported} reported`
    const fields: Field[] = [
      ...recordFields(summitsTable, summit),
      { field: 'documents', value: `${documents.length} listed, ${reported}` },
      ...alternativeFields(summit),
      ...sourceFields(summit.sources),
    ]
    return {
      json: { summit, documents, participants },
      listings: [
        fieldListing(fields),
        listing(documentView, documents, 'No documents listed.', `Documents (${documents.length} listed, ${reported})`),
        listing(delegationView, participants, 'No attendance recorded.', `Participants (${participants.length})`),
      ],
    }
  },
}
