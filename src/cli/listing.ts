import type { Chairmanship, Document, Officeholder, Participation, Person, Source, State, StatusPeriod, Summit } from '../index.js'
import { getPerson, getSummit } from '../index.js'
import type { CsvCell } from './csv.js'

/** One column of a listing: its name (the CSV header and table header) and where it shows. */
export interface Column<T> {
  name: string
  value: (record: T) => CsvCell
  /** Shown in the terminal table; `true` when left out. */
  table?: boolean
  /** Written to CSV; `true` when left out. */
  csv?: boolean
  align?: 'right'
  /** May be narrowed, its cells wrapped, to fit the terminal. */
  shrink?: boolean
}

/** Records laid out as rows, ready for the terminal or CSV. */
export interface Listing {
  /** A line above the table, for the terminal only. */
  title?: string
  /** What the terminal shows instead of an empty table. */
  none: string
  columns: readonly Omit<Column<never>, 'value'>[]
  rows: CsvCell[][]
  /** Print as `field value` lines rather than a table with a header. */
  fields?: boolean
}

export function listing<T>(columns: readonly Column<T>[], records: readonly T[], none: string, title?: string): Listing {
  const rows = records.map((record) => columns.map((column) => column.value(record)))
  return { none, columns, rows, ...(title === undefined ? {} : { title }) }
}

const sourceUrls = (sources: readonly Source[]) => sources.map((source) => source.url).join(' ')

/** One line of a record shown as `field value` lines (`sco-data summit`, `sco-data person`). */
export interface Field {
  field: string
  value: CsvCell
}

const fieldColumns: readonly Column<Field>[] = [
  { name: 'field', value: (f) => f.field },
  { name: 'value', value: (f) => f.value, shrink: true },
]

/** A record's fields as `field value` lines, the value column wrapped to the terminal. */
export const fieldListing = (fields: readonly Field[]): Listing => ({ ...listing(fieldColumns, fields, ''), fields: true })

/** A record's sources as field lines: `publisher: url`, the first labelled `sources`. */
export const sourceFields = (sources: readonly Source[]): Field[] =>
  sources.map((source, i) => ({ field: i === 0 ? 'sources' : '', value: `${source.publisher}: ${source.url}` }))

/** A record's alternatives as field lines: `number: 20 (TASS; note)`, the first labelled `alternatives`. */
export const alternativeFields = (record: { readonly alternatives?: readonly { field: string; value: unknown; sources: readonly Source[]; note?: string }[] }): Field[] =>
  (record.alternatives ?? []).map((alternative, i) => ({
    field: i === 0 ? 'alternatives' : '',
    value: `${alternative.field}: ${JSON.stringify(alternative.value)} (${[alternative.sources.map((source) => source.publisher).join(', '), alternative.note].filter(Boolean).join('; ')})`,
  }))

export const summitColumns: readonly Column<Summit>[] = [
  { name: 'id', value: (s) => s.id },
  { name: 'body', value: (s) => s.body },
  { name: 'number', value: (s) => s.number, align: 'right' },
  { name: 'startDate', value: (s) => s.startDate },
  { name: 'endDate', value: (s) => s.endDate },
  { name: 'city', value: (s) => s.city },
  { name: 'host', value: (s) => s.host },
  { name: 'chair', value: (s) => s.chair },
  { name: 'format', value: (s) => s.format },
  { name: 'documentsReported', value: (s) => s.documentsReported, align: 'right' },
  { name: 'notes', value: (s) => s.notes, table: false },
  { name: 'sources', value: (s) => sourceUrls(s.sources), table: false },
]

export const documentColumns: readonly Column<Document>[] = [
  { name: 'id', value: (d) => d.id, shrink: true },
  { name: 'summit', value: (d) => d.summit, table: false },
  { name: 'date', value: (d) => d.date },
  { name: 'kind', value: (d) => d.kind },
  { name: 'signed', value: (d) => d.signed },
  { name: 'title.en', value: (d) => d.title.en, shrink: true },
  { name: 'title.ru', value: (d) => d.title.ru, table: false },
  { name: 'title.zh', value: (d) => d.title.zh, table: false },
  { name: 'covers.from', value: (d) => d.covers?.from, table: false },
  { name: 'covers.to', value: (d) => d.covers?.to, table: false },
  { name: 'notes', value: (d) => d.notes, table: false },
  { name: 'sources', value: (d) => sourceUrls(d.sources), table: false },
]

export const periodColumns: readonly Column<StatusPeriod>[] = [
  { name: 'state', value: (p) => p.state },
  { name: 'status', value: (p) => p.status },
  { name: 'from', value: (p) => p.from },
  { name: 'to', value: (p) => p.to },
  { name: 'decidedAt', value: (p) => p.decidedAt },
  { name: 'notes', value: (p) => p.notes, table: false },
  { name: 'sources', value: (p) => sourceUrls(p.sources), table: false },
]

export const stateColumns: readonly Column<State>[] = [
  { name: 'code', value: (s) => s.code },
  { name: 'iso3', value: (s) => s.iso3 },
  { name: 'name', value: (s) => s.name },
  { name: 'notes', value: (s) => s.notes, table: false },
  { name: 'sources', value: (s) => sourceUrls(s.sources), table: false },
]

export const attendanceColumns: readonly Column<Participation>[] = [
  { name: 'summit', value: (p) => p.summit },
  { name: 'date', value: (p) => getSummit(p.summit)?.startDate, csv: false },
  { name: 'state', value: (p) => p.state, table: false },
  { name: 'organisation', value: (p) => p.organisation, table: false },
  { name: 'capacity', value: (p) => p.capacity },
  { name: 'person', value: (p) => p.person, table: false },
  { name: 'personName', value: (p) => p.personName, shrink: true },
  { name: 'role', value: (p) => p.role, shrink: true },
  { name: 'mode', value: (p) => p.mode },
  { name: 'notes', value: (p) => p.notes, table: false },
  { name: 'sources', value: (p) => sourceUrls(p.sources), table: false },
]

export const delegationColumns: readonly Column<Participation>[] = [
  { name: 'delegation', value: (p) => p.state ?? p.organisation, shrink: true },
  { name: 'capacity', value: (p) => p.capacity },
  { name: 'personName', value: (p) => p.personName, shrink: true },
  { name: 'role', value: (p) => p.role, shrink: true },
  { name: 'mode', value: (p) => p.mode },
]

export const personColumns: readonly Column<Person>[] = [
  { name: 'id', value: (p) => p.id },
  { name: 'name.en', value: (p) => p.name.en, shrink: true },
  { name: 'name.ru', value: (p) => p.name.ru, table: false },
  { name: 'name.zh', value: (p) => p.name.zh, table: false },
  { name: 'aliases', value: (p) => p.aliases.join('; '), shrink: true },
  { name: 'state', value: (p) => p.state },
  { name: 'notes', value: (p) => p.notes, table: false },
  { name: 'sources', value: (p) => sourceUrls(p.sources), table: false },
]

export const officeholderColumns: readonly Column<Officeholder>[] = [
  { name: 'office', value: (t) => t.office },
  { name: 'person', value: (t) => t.person },
  { name: 'name', value: (t) => getPerson(t.person)?.name.en, csv: false, shrink: true },
  { name: 'from', value: (t) => t.from },
  { name: 'to', value: (t) => (t.serving ? 'serving' : t.to), csv: false },
  { name: 'to', value: (t) => t.to, table: false },
  { name: 'serving', value: (t) => t.serving, table: false },
  { name: 'appointedAt', value: (t) => t.appointedAt },
  { name: 'notes', value: (t) => t.notes, table: false },
  { name: 'sources', value: (t) => sourceUrls(t.sources), table: false },
]

export const chairmanshipColumns: readonly Column<Chairmanship>[] = [
  { name: 'state', value: (c) => c.state },
  { name: 'from', value: (c) => c.from },
  { name: 'to', value: (c) => c.to },
  { name: 'notes', value: (c) => c.notes, table: false },
  { name: 'sources', value: (c) => sourceUrls(c.sources), table: false },
]
