import { periodsByState } from './data.js'
import { toIsoDay, type DateInput } from './to-iso-day.js'
import type { Status } from './types.js'

/**
 * The status a state held on a day, or `undefined` when it held none. A status holds from the first
 * day of its period to the last, both included.
 *
 * @param code - the state's alpha-2 code.
 * @param date - a `Date` or a `YYYY-MM-DD` string.
 * @throws {RangeError} when `date` is not a real day; {TypeError} when it is neither a Date nor a string.
 * @example
 * ```ts
 * import { statusOn } from 'sco-data'
 *
 * statusOn('BY', '2024-07-04') // 'member'
 * statusOn('BY', '2024-07-03') // 'observer'
 * statusOn('FR', '2024-07-04') // undefined
 * ```
 * @category States and status
 */
export function statusOn(code: string, date: DateInput): Status | undefined {
  const day = toIsoDay(date, 'date')
  if (typeof code !== 'string') return undefined
  return periodsByState().get(code)?.find((period) => period.from <= day && (period.to === null || day <= period.to))?.status
}
