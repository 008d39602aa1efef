import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { IsoDateSchema, NotesSchema, StateCodeSchema, checkDayRange } from './common.js'
import { SourcesSchema } from './source.js'

/**
 * One state's chairmanship of the SCO. It passes at the close of each meeting of the Council of
 * Heads of State to the state that will host the next one.
 *
 * - `state`: the chairing state (alpha-2).
 * - `from`: the first day: the day after the meeting at which it passed (for the first, the first day
 *   of the founding meeting).
 * - `to`: the last day (the closing day of the meeting at which it passed on), or `null` for the
 *   current one.
 * - `sources`, `notes`: as on every record.
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
    /** The chairing state (alpha-2). */
    state: StateCodeSchema,
    /** The first day of the chairmanship. */
    from: IsoDateSchema,
    /** The last day, or `null` for the current chairmanship. */
    to: IsoDateSchema.nullable(),
    /** The pages this record rests on. */
    sources: SourcesSchema,
    /** Curators' remarks, or `null`. */
    notes: NotesSchema,
  },
  ['state'],
)
  .superRefine(checkDayRange)
