import { summits } from './summits.js'
import { checkOptions, describe, didYouMean } from './describe.js'
import { normalizeText } from './normalize-text.js'
import { toStateCode } from './state-code.js'
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
  /** Only meetings hosted by this state (alpha-2 code, any letter case). */
  host?: string
  /** Only meetings that end on or after this day. */
  from?: DateInput
  /** Only meetings that start on or before this day. */
  to?: DateInput
  /**
   * Only meetings whose city, in any language held (English, Russian, Chinese), contains this
   * text; case, diacritics and runs of white space are ignored.
   */
  text?: string
}

const knownBodies: ReadonlySet<string> = new Set(bodies)
const queryKeys = ['body', 'year', 'host', 'from', 'to', 'text'] as const satisfies readonly (keyof SummitQuery)[]

/** A meeting's city in each language held, folded for matching (55 meetings: folded on each search, not kept). */
const cityNamesOf = (summit: Summit): string[] => [summit.city, summit.cityNames?.ru, summit.cityNames?.zh].filter((name) => typeof name === 'string').map(normalizeText)

/**
 * The summits that match every filter given, in chronological order. The array is new: the caller
 * may change it; the summits in it are frozen.
 * A range that reaches past {@link dataAsOf} finds only what the data holds up to that day: a
 * later meeting is not in it yet (`to > dataAsOf` tells such a range apart).
 *
 * @throws `TypeError` when `query` is not an object or has a key other than those of
 *   {@link SummitQuery} (the message names it and lists them), or a value has the wrong type.
 * @throws `RangeError` for an unknown `body`, a `year` that is not an integer, or a `from`/`to`
 *   that is not a real day.
 * @example
 * ```ts
 * import { findSummits } from 'sco-data'
 *
 * findSummits({ body: 'heads-of-state', year: 2024 }).map((summit) => summit.id) // ['2024-astana']
 * findSummits({ host: 'kz', from: '2024-01-01', to: '2024-12-31' }).map((summit) => summit.id) // ['2024-astana']
 * findSummits({ text: '青岛' }).map((summit) => summit.id) // ['2018-qingdao']
 * findSummits({ text: 'Самарканд' }).map((summit) => summit.id) // ['2022-samarkand']
 * // findSummits({ hots: 'KZ' }) throws TypeError: query: unknown key "hots" (did you mean "host"?); the keys are body, year, host, from, to, text
 * ```
 * @category Summits
 */
export function findSummits(query: SummitQuery = {}): Summit[] {
  checkOptions(query, 'query', queryKeys)
  const { body, year } = query
  if (body !== undefined && !knownBodies.has(body)) {
    if (typeof body !== 'string') throw new TypeError(`body: expected one of ${bodies.join(', ')}, got ${describe(body)}`)
    throw new RangeError(`body: expected one of ${bodies.join(', ')}, got ${describe(body)}${didYouMean(body, bodies)}`)
  }
  if (year !== undefined && typeof year !== 'number') throw new TypeError(`year: expected an integer, got ${describe(year)}`)
  if (year !== undefined && !Number.isInteger(year)) throw new RangeError(`year: expected an integer, got ${describe(year)}`)
  if (query.text !== undefined && typeof query.text !== 'string') throw new TypeError(`text: expected a string, got ${describe(query.text)}`)
  const needle = query.text === undefined ? undefined : normalizeText(query.text)
  const host = query.host === undefined ? undefined : toStateCode(query.host, 'host')
  const from = query.from === undefined ? undefined : toIsoDay(query.from, 'from')
  const to = query.to === undefined ? undefined : toIsoDay(query.to, 'to')
  // Stryker disable next-line StringLiteral: years before 1000 match no meeting either way, since the text is followed by '-'
  const yearText = year === undefined ? undefined : String(year).padStart(4, '0')
  return summits.filter(
    (summit) =>
      (body === undefined || summit.body === body) &&
      (yearText === undefined || summit.startDate.startsWith(`${yearText}-`)) &&
      (host === undefined || summit.host === host) &&
      (from === undefined || summit.endDate >= from) &&
      (to === undefined || summit.startDate <= to) &&
      (needle === undefined || cityNamesOf(summit).some((name) => name.includes(needle))),
  )
}
