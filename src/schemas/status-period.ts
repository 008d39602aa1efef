import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { statuses } from '../vocabulary.js'
import { IsoDateSchema, NotesSchema, StateCodeSchema, SummitIdSchema, checkDayRange } from './common.js'
import { SourcesSchema } from './source.js'

/**
 * A status a state can hold in the SCO.
 *
 * - `member`: a member state.
 * - `observer`: an observer state (a category merged into `partner` in 2025).
 * - `dialogue-partner`: a dialogue partner (a category merged into `partner` in 2025).
 * - `partner`: an SCO partner, the single category that replaced observers and dialogue partners.
 *
 * @example
 * ```ts
 * import { StatusSchema } from 'sco-data/schemas'
 *
 * StatusSchema.options // ['member', 'observer', 'dialogue-partner', 'partner']
 * ```
 * @category Schemas
 */
export const StatusSchema = z.enum(statuses)

/**
 * One stretch of time during which a state held one status.
 *
 * - `state`: the state's alpha-2 code.
 * - `status`: the status held.
 * - `from`: the first day the status was held (the day it took effect).
 * - `to`: the last day it was held, or `null` while it lasts.
 * - `decidedAt`: the id of the summit that decided it, where a summit did; otherwise `null`.
 * - `sources`, `notes`: as on every record; `notes` keeps dates of decision and entry into force
 *   where they differ.
 *
 * @example
 * ```ts
 * import { StatusPeriodSchema } from 'sco-data/schemas'
 *
 * const result = StatusPeriodSchema.safeParse({
 *   state: 'IN', status: 'member', from: '2017-06-09', to: '2017-06-01', decidedAt: '2017-astana',
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * })
 * result.success // false: `to` is before `from`
 * ```
 * @category Schemas
 */
export const StatusPeriodSchema = recordSchema(
  {
    /** The state's alpha-2 code. */
    state: StateCodeSchema,
    /** The status held. */
    status: StatusSchema,
    /** The first day the status was held: the day it took effect. */
    from: IsoDateSchema,
    /** The last day it was held, or `null` while it lasts. */
    to: IsoDateSchema.nullable(),
    /** The id of the summit that decided it, where a summit did; otherwise `null`. */
    decidedAt: SummitIdSchema.nullable(),
    /** The pages this record rests on. */
    sources: SourcesSchema,
    /** Curators' remarks (dates of decision and entry into force where they differ), or `null`. */
    notes: NotesSchema,
  },
  ['state'],
)
  .superRefine((period, ctx) => {
    checkDayRange(period, ctx)
  })
