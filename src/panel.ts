/**
 * The panels researchers merge with other state-year data: one row per state and year
 * (`stateYearRows`), one per state and Council of Heads of State meeting (`stateMeetingRows`). Both
 * are computed from the records alone, so the accessor, the CSV tables and the command line give
 * the same rows.
 */
import type { Participation, State, Status, StatusPeriod, Summit } from './types.js'
import { statuses } from './vocabulary.js'

/** The statuses from highest to lowest, as the vocabulary lists them: what `statusMax` takes the first of. */
export const statusRanking: readonly Status[] = statuses

/**
 * The Correlates of War IGO coding of a status, as its codebook defines the values: 1 full
 * membership, 3 observer, 0 no membership. COW has no code for a dialogue partner or an SCO partner
 * as such, so those are `null`, not a guess.
 */
export function cowIgoCode(status: Status | null): 0 | 1 | 3 | null {
  if (status === null) return 0
  if (status === 'member') return 1
  if (status === 'observer') return 3
  return null
}

/**
 * One state in one year: its codes, its status at the year's end, the highest status it held, and
 * its days as a member. See {@link stateYears}.
 *
 * @example
 * ```ts
 * import { stateYears, type StateYear } from 'sco-data'
 *
 * const india: StateYear | undefined = stateYears({ states: ['IN'], from: 2017, to: 2017 })[0]
 * india?.statusMax // 'member'
 * ```
 * @category States and status
 */
export interface StateYear {
  /** The state's ISO 3166-1 alpha-2 code. */
  readonly state: string
  /** Its ISO 3166-1 alpha-3 code. */
  readonly iso3: string
  /** Its ISO 3166-1 numeric code, three digits. */
  readonly isoNumeric: string
  /** Its Correlates of War country code (`ccode`), or `null` where COW codes none. */
  readonly cowCode: number | null
  /** Its Correlates of War abbreviation (`stateabb`), or `null` where COW codes none. */
  readonly cowAbbreviation: string | null
  /** Its short English name. */
  readonly name: string
  /** The calendar year. */
  readonly year: number
  /** The status held on `statusDay`, or `null` for none. */
  readonly statusYearEnd: Status | null
  /** The day `statusYearEnd` is read on: 31 December, or `dataAsOf` in the year the data ends. */
  readonly statusDay: string
  /** The highest status held on any day of the year up to `statusDay` (member, observer, dialogue partner, partner), or `null`. */
  readonly statusMax: Status | null
  /** The days of the year, up to `statusDay`, on which the state was a member. */
  readonly memberDays: number
  /** The COW IGO coding of `statusYearEnd`: 1 member, 3 observer, 0 none; `null` for a dialogue partner or partner. */
  readonly cowIgo: 0 | 1 | 3 | null
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000

/** The days from `first` to `last`, both included, that a period covers: 0 or less when it covers none. */
function daysCovered(period: StatusPeriod, first: string, last: string): number {
  // Stryker disable next-line EqualityOperator: on equal days either side is the same day
  const from = period.from > first ? period.from : first
  // Stryker disable next-line EqualityOperator: on equal days either side is the same day
  const to = period.to === null || period.to > last ? last : period.to
  return dayNumber(to) - dayNumber(from) + 1
}

/** Which years and states a panel keeps. */
export interface PanelFilter {
  from?: number
  to?: number
  states?: readonly string[]
}

/**
 * The state-year rows: for each state with a status, a row for every year from the year of its
 * first status to the year of `dataAsOf` (a year without any status has a row with no status),
 * ordered by state code and year, kept to `filter`.
 */
export function stateYearRows(states: readonly State[], periods: readonly StatusPeriod[], dataAsOf: string, filter: PanelFilter = {}): StateYear[] {
  const lastYear = Number(dataAsOf.slice(0, 4))
  const rows: StateYear[] = []
  const ordered = [...states].sort((a, b) => a.code.localeCompare(b.code))
  for (const state of ordered) {
    if (filter.states && !filter.states.includes(state.code)) continue
    const own = periods.filter((period) => period.state === state.code)
    // A state with no period has no first year (Infinity), so no row.
    const firstYear = Math.min(...own.map((period) => Number(period.from.slice(0, 4))))
    for (let year = Math.max(firstYear, filter.from ?? firstYear); year <= Math.min(lastYear, filter.to ?? lastYear); year++) {
      const first = `${year}-01-01`
      const statusDay = year === lastYear ? dataAsOf : `${year}-12-31`
      const held = own.filter((period) => daysCovered(period, first, statusDay) > 0)
      const statusYearEnd = own.find((period) => period.from <= statusDay && (period.to === null || statusDay <= period.to))?.status ?? null
      rows.push({
        state: state.code,
        iso3: state.iso3,
        isoNumeric: state.isoNumeric,
        cowCode: state.cow?.code ?? null,
        cowAbbreviation: state.cow?.abbreviation ?? null,
        name: state.name,
        year,
        statusYearEnd,
        statusDay,
        statusMax: statusRanking.find((status) => held.some((period) => period.status === status)) ?? null,
        // Only periods held this year count, so every term of the sum is positive.
        memberDays: held.filter((period) => period.status === 'member').reduce((sum, period) => sum + daysCovered(period, first, statusDay), 0),
        cowIgo: cowIgoCode(statusYearEnd),
      })
    }
  }
  return rows
}

/**
 * One state at one Council of Heads of State meeting: its status on the meeting's first day and
 * the delegation it sent, if any.
 */
export interface StateMeeting {
  readonly summit: string
  readonly startDate: string
  readonly state: string
  readonly cowCode: number | null
  readonly statusOnFirstDay: Status | null
  readonly attended: boolean
  readonly capacity: Participation['capacity'] | null
  readonly person: string | null
  readonly mode: Participation['mode']
}

/**
 * The state-meeting rows: for each meeting of the Council of Heads of State, in order, every state
 * that held a status on its first day or sent a delegation (a guest state has no status and no COW
 * code here), ordered by state code.
 */
export function stateMeetingRows(
  states: readonly State[],
  periods: readonly StatusPeriod[],
  summits: readonly Summit[],
  participations: readonly Participation[],
): StateMeeting[] {
  const rows: StateMeeting[] = []
  const meetings = summits.filter((summit) => summit.body === 'heads-of-state').sort((a, b) => a.startDate.localeCompare(b.startDate))
  for (const summit of meetings) {
    const delegations = participations.filter((participation) => participation.summit === summit.id && participation.state !== null)
    // States with a status, and guest states that have none.
    const codes = [...new Set([...states.map((state) => state.code), ...delegations.map((delegation) => delegation.state!)])].sort()
    for (const code of codes) {
      const status = periods.find((period) => period.state === code && period.from <= summit.startDate && (period.to === null || summit.startDate <= period.to))?.status ?? null
      const delegation = delegations.find((participation) => participation.state === code)
      if (status === null && !delegation) continue
      rows.push({
        summit: summit.id,
        startDate: summit.startDate,
        state: code,
        cowCode: states.find((state) => state.code === code)?.cow?.code ?? null,
        statusOnFirstDay: status,
        attended: delegation !== undefined,
        capacity: delegation?.capacity ?? null,
        person: delegation?.person ?? null,
        mode: delegation?.mode ?? null,
      })
    }
  }
  return rows
}
