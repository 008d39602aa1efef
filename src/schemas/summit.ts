import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { bodies } from '../vocabulary.js'
import { isIsoDate, IsoDateSchema, StateCodeSchema, SummitIdSchema } from './common.js'
import { notesField, sourcesField } from './record-fields.js'
import { inScript } from './scripts.js'

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
 * A meeting city's name in the SCO's two official languages, each as a source in that language
 * writes it (the English name is the summit's `city`).
 *
 * @example
 * ```ts
 * import { CityNamesSchema } from 'sco-data/schemas'
 *
 * CityNamesSchema.parse({ ru: 'Астана', zh: '阿斯塔纳' }).zh // '阿斯塔纳'
 * CityNamesSchema.safeParse({ kk: 'Астана' }).success // false: only ru and zh
 * ```
 * @category Schemas
 */
export const CityNamesSchema = z.strictObject({
  ru: inScript('name', 'ru').optional().meta({ description: 'The name in Cyrillic as a cited Russian-language source writes it.' }),
  zh: inScript('name', 'zh').optional().meta({ description: 'The name in simplified Han characters as a cited Chinese-language source writes it.' }),
})

/**
 * A meeting of one of the SCO's top bodies (or of the Shanghai Five before it). Each field is
 * described once, in its `.meta({ description })`: the JSON Schema and the data-model guide show it.
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
    id: SummitIdSchema.meta({
      description:
        'Stable slug, `YYYY-city` (`2024-astana`); `-hog` appended for the Council of Heads of Government (`2019-tashkent-hog`); `virtual` in place of the city for a meeting held only by video (`2020-virtual`). Starts with the year of `startDate`.',
    }),
    body: BodySchema.meta({ description: 'Which body met.' }),
    number: z.int().positive().nullable().meta({
      description: 'The ordinal the SCO itself gives the meeting ("the 24th meeting"), or `null` where no source gives it.',
    }),
    startDate: IsoDateSchema.meta({ description: 'The first day of the meeting.' }),
    endDate: IsoDateSchema.meta({ description: 'The last day of the meeting (equal to `startDate` for a one-day meeting).' }),
    city: z.string().trim().min(1).nullable().meta({
      description: "The city's English name as it was called then; `null` for a meeting held only by video.",
    }),
    cityNames: CityNamesSchema.optional().meta({
      description:
        "The city's name in Russian and in Chinese, each as a cited source in that language writes it; absent for a meeting held only by video, and a language left out where no source in it was found.",
    }),
    host: StateCodeSchema.meta({
      description: 'Alpha-2 code of the state where the meeting took place; for a meeting held only by video, the state that convened it.',
    }),
    chair: StateCodeSchema.nullable().meta({
      description:
        'Alpha-2 code of the state that chaired it, or `null` where no source says. A Council of Heads of State meeting is chaired by the state holding the SCO chairmanship on its first day: usually the host, but in 2003 Kazakhstan chaired in Moscow.',
    }),
    format: z.enum(['in-person', 'virtual']).meta({
      description: '`in-person`, or `virtual` for a meeting held only by video. An in-person meeting has a city.',
    }),
    documentsReported: z.int().nonnegative().nullable().meta({
      description:
        'How many documents the sources say were adopted or signed there, or `null` where no source gives a total. Compare with the documents listed to see what is missing.',
    }),
    sources: sourcesField(),
    notes: notesField(),
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
    if (summit.city === null && summit.cityNames !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['cityNames'], message: 'a meeting without a city has no city names' })
    }
    if (summit.format === 'in-person' && summit.city === null) {
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'an in-person meeting needs a city' })
    }
  })
