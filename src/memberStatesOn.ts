import { statesOn } from './statesOn.js'
import type { DateInput } from './to-iso-day.js'
import type { State } from './types.js'

/**
 * The member states on a day, ordered by alpha-2 code, as a new array: shorthand for
 * `statesOn(date, 'member')`.
 * A day after {@link dataAsOf} is answered as things stood on `dataAsOf`, carried forward: the data
 * holds nothing that happened later. Tell such a day apart with `day > dataAsOf` (both `YYYY-MM-DD`).
 *
 * @param date - the day (see {@link DateInput}); today, in local time, when left out.
 * @throws `RangeError` when `date` is not a real day.
 * @throws `TypeError` when `date` is of the wrong type.
 * @example
 * ```ts
 * import { dataAsOf, memberStatesOn } from 'sco-data'
 *
 * memberStatesOn('2001-06-15').map((state) => state.code) // ['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']
 * memberStatesOn({ year: 2024, month: 7, day: 4 }).length // 10
 * memberStatesOn().length >= 10 // true
 * // After dataAsOf, the last known members carried forward:
 * memberStatesOn('2099-01-01').length === memberStatesOn(dataAsOf).length // true
 * ```
 * @category States and status
 */
export function memberStatesOn(date?: DateInput): State[] {
  return statesOn(date, 'member')
}
