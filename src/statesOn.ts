import { periodsByState } from './data.js'
import { describe, didYouMean } from './describe.js'
import { states } from './states.js'
import { toIsoDayOrToday, type DateInput } from './to-iso-day.js'
import type { State, Status } from './types.js'
import { statuses } from './vocabulary.js'

/**
 * The states that held `status` on a day (any status when `status` is left out), as `State` records
 * ordered by alpha-2 code, in a new array.
 * A day after {@link dataAsOf} is answered as things stood on `dataAsOf`, carried forward: the data
 * holds nothing that happened later. Tell such a day apart with `day > dataAsOf` (both `YYYY-MM-DD`).
 *
 * @param date - the day (see {@link DateInput}); today, in local time, when left out.
 * @param status - one of {@link statuses}; any status when left out.
 * @throws `TypeError` for a status that is not one of {@link statuses}, naming it; for a `date` of
 *   the wrong type.
 * @throws `RangeError` when `date` is not a real day.
 * @example
 * ```ts
 * import { dataAsOf, statesOn } from 'sco-data'
 *
 * statesOn('2014-06-01', 'observer').map((state) => state.code) // ['AF', 'IN', 'IR', 'MN', 'PK']
 * statesOn('2001-06-15').length // 6
 * statesOn().length > 0 // true
 * // After dataAsOf, the last known statuses carried forward:
 * statesOn('2099-01-01').length === statesOn(dataAsOf).length // true
 * ```
 * @category States and status
 */
export function statesOn(date?: DateInput, status?: Status): State[] {
  const day = toIsoDayOrToday(date, 'date')
  if (status !== undefined && !(statuses as readonly unknown[]).includes(status)) {
    const hint = typeof status === 'string' ? didYouMean(status, statuses) : ''
    throw new TypeError(`status: expected one of ${statuses.join(', ')}, got ${describe(status)}${hint}`)
  }
  return states.filter((state) =>
    periodsByState()
      .get(state.code)
      ?.some((period) => period.from <= day && (period.to === null || day <= period.to) && (status === undefined || period.status === status)),
  )
}
