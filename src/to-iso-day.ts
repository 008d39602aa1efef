import { formatISO } from 'date-fns/formatISO'
import { isValid } from 'date-fns/isValid'
import { parseISO } from 'date-fns/parseISO'

/**
 * A day the accessors accept: a `Date` (read in local time, as date-fns reads it) or a string
 * written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { statusOn, type DateInput } from 'sco-data'
 *
 * const day: DateInput = '2024-07-04'
 * statusOn('BY', day) // 'member'
 * ```
 * @category Types
 */
export type DateInput = Date | string

const isoDay = /^\d{4}-\d{2}-\d{2}$/

/**
 * The `YYYY-MM-DD` form of `value`.
 *
 * @throws {TypeError} when `value` is neither a `Date` nor a string; the message names `name`.
 * @throws {RangeError} when it is an invalid `Date`, or a string that is not a real `YYYY-MM-DD` day.
 */
export function toIsoDay(value: unknown, name: string): string {
  if (value instanceof Date) {
    if (!isValid(value)) throw new RangeError(`${name}: expected a valid date, got an invalid Date`)
    return formatISO(value, { representation: 'date' })
  }
  if (typeof value !== 'string') {
    throw new TypeError(`${name}: expected a Date or a YYYY-MM-DD string, got ${describe(value)}`)
  }
  if (!isoDay.test(value) || !isValid(parseISO(value))) {
    throw new RangeError(`${name}: expected a real day written YYYY-MM-DD, got ${JSON.stringify(value)}`)
  }
  return value
}

/** A short, safe description of an unexpected argument for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'symbol') return 'a symbol'
  return `${typeof value} ${String(value)}`
}
