import { z } from 'zod'
import { isRealDay, realDayPattern } from '../real-day.js'

/**
 * A calendar day written `YYYY-MM-DD` (ISO 8601), checked against the real calendar:
 * `2023-02-30` and `2023-02-29` are rejected, `2024-02-29` is accepted. The same check as the
 * accessors make; its JSON Schema is `format: "date"` with that check as its `pattern`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'sco-data/schemas'
 *
 * IsoDateSchema.parse('2024-07-04') // '2024-07-04'
 * IsoDateSchema.safeParse('2023-02-30').success // false
 * ```
 * @category Schemas
 */
export const IsoDateSchema = z.stringFormat('date', realDayPattern, { error: 'expected a real calendar day written YYYY-MM-DD' })

/** Whether `value` is a real `YYYY-MM-DD` day: cross-field checks compare only such values. */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && isRealDay(value)

/** Adds an issue at `to` when a record's last day (`to`) comes before its first (`from`). */
export function checkDayRange(record: { from: string | null; to: string | null }, ctx: z.RefinementCtx): void {
  if (isIsoDate(record.from) && isIsoDate(record.to) && record.to < record.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${record.to}) is before from (${record.from})` })
  }
}

/**
 * An ISO 3166-1 alpha-2 country code in upper case, such as `KZ`.
 *
 * @example
 * ```ts
 * import { StateCodeSchema } from 'sco-data/schemas'
 *
 * StateCodeSchema.parse('KZ') // 'KZ'
 * StateCodeSchema.safeParse('kz').success // false
 * ```
 * @category Schemas
 */
export const StateCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code in upper case, such as "KZ"' })

/**
 * A summit id: the year, the city (or `virtual`) and, for the Council of Heads of Government, the
 * suffix `-hog`, in lower-case ASCII joined by hyphens, such as `2024-astana` or `2019-tashkent-hog`.
 *
 * @example
 * ```ts
 * import { SummitIdSchema } from 'sco-data/schemas'
 *
 * SummitIdSchema.parse('2024-astana') // '2024-astana'
 * SummitIdSchema.safeParse('Astana 2024').success // false
 * ```
 * @category Schemas
 */
export const SummitIdSchema = z
  .string()
  .regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a summit id such as "2024-astana": year, then lower-case words joined by hyphens',
  })

/**
 * Free-text remarks by the curators: disagreements between sources, facts that could not be
 * confirmed, context. `null` when there is nothing to say.
 *
 * @example
 * ```ts
 * import { NotesSchema } from 'sco-data/schemas'
 *
 * NotesSchema.parse(null) // null
 * NotesSchema.parse('Sources disagree on the date.') // 'Sources disagree on the date.'
 * ```
 * @category Schemas
 */
export const NotesSchema = z.string().trim().min(1).nullable()
