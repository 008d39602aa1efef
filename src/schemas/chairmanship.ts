import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { IsoDateSchema, StateCodeSchema, checkDayRange } from './common.js'
import { notesField, sourcesField } from './record-fields.js'

/**
 * One state's chairmanship of the SCO. It passes at the close of each meeting of the Council of
 * Heads of State to the state that will host the next one.
 *
 * Chairmanships tile time with no gap or overlap. Each field is described once, in its
 * `.meta({ description })`: the JSON Schema and the data-model guide show it.
 *
 * @example
 * ```ts
 * import { ChairmanshipSchema } from 'sco-data/schemas'
 *
 * const result = ChairmanshipSchema.safeParse({
 *   state: 'KG', from: '2025-09-02', to: null,
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * })
 * result.success // true
 * ```
 * @category Schemas
 */
export const ChairmanshipSchema = recordSchema(
  {
    state: StateCodeSchema.meta({ description: 'The chairing state (alpha-2).' }),
    from: IsoDateSchema.meta({
      description: 'The first day: the day after the meeting at which it passed (for the first, the first day of the founding meeting).',
    }),
    to: IsoDateSchema.nullable().meta({
      description: 'The last day (the closing day of the meeting at which it passed on), or `null` for the current one.',
    }),
    sources: sourcesField(),
    notes: notesField(),
  },
  ['state'],
)
  .superRefine(checkDayRange)
