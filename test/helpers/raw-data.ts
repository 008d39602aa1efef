/**
 * The oracle the accessors are checked against: the human-edited files in data/, read with plain
 * `JSON.parse` (not through src/, the loader or the generator), and the days worth probing in them.
 * Days are compared as `YYYY-MM-DD` strings, which sort as the days they name.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface RawStatusPeriod {
  state: string
  status: string
  from: string
  to: string | null
}
export interface RawSummit {
  id: string
  body: string
  startDate: string
  endDate: string
  city: string | null
  cityNames?: { ru?: string; zh?: string }
  host: string
}
export interface RawDocument {
  id: string
  kind: string
  summit: string | null
  date: string
  title: { en: string; ru?: string; zh?: string }
}
export interface RawParticipation {
  summit: string
  state: string | null
  organisation: string | null
  person: string | null
  personName: string | null
}
export interface RawPerson {
  id: string
  name: { en: string; ru?: string; zh?: string }
  aliases: string[]
}
export interface RawTerm {
  office: string
  person: string
  from: string | null
  to: string | null
  serving: boolean
}
export interface RawChairmanship {
  state: string
  from: string
  to: string | null
}

const dataDir = join(import.meta.dirname, '..', '..', 'data')
const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T

const statesFile = read<{ states: { code: string }[]; statusPeriods: RawStatusPeriod[] }>('states.json')
const summitFiles = readdirSync(join(dataDir, 'summits'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => read<{ summit: RawSummit; documents: RawDocument[]; participants: RawParticipation[] }>(join('summits', file)))

export const rawStates: { code: string }[] = statesFile.states
export const rawStateCodes: string[] = rawStates.map((state) => state.code)
export const rawPeriods: RawStatusPeriod[] = statesFile.statusPeriods
export const rawSummits: RawSummit[] = summitFiles.map((file) => file.summit)
export const rawDocuments: RawDocument[] = summitFiles.flatMap((file) => file.documents)
export const rawParticipations: RawParticipation[] = summitFiles.flatMap((file) => file.participants)
export const rawPersons: RawPerson[] = read<{ persons: RawPerson[] }>('persons.json').persons
export const rawTerms: RawTerm[] = read<{ officeholders: RawTerm[] }>('officeholders.json').officeholders
export const rawChairs: RawChairmanship[] = read<{ chairmanships: RawChairmanship[] }>('chairmanships.json').chairmanships

/** The `YYYY-MM-DD` day `by` days after `day` (before, when negative), counted in UTC. */
export function shiftDay(day: string, by: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + by)
  return date.toISOString().slice(0, 10)
}

/** Each of `days` (nulls left out) with the day before and the day after, once each. */
export function withNeighbours(days: readonly (string | null)[]): string[] {
  return [...new Set(days.filter((day): day is string => day !== null).flatMap((day) => [shiftDay(day, -1), day, shiftDay(day, 1)]))].sort()
}

/**
 * Every day on which something in data/ starts or ends, with its neighbours: the first and last day
 * of every status period, meeting, term of office and chairmanship, and every document's date.
 */
export const boundaryDays: string[] = withNeighbours([
  ...rawPeriods.flatMap((p) => [p.from, p.to]),
  ...rawSummits.flatMap((s) => [s.startDate, s.endDate]),
  ...rawTerms.flatMap((t) => [t.from, t.to]),
  ...rawChairs.flatMap((c) => [c.from, c.to]),
  ...rawDocuments.map((d) => d.date),
])

/** Whether `day` falls within `from`–`to`, both included; `to: null` is open-ended. */
export const within = (day: string, from: string, to: string | null): boolean => from <= day && (to === null || day <= to)

/** The oracle: plain scans of the raw files, by the documented rules, answering in codes, ids and days. */
export const oracle = {
  statusOn: (code: string, d: string) => rawPeriods.find((p) => p.state === code.toUpperCase() && within(d, p.from, p.to))?.status,
  statesOn: (d: string, status?: string) =>
    rawStateCodes
      .filter((c) => rawPeriods.some((p) => p.state === c && within(d, p.from, p.to) && (status === undefined || p.status === status)))
      .sort(),
  statusHistory: (code: string) =>
    rawPeriods
      .filter((p) => p.state === code.toUpperCase())
      .sort((a, b) => (a.from < b.from ? -1 : 1))
      .map((p) => `${p.status} ${p.from} ${p.to}`),
  chairOn: (d: string) => rawChairs.find((c) => within(d, c.from, c.to))?.state,
  officeholdersOn: (d: string, office?: string) =>
    rawTerms
      .filter((t) => (office === undefined || t.office === office) && t.from !== null && (t.to === null ? t.serving && t.from <= d : within(d, t.from, t.to)))
      .map((t) => `${t.office} ${t.person}`)
      .sort(),
}
