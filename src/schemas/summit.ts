import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { bodies } from '../vocabulary.js'
import { isIsoDate, IsoDateSchema, NotesSchema, StateCodeSchema, SummitIdSchema } from './common.js'
import { SourcesSchema } from './source.js'

/**
 * The body that met.
 *
 * - `heads-of-state`: the SCO Council of Heads of State, the annual summit.
 * - `heads-of-government`: the SCO Council of Heads of Government (prime ministers).
 * - `shanghai-five`: the summits of the Shanghai Five, 1996–2000, before the SCO was founded.
 *
 * @example
 * ```ts
 * import { BodySchema } from 'sco-data/schemas'
 *
 * BodySchema.parse('heads-of-state') // 'heads-of-state'
 * ```
 * @category Schemas
 */
export const BodySchema = z.enum(bodies)

/**
 * A meeting of one of the SCO's top bodies (or of the Shanghai Five before it).
 *
 * - `id`: stable slug, `YYYY-city` (`2024-astana`), `-hog` appended for the Council of Heads of
 *   Government, `virtual` in place of the city for a meeting held only by video.
 * - `body`: which body met.
 * - `number`: the ordinal the SCO itself gives the meeting ("the 24th meeting"), or `null` where no
 *   source gives it.
 * - `startDate`, `endDate`: first and last day (equal for a one-day meeting).
 * - `city`: English name of the city as it was called then; `null` for a meeting held only by video.
 * - `host`: alpha-2 code of the state where the meeting took place (for a meeting held only by
 *   video, the state that convened it).
 * - `chair`: alpha-2 code of the state that chaired it, or `null` where no source says. The
 *   Council of Heads of State is chaired by the state holding the SCO chairmanship, usually the
 *   host: not in 2003, when Kazakhstan chaired in Moscow.
 * - `format`: `in-person`, or `virtual` for a meeting held only by video.
 * - `documentsReported`: how many documents the sources say were adopted or signed there, or `null`
 *   where no source gives a total. Compare with the documents listed to see what is missing.
 * - `sources`, `notes`: as on every record.
 *
 * @example
 * ```ts
 * import { SummitSchema } from 'sco-data/schemas'
 *
 * const result = SummitSchema.safeParse({ id: '2024-astana', body: 'heads-of-state' })
 * result.success // false
 * ```
 * @category Schemas
 */
export const SummitSchema = recordSchema(
  {
    /** Stable slug: `YYYY-city`, `-hog` appended for the Council of Heads of Government, `virtual` for the city of a video-only meeting. */
    id: SummitIdSchema,
    /** Which body met. */
    body: BodySchema,
    /** The ordinal the SCO gives the meeting ("the 24th meeting"), or `null` where no source gives it. */
    number: z.int().positive().nullable(),
    /** The first day of the meeting. */
    startDate: IsoDateSchema,
    /** The last day of the meeting (equal to `startDate` for a one-day meeting). */
    endDate: IsoDateSchema,
    /** The city's English name as it was then; `null` for a meeting held only by video. */
    city: z.string().trim().min(1).nullable(),
    /** Alpha-2 code of the state where it took place (for a video-only meeting, the state that convened it). */
    host: StateCodeSchema,
    /** Alpha-2 code of the state that chaired it, or `null` where no source says. */
    chair: StateCodeSchema.nullable(),
    /** `in-person`, or `virtual` for a meeting held only by video. */
    format: z.enum(['in-person', 'virtual']),
    /** How many documents the sources say were adopted or signed there, or `null` where none gives a total. */
    documentsReported: z.int().nonnegative().nullable(),
    /** The pages this record rests on. */
    sources: SourcesSchema,
    /** Curators' remarks (disagreements between sources, what could not be confirmed), or `null`. */
    notes: NotesSchema,
  },
  ['id'],
)
  .superRefine((summit, ctx) => {
    if (isIsoDate(summit.startDate) && isIsoDate(summit.endDate) && summit.endDate < summit.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `endDate (${summit.endDate}) is before startDate (${summit.startDate})`,
      })
    }
    if (isIsoDate(summit.startDate) && !summit.id.startsWith(summit.startDate.slice(0, 4))) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id "${summit.id}" must start with the year of startDate (${summit.startDate.slice(0, 4)})`,
      })
    }
    if (summit.format === 'in-person' && summit.city === null) {
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'an in-person meeting needs a city' })
    }
  })
