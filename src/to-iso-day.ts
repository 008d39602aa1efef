import { formatISO } from 'date-fns/formatISO'
import { isValid } from 'date-fns/isValid'
import { describe } from './describe.js'
import { isRealDay } from './real-day.js'

/**
 * A calendar day with no time and no time zone: a `Temporal.PlainDate`, or any object with
 * integer `year`, `month` (1–12) and `day` in the ISO calendar. Temporal is not needed at run time.
 *
 * @example
 * ```ts
 * import { statusOn, type PlainDateLike } from 'sco-data'
 *
 * const day: PlainDateLike = { year: 2024, month: 7, day: 4 }
 * statusOn('BY', day) // 'member'
 * ```
 * @category Types
 */
export interface PlainDateLike {
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * A day the accessors accept, in one of three forms:
 *
 * - a string written `YYYY-MM-DD` (`'2024-07-04'`): the safe choice, the same day everywhere;
 * - a plain date, such as `Temporal.PlainDate.from('2024-07-04')` or `{ year: 2024, month: 7, day: 4 }`:
 *   also the same day everywhere;
 * - a `Date`, read as the day it is **in local time** where the code runs.
 *
 * The pitfall: `new Date('2024-07-04')` is midnight UTC, which west of Greenwich is still the 3rd in
 * local time, so it reads as 3 July there. Pass the string itself, or a plain date, or build the
 * `Date` from local parts (`new Date(2024, 6, 4)`).
 *
 * A day that does not exist (`'2023-02-29'`, `{ year: 2023, month: 2, day: 29 }`) is a `RangeError`;
 * a value of another type is a `TypeError`. Both name the argument.
 *
 * @example
 * ```ts
 * import { statusOn, type DateInput } from 'sco-data'
 *
 * const days: DateInput[] = ['2024-07-04', { year: 2024, month: 7, day: 4 }, new Date(2024, 6, 4)]
 * days.map((day) => statusOn('BY', day)) // ['member', 'member', 'member']
 * ```
 * @category Types
 */
export type DateInput = string | PlainDateLike | Date

// A negative or five-digit part pads to text that is not a real day (`00-1`, `10000`), so the one check catches it.
const pad = (value: number, length: number) => String(value).padStart(length, '0')

const expected = 'a YYYY-MM-DD string, a plain date ({ year, month, day }) or a Date'

/**
 * The `YYYY-MM-DD` form of `value` (see {@link DateInput}).
 *
 * @throws `TypeError` when `value` is none of the forms of `DateInput`; the message names `name`.
 * @throws `RangeError` when it is an invalid `Date`, or a string or plain date that is not a real day.
 */
export function toIsoDay(value: unknown, name: string): string {
  if (typeof value === 'string') {
    if (!isRealDay(value)) {
      throw new RangeError(`${name}: expected a real day written YYYY-MM-DD, got ${describe(value)}`)
    }
    return value
  }
  if (value instanceof Date) {
    if (!isValid(value)) throw new RangeError(`${name}: expected a valid date, got an invalid Date`)
    return formatISO(value, { representation: 'date' })
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { year, month, day, calendarId } = value as PlainDateLike & { calendarId?: unknown }
    if (![year, month, day].every(Number.isInteger)) {
      throw new TypeError(`${name}: expected ${expected}, got an object without integer year, month and day`)
    }
    if (calendarId !== undefined && calendarId !== 'iso8601') {
      throw new RangeError(`${name}: expected a date in the ISO calendar, got one in the ${describe(calendarId)} calendar`)
    }
    const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
    if (!isRealDay(text)) throw new RangeError(`${name}: expected a real day, got { year: ${year}, month: ${month}, day: ${day} }`)
    return text
  }
  throw new TypeError(`${name}: expected ${expected}, got ${describe(value)}`)
}

/** Like {@link toIsoDay}, but `undefined` means today (in local time). */
export function toIsoDayOrToday(value: unknown, name: string): string {
  return toIsoDay(value === undefined ? new Date() : value, name)
}
