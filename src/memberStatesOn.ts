import { statesOn } from './statesOn.js'
import type { DateInput } from './to-iso-day.js'
import type { State } from './types.js'

/**
 * The member states on a day, ordered by alpha-2 code, as a new array: shorthand for
 * `statesOn(date, 'member')`.
 *
 * @param date - the day (see {@link DateInput}); today, in local time, when left out.
 * @throws {RangeError} when `date` is not a real day; {TypeError} when it is of the wrong type.
 * @example
 * ```ts
 * import { memberStatesOn } from 'sco-data'
 *
 * memberStatesOn('2001-06-15').map((state) => state.code) // ['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']
 * memberStatesOn({ year: 2024, month: 7, day: 4 }).length // 10
 * memberStatesOn().length >= 10 // true
 * ```
 * @category States and status
 */
export function memberStatesOn(date?: DateInput): State[] {
  return statesOn(date, 'member')
}
