import { periodsByState } from './data.js'
import { toStateCode } from './state-code.js'
import { toIsoDay, type DateInput } from './to-iso-day.js'
import type { Status } from './types.js'

/**
 * The status a state held on a day, or `undefined` when it held none. A status holds from the first
 * day of its period to the last, both included.
 * A day after {@link dataAsOf} is answered as things stood on `dataAsOf`, carried forward: the data
 * holds nothing that happened later. Tell such a day apart with `day > dataAsOf` (both `YYYY-MM-DD`).
 *
 * @param code - the state's alpha-2 code, in any letter case.
 * @param date - the day: a `YYYY-MM-DD` string, a plain date (`{ year, month, day }` or a
 *   `Temporal.PlainDate`) or a `Date` read in local time (see {@link DateInput} for the pitfall).
 * @throws `RangeError` when `date` is not a real day.
 * @throws `TypeError` when `code` is not a string or `date` is none of the forms above.
 * @example
 * ```ts
 * import { dataAsOf, statusOn } from 'sco-data'
 *
 * statusOn('BY', '2024-07-04') // 'member'
 * statusOn('by', { year: 2024, month: 7, day: 3 }) // 'observer'
 * statusOn('FR', '2024-07-04') // undefined
 * // After dataAsOf, the last known status carried forward:
 * statusOn('IN', '2099-01-01') === statusOn('IN', dataAsOf) // true
 * '2099-01-01' > dataAsOf // true
 * ```
 * @category States and status
 */
export function statusOn(code: string, date: DateInput): Status | undefined {
  const state = toStateCode(code, 'code')
  const day = toIsoDay(date, 'date')
  return periodsByState().get(state)?.find((period) => period.from <= day && (period.to === null || day <= period.to))?.status
}
