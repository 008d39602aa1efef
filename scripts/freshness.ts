/**
 * `npm run freshness [-- --today YYYY-MM-DD] [--at <git-ref>]`: reads data/ and the SCO's calendar
 * (scripts/lib/sco-calendar.ts) and prints one line for each thing that is probably missing from the
 * data or about to change. Exits 1 when something is overdue, so a scheduled workflow notices.
 *
 * It reads data/ as plain JSON (scripts/lib/raw-data.ts), so it also runs on an older revision.
 */
import { parseArgs } from 'node:util'
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { addYears } from 'date-fns/addYears'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { format } from 'date-fns/format'
import { isValid } from 'date-fns/isValid'
import { parseISO } from 'date-fns/parseISO'
import { readDataAt, readMetaAt, readWorkingData, readWorkingMeta, type Raw } from './lib/raw-data.js'
import {
  chairmanshipOverdueAfterMonths,
  dataStaleAfterDays,
  officeOrganisation,
  soonWithinDays,
  termYears,
  yearlyCouncils,
} from './lib/sco-calendar.js'

/**
 * `overdue` fails the run; `soon` comes due within the calendar's warning window; `missing` is a gap
 * in the data that no day makes later (a serving officer's unknown first day); `info` is context.
 */
export type FindingLevel = 'overdue' | 'soon' | 'missing' | 'info'

export interface Finding {
  level: FindingLevel
  /** What the line is about: `data`, a body, `chairmanship`, an office or `status`. */
  topic: string
  message: string
}

interface Summit {
  id: string
  body: string
  startDate: string
  endDate: string
}
interface Chairmanship {
  state: string
  from: string
  to: string | null
}
interface Term {
  office: keyof typeof termYears
  person: string
  from: string | null
  to: string | null
  serving: boolean
}
interface Period {
  state: string
  status: string
  from: string
  to: string | null
}
interface Participation {
  summit: string
  state: string | null
  organisation: string | null
  person: string | null
  capacity: string
}

const day = (date: Date) => format(date, 'yyyy-MM-dd')
const months = (from: string, count: number) => day(addMonths(parseISO(from), count))
const years = (from: string, count: number) => day(addYears(parseISO(from), count))
const daysBetween = (earlier: string, later: string) => differenceInCalendarDays(parseISO(later), parseISO(earlier))

/**
 * `overdue` when `today` is after `deadline`, `soon` when the deadline is at most the warning
 * window away, otherwise nothing to say.
 */
function deadlineLevel(deadline: string, today: string): FindingLevel | undefined {
  if (today > deadline) return 'overdue'
  if (daysBetween(today, deadline) <= soonWithinDays) return 'soon'
  return undefined
}

/** Everything `npm run freshness` has to say of `data` (checked up to `dataAsOf`) on `today`. */
export function freshness(data: Raw, dataAsOf: string, today: string): Finding[] {
  const findings: Finding[] = []
  const add = (level: FindingLevel, topic: string, message: string) => findings.push({ level, topic, message })
  const summits = data.summits as unknown as Summit[]
  const participations = data.participations as unknown as Participation[]
  const summitById = new Map(summits.map((summit) => [summit.id, summit]))
  const meetingsAfter = (after: string) => summits.filter((summit) => summit.startDate > after)

  const age = daysBetween(dataAsOf, today)
  if (age > dataStaleAfterDays) {
    add('overdue', 'data', `checked up to ${dataAsOf}, ${age} days ago (stale after ${dataStaleAfterDays}): re-check the sources and move dataAsOf`)
  } else add('info', 'data', `checked up to ${dataAsOf}, ${age} days ago`)

  for (const body of yearlyCouncils.bodies) {
    const last = summits.filter((summit) => summit.body === body).sort((a, b) => (a.endDate < b.endDate ? -1 : 1)).at(-1)
    if (!last) continue
    const due = months(last.endDate, yearlyCouncils.overdueAfterMonths)
    const level = deadlineLevel(due, today)
    if (level === 'overdue') add(level, body, `no meeting recorded since ${last.id} (ended ${last.endDate}); the next was due by ${due}: add it if it was held`)
    else if (level === 'soon') add(level, body, `the next meeting after ${last.id} (ended ${last.endDate}) is due by ${due}`)
  }

  const current = (data.chairmanships as unknown as Chairmanship[]).find((chairmanship) => chairmanship.to === null)
  if (current) {
    const closing = summits
      .filter((summit) => summit.body === 'heads-of-state' && summit.endDate >= current.from)
      .sort((a, b) => (a.endDate < b.endDate ? -1 : 1))[0]
    if (closing) {
      add('overdue', 'chairmanship', `${current.state}'s, open since ${current.from}, should have closed on ${closing.endDate}, the last day of ${closing.id}: close it and add the next`)
    } else {
      const due = months(current.from, chairmanshipOverdueAfterMonths)
      const level = deadlineLevel(due, today)
      if (level === 'overdue') add(level, 'chairmanship', `${current.state} has held it since ${current.from}, past ${chairmanshipOverdueAfterMonths} months (${due}): a Council of Heads of State meeting has probably passed it on`)
      else if (level === 'soon') add(level, 'chairmanship', `${current.state}'s, held since ${current.from}, passes at the next Council of Heads of State meeting (due by ${due})`)
    }
  }

  for (const term of data.officeholders as unknown as Term[]) {
    if (!term.serving) continue
    const who = `${term.person}, serving`
    // With no first day, the first meeting the holder attended is the latest the term can have begun.
    const attended = participations.filter((p) => p.person === term.person).map((p) => summitById.get(p.summit)!.startDate).sort()[0]
    if (term.to !== null && term.to < today) add('overdue', term.office, `${who}, has a term that ended on ${term.to}: close it and add the successor`)
    if (term.from === null) {
      add('missing', term.office, `${who}, has no first day, so no day finds the term: add the day it began, or the decision that appointed them`)
    }
    const began = term.from ?? attended
    if (term.to === null && began !== undefined) {
      const usualEnd = day(addDays(parseISO(years(began, termYears[term.office])), -1))
      const since = term.from === null ? `attested since ${began}` : `since ${began}`
      const level = deadlineLevel(usualEnd, today)
      if (level === 'overdue') add(level, term.office, `${who} ${since}, is past the usual ${termYears[term.office]} years (to ${usualEnd}): check for a successor`)
      else if (level === 'soon') add(level, term.office, `${who} ${since}, reaches the end of the usual ${termYears[term.office]} years on ${usualEnd}`)
    }
    if (began === undefined) continue
    const other = participations.find(
      (p) =>
        p.organisation === officeOrganisation[term.office] &&
        p.person !== null &&
        p.person !== term.person &&
        summitById.get(p.summit)!.startDate > began,
    )
    if (other) add('overdue', term.office, `${who}, but ${other.person} headed the ${other.organisation} delegation at ${other.summit}: close the term and add the successor's`)
  }

  for (const period of data.statusPeriods as unknown as Period[]) {
    if (period.to !== null) continue
    const later = new Set(meetingsAfter(period.from).map((summit) => summit.id))
    const changed = participations.find(
      (p) => p.state === period.state && later.has(p.summit) && p.capacity !== period.status && p.capacity !== 'guest' && p.capacity !== 'sco-body',
    )
    if (changed) {
      add('overdue', 'status', `${period.state} is ${period.status} since ${period.from} (open), but attended ${changed.summit} as ${changed.capacity}: close the period and add the new one`)
    }
  }
  return findings
}

/** The findings as the lines `npm run freshness` prints. */
export function formatFindings(findings: readonly Finding[]): string {
  const overdue = findings.filter((finding) => finding.level === 'overdue').length
  const lines = findings.map((finding) => `${finding.level.padEnd(7)}  ${finding.topic}: ${finding.message}`)
  lines.push(overdue === 0 ? 'nothing overdue' : `${overdue} overdue`)
  return lines.join('\n')
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    const { values } = parseArgs({ options: { today: { type: 'string' }, at: { type: 'string' } } })
    const today = values.today ?? day(new Date())
    if (!isValid(parseISO(today)) || day(parseISO(today)) !== today) throw new Error(`--today: expected a real day as YYYY-MM-DD, not "${today}"`)
    const data = values.at === undefined ? readWorkingData() : readDataAt(values.at)
    const meta = values.at === undefined ? readWorkingMeta() : readMetaAt(values.at)
    const findings = freshness(data, meta.dataAsOf, today)
    console.log(formatFindings(findings))
    process.exit(findings.some((finding) => finding.level === 'overdue') ? 1 : 0)
  } catch (error) {
    console.error(`freshness: ${(error as Error).message.split('\n')[0]}`)
    process.exit(2)
  }
}
