import { describe, didYouMean } from './describe.js'
import { officeholders } from './officeholders.js'
import { toIsoDayOrToday, type DateInput } from './to-iso-day.js'
import type { Office, Officeholder } from './types.js'
import { offices } from './vocabulary.js'

/**
 * The terms of office that were running on a day (of `office` only, when given), as a new array in
 * the order of {@link officeholders}. A term counts from `from` to `to`, both included, or to today
 * while `serving`; a term whose first or last day no source gives is never counted (see its `notes`).
 * A day after {@link dataAsOf} is answered as things stood on `dataAsOf`, carried forward: the data
 * holds nothing that happened later. Tell such a day apart with `day > dataAsOf` (both `YYYY-MM-DD`).
 *
 * @param date - the day (see {@link DateInput}); today, in local time, when left out.
 * @param office - `secretary-general` or `rats-director`; both when left out.
 * @throws `TypeError` for an office that is not one of {@link offices}, or a date of the wrong type.
 * @throws `RangeError` when `date` is not a real day.
 * @example
 * ```ts
 * import { dataAsOf, officeholdersOn } from 'sco-data'
 *
 * officeholdersOn('2020-06-01', 'secretary-general').map((term) => term.person) // ['vladimir-norov']
 * officeholdersOn('2019-01-01').map((term) => term.person) // ['vladimir-norov', 'jumakhon-giyosov']
 * officeholdersOn('2018-12-31', 'secretary-general')[0]?.person // 'rashid-alimov'
 * // After dataAsOf, the terms being served then, carried forward:
 * officeholdersOn('2099-01-01').length === officeholdersOn(dataAsOf).filter((term) => term.serving).length // true
 * ```
 * @category People and offices
 */
export function officeholdersOn(date?: DateInput, office?: Office): Officeholder[] {
  const day = toIsoDayOrToday(date, 'date')
  if (office !== undefined && !(offices as readonly unknown[]).includes(office)) {
    const hint = typeof office === 'string' ? didYouMean(office, offices) : ''
    throw new TypeError(`office: expected one of ${offices.join(', ')}, got ${describe(office)}${hint}`)
  }
  return officeholders.filter(
    (term) =>
      (office === undefined || term.office === office) &&
      // Stryker disable next-line ConditionalExpression: null <= day is false too; the check says what is meant
      term.from !== null &&
      term.from <= day &&
      (term.to === null ? term.serving : day <= term.to),
  )
}
