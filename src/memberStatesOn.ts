import { states } from './states.js'
import { statusOn } from './statusOn.js'
import { toIsoDay, type DateInput } from './to-iso-day.js'
import type { State } from './types.js'

/**
 * The member states on a day, ordered by alpha-2 code, as a new array.
 *
 * @throws {RangeError} when `date` is not a real day; {TypeError} when it is neither a Date nor a string.
 * @example
 * ```ts
 * import { memberStatesOn } from 'sco-data'
 *
 * memberStatesOn('2001-06-15').map((state) => state.code) // ['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']
 * memberStatesOn('2024-07-04').length // 10
 * ```
 * @category States and status
 */
export function memberStatesOn(date: DateInput): State[] {
  const day = toIsoDay(date, 'date')
  return states.filter((state) => statusOn(state.code, day) === 'member')
}
