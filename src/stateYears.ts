import { states, statusPeriods } from './data.js'
import { dataAsOf } from './dataAsOf.js'
import { checkOptions, describe, didYouMean } from './describe.js'
import { stateYearRows, type StateYear } from './panel.js'
import { toStateCode } from './state-code.js'

/**
 * Filters for {@link stateYears}: the first and last year (both included) and the states, by
 * alpha-2 code in any letter case. None given returns the whole panel.
 *
 * @example
 * ```ts
 * import { stateYears, type StateYearQuery } from 'sco-data'
 *
 * const query: StateYearQuery = { from: 2023, to: 2024, states: ['IR'] }
 * stateYears(query).map((row) => row.statusYearEnd) // ['member', 'member']
 * ```
 * @category States and status
 */
export interface StateYearQuery {
  from?: number
  to?: number
  states?: readonly string[]
}

const queryKeys = ['from', 'to', 'states']

function checkYear(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number') throw new TypeError(`${name}: expected a year as an integer, got ${describe(value)}`)
  if (!Number.isInteger(value)) throw new RangeError(`${name}: expected a year as an integer, got ${describe(value)}`)
  return value
}

/**
 * The state-year panel researchers merge with Correlates of War, V-Dem or World Bank data: one row
 * per state per year, from the year of the state's first status to the year of {@link dataAsOf},
 * ordered by state and year, as a new array. Each row gives the state's ISO and COW codes, its
 * status on 31 December (on `dataAsOf` in the last year: `statusDay` says which), the highest
 * status it held that year, its days as a member (366 in a leap year), and the COW IGO coding of its
 * year-end status. A year in that range with no status has a row with no status and `cowIgo` 0.
 * The same rows are `sco-data/csv/state-years.csv` and `sco-data panel`.
 *
 * @param query - the years and states to keep; all when left out.
 * @throws `TypeError` when `query` is not an object or has another key, a year is not a number or
 *   `states` not an array of strings.
 * @throws `RangeError` when a year is not an integer or a state holds no status in the data.
 * @example
 * ```ts
 * import { stateYears } from 'sco-data'
 *
 * const belarus = stateYears({ states: ['by'], from: 2024, to: 2024 })[0]
 * belarus?.statusMax // 'member'
 * belarus?.memberDays // 181
 * belarus?.cowIgo // 1
 * stateYears({ from: 2001, to: 2001 }).filter((row) => row.statusYearEnd === 'member').length // 6
 * ```
 * @category States and status
 */
export function stateYears(query: StateYearQuery = {}): StateYear[] {
  checkOptions(query, 'query', queryKeys)
  const from = checkYear(query.from, 'from')
  const to = checkYear(query.to, 'to')
  let codes: string[] | undefined
  if (query.states !== undefined) {
    if (!Array.isArray(query.states)) throw new TypeError(`states: expected an array of alpha-2 codes, got ${describe(query.states)}`)
    const known = states.map((state) => state.code)
    codes = query.states.map((code: unknown, index: number) => {
      const upper = toStateCode(code, `states[${index}]`)
      if (!known.includes(upper)) throw new RangeError(`states[${index}]: no state with an SCO status has the code "${upper}"${didYouMean(upper, known)}`)
      return upper
    })
  }
  return stateYearRows(states, statusPeriods, dataAsOf, { from, to, states: codes })
}

export type { StateYear }
