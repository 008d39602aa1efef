import { summits } from './summits.js'
import { checkOptions, describe } from './describe.js'
import { toIsoDay, type DateInput } from './to-iso-day.js'
import type { Body, Summit } from './types.js'
import { bodies } from './vocabulary.js'

/**
 * Filters for {@link findSummits}. Every filter given must match; none given returns every summit.
 *
 * @example
 * ```ts
 * import { findSummits, type SummitQuery } from 'sco-data'
 *
 * const query: SummitQuery = { body: 'heads-of-state', host: 'KZ' }
 * findSummits(query).every((summit) => summit.host === 'KZ') // true
 * ```
 * @category Summits
 */
export interface SummitQuery {
  /** Only meetings of this body. */
  body?: Body
  /** Only meetings that started in this year. */
  year?: number
  /** Only meetings chaired and hosted by this state (alpha-2 code). */
  host?: string
  /** Only meetings that end on or after this day. */
  from?: DateInput
  /** Only meetings that start on or before this day. */
  to?: DateInput
}

const knownBodies: ReadonlySet<string> = new Set(bodies)

/**
 * The summits that match every filter given, in chronological order. The array is new: the caller
 * may change it; the summits in it are frozen.
 *
 * @throws {RangeError} for an unknown `body`, a `year` that is not an integer, or an invalid `from`/`to`.
 * @throws {TypeError} when `query` is not an object, or `host`, `from` or `to` has the wrong type.
 * @example
 * ```ts
 * import { findSummits } from 'sco-data'
 *
 * findSummits({ body: 'heads-of-state', year: 2024 }).map((summit) => summit.id) // ['2024-astana']
 * ```
 * @category Summits
 */
export function findSummits(query: SummitQuery = {}): Summit[] {
  if (query === null || typeof query !== 'object') {
    throw new TypeError(`query: expected an object, got ${describe(query)}`)
  }
  const { body, year, host } = query
  if (body !== undefined && !knownBodies.has(body)) {
    throw new RangeError(`body: expected one of ${bodies.join(', ')}, got ${describe(body)}`)
  }
  if (year !== undefined && !Number.isInteger(year)) {
    throw new RangeError(`year: expected an integer, got ${describe(year)}`)
  }
  if (host !== undefined && typeof host !== 'string') {
    throw new TypeError(`host: expected an alpha-2 code string, got ${describe(host)}`)
  }
  const from = query.from === undefined ? undefined : toIsoDay(query.from, 'from')
  const to = query.to === undefined ? undefined : toIsoDay(query.to, 'to')
  const yearText = year === undefined ? undefined : String(year).padStart(4, '0')
  return summits.filter(
    (summit) =>
      (body === undefined || summit.body === body) &&
      (yearText === undefined || summit.startDate.startsWith(`${yearText}-`)) &&
      (host === undefined || summit.host === host) &&
      (from === undefined || summit.endDate >= from) &&
      (to === undefined || summit.startDate <= to),
  )
}
