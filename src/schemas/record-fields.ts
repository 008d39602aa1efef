import { NotesSchema } from './common.js'
import { SourcesSchema } from './source.js'

/**
 * The `sources` field every record has, described: the pages it rests on, or `what` when a kind
 * of record leans on its sources for something more.
 */
export const sourcesField = (what = 'The pages this record rests on: at least one, no URL cited twice.') => SourcesSchema.meta({ description: what })

/**
 * The `notes` field every record has, described; `usually` says what the notes of this kind of
 * record usually hold.
 */
export const notesField = (usually?: string) =>
  NotesSchema.meta({
    description: `Curators' remarks for readers${usually === undefined ? '' : ` (${usually})`}: how sources disagree, what could not be confirmed, context; \`null\` when there is nothing to say.`,
  })
