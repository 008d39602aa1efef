/**
 * The SCO's calendar, as the maintainers' tools read it: how often its councils meet, when the
 * chairmanship passes, how long its officers serve, and which delegation stands for which office.
 * `npm run freshness` checks the data against these rules and docs/updating.md explains them; both
 * take them from here.
 */

/** The councils that meet once a year, and the longest gap between two meetings before one is overdue. */
export const yearlyCouncils = {
  bodies: ['heads-of-state', 'heads-of-government'],
  overdueAfterMonths: 13,
} as const

/**
 * The chairmanship passes at the close of every Council of Heads of State meeting, so one that runs
 * longer than this has probably passed already.
 */
export const chairmanshipOverdueAfterMonths = 13

/** The usual term of the SCO's officers: the Secretary-General and the RATS Director serve three years. */
export const termYears = { 'secretary-general': 3, 'rats-director': 3 } as const

/** The delegation an officer heads at a meeting, as `Participation.organisation` names it. */
export const officeOrganisation = {
  'secretary-general': 'SCO Secretariat',
  'rats-director': 'SCO Regional Anti-Terrorist Structure',
} as const

/**
 * Data checked longer ago than this is stale: both councils meet every year, so in half a year
 * something has probably happened that the data does not hold.
 */
export const dataStaleAfterDays = 183

/** A rule that comes due within this many days is reported as coming soon (it does not fail). */
export const soonWithinDays = 60
