import { chairmanships } from './chairmanships.js'
import { toIsoDayOrToday, type DateInput } from './to-iso-day.js'

/**
 * The alpha-2 code of the state that held the SCO chairmanship on a day, or `undefined` before the
 * founding meeting. The chairmanship passes at the close of each Council of Heads of State meeting
 * to the state that will host the next: on the closing day it is still the outgoing chair's.
 * A day after {@link dataAsOf} is answered as things stood on `dataAsOf`, carried forward: the data
 * holds nothing that happened later. Tell such a day apart with `day > dataAsOf` (both `YYYY-MM-DD`).
 *
 * @param date - the day (see {@link DateInput}); today, in local time, when left out.
 * @throws `RangeError` when `date` is not a real day.
 * @throws `TypeError` when `date` is of the wrong type.
 * @example
 * ```ts
 * import { chairOn, dataAsOf } from 'sco-data'
 *
 * chairOn('2003-05-29') // 'KZ'
 * chairOn('2024-07-04') // 'KZ'
 * chairOn('2024-07-05') // 'CN'
 * chairOn('1999-01-01') // undefined
 * // After dataAsOf, the last known chair carried forward:
 * chairOn('2099-01-01') === chairOn(dataAsOf) // true
 * ```
 * @category People and offices
 */
export function chairOn(date?: DateInput): string | undefined {
  const day = toIsoDayOrToday(date, 'date')
  return chairmanships.find((chairmanship) => chairmanship.from <= day && (chairmanship.to === null || day <= chairmanship.to))?.state
}
