import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { statuses } from '../vocabulary.js'
import { IsoDateSchema, StateCodeSchema, SummitIdSchema, checkDayRange } from './common.js'
import { notesField, sourcesField } from './record-fields.js'

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
 * One stretch of time during which a state held one status, both days included. Each field is
 * described once, in its `.meta({ description })`: the JSON Schema and the data-model guide show it.
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
    state: StateCodeSchema.meta({ description: "The state's alpha-2 code." }),
    status: StatusSchema.meta({ description: 'The status held.' }),
    from: IsoDateSchema.meta({ description: 'The first day the status was held: the day it took effect.' }),
    to: IsoDateSchema.nullable().meta({ description: 'The last day it was held, or `null` while it lasts.' }),
    decidedAt: SummitIdSchema.nullable().meta({
      description: 'The id of the summit that decided it, where a summit did; otherwise `null`. The summit may not start after `from`.',
    }),
    sources: sourcesField(),
    notes: notesField('the days of decision and of entry into force where they differ'),
  },
  ['state'],
)
  .superRefine((period, ctx) => {
    checkDayRange(period, ctx)
  })
