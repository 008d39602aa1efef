import { csvRows, documentsTable, chairmanshipsTable, officeholdersTable, participationsTable, personsTable, statesTable, statusPeriodsTable, summitsTable, type CsvCell, type CsvTable } from '../csv/tables.js'
import type { Chairmanship, Document, Officeholder, Participation, Person, Source, State, StatusPeriod, Summit } from '../index.js'
import { getPerson, getSummit } from '../index.js'

/** One column of a terminal table: its header and how to get its cell from a record. */
export interface Column<T> {
  name: string
  value: (record: T) => CsvCell
  align?: 'right'
  /** May be narrowed, its cells wrapped, to fit the terminal. */
  shrink?: boolean
}

/**
 * How a command shows records: the columns of its terminal table, and the CSV table of the same
 * records (src/csv/tables.ts), whose columns `--csv` prints, as in the shipped CSV. Without one,
 * `--csv` prints the terminal columns (a command's answer that is not a record, such as a status on
 * a day).
 */
export interface View<T> {
  columns: readonly Column<T>[]
  csv?: CsvTable<T>
}

/** Records laid out as rows, ready for the terminal or CSV. */
export interface Listing {
  /** A line above the table, for the terminal only. */
  title?: string | undefined
  /** What the terminal shows instead of an empty table. */
  none: string
  columns: readonly Omit<Column<never>, 'value'>[]
  rows: CsvCell[][]
  /** The records as CSV rows, the header first; made only when asked for (`--csv`). */
  csv: () => string[][]
  /** Print as `field value` lines rather than a table with a header. */
  fields?: boolean
}

export function listing<T>(view: View<T>, records: readonly T[], none: string, title?: string): Listing {
  const rows = records.map((record) => view.columns.map((column) => column.value(record)))
  // Stryker disable next-line StringLiteral: the name is only in csvRows' errors, which the one view without a CSV table (status on a day: a code, a day, a status or null) cannot raise
  const csv = () => csvRows(view.csv ?? { name: 'output', columns: view.columns }, records)
  return { none, columns: view.columns, rows, csv, title }
}

/** The column `name` of a CSV table, shown in the terminal as it is written to CSV. */
export function shown<T>(table: CsvTable<T>, name: string, options: Pick<Column<T>, 'align' | 'shrink'> = {}): Column<T> {
  const column = table.columns.find((candidate) => candidate.name === name)
  if (column === undefined) throw new Error(`the ${table.name} table has no column ${name}`)
  return { name, value: column.value, ...options }
}

/** One line of a record shown as `field value` lines (`sco-data summit`, `sco-data person`). */
export interface Field {
  field: string
  value: CsvCell
}

const fieldView: View<Field> = {
  columns: [
    // Stryker disable next-line StringLiteral: field lines have no header, and no CSV (summit and person are csv: false)
    { name: 'field', value: (f) => f.field },
    // Stryker disable next-line StringLiteral: field lines have no header, and no CSV (summit and person are csv: false)
    { name: 'value', value: (f) => f.value, shrink: true },
  ],
}

/** A record's fields as `field value` lines, the value column wrapped to the terminal. */
// Stryker disable next-line StringLiteral: never shown: a record's fields start with its id
export const fieldListing = (fields: readonly Field[]): Listing => ({ ...listing(fieldView, fields, ''), fields: true })

/** Every column of a record's CSV table, as field lines. */
export const recordFields = <T>(table: CsvTable<T>, record: T): Field[] => table.columns.map((column) => ({ field: column.name, value: column.value(record) }))

/** A record's sources as field lines: `publisher: url`, the first labelled `sources`. */
export const sourceFields = (sources: readonly Source[]): Field[] =>
  sources.map((source, i) => ({ field: i === 0 ? 'sources' : '', value: `${source.publisher}: ${source.url}` }))

/** A record's alternatives as field lines: `number: 20 (TASS; note)`, the first labelled `alternatives`. */
export const alternativeFields = (record: { readonly alternatives?: readonly { field: string; value: unknown; sources: readonly Source[]; note?: string }[] }): Field[] =>
  (record.alternatives ?? []).map((alternative, i) => ({
    field: i === 0 ? 'alternatives' : '',
    value: `${alternative.field}: ${JSON.stringify(alternative.value)} (${[alternative.sources.map((source) => source.publisher).join(', '), alternative.note].filter(Boolean).join('; ')})`,
  }))

export const summitView: View<Summit> = {
  csv: summitsTable,
  columns: ['id', 'body', 'number', 'start_date', 'end_date', 'city', 'host', 'chair', 'format', 'documents_reported'].map((name) =>
    shown(summitsTable, name, name === 'number' || name === 'documents_reported' ? { align: 'right' } : {}),
  ),
}

export const documentView: View<Document> = {
  csv: documentsTable,
  columns: [shown(documentsTable, 'id', { shrink: true }), shown(documentsTable, 'date'), shown(documentsTable, 'kind'), shown(documentsTable, 'signed'), shown(documentsTable, 'title_en', { shrink: true })],
}

export const periodView: View<StatusPeriod> = {
  csv: statusPeriodsTable,
  columns: ['state', 'status', 'from', 'to', 'decided_at'].map((name) => shown(statusPeriodsTable, name)),
}

export const stateView: View<State> = {
  csv: statesTable,
  columns: ['code', 'iso3', 'name'].map((name) => shown(statesTable, name)),
}

/** Who headed a delegation and how it came: in every listing of delegations. */
const delegateColumns = [
  shown(participationsTable, 'capacity'),
  shown(participationsTable, 'person_name', { shrink: true }),
  shown(participationsTable, 'role', { shrink: true }),
  shown(participationsTable, 'mode'),
]

export const attendanceView: View<Participation> = {
  csv: participationsTable,
  // Stryker disable next-line OptionalChaining: every participation's summit exists (the validator checks each reference)
  columns: [shown(participationsTable, 'summit'), { name: 'date', value: (p) => getSummit(p.summit)?.startDate }, ...delegateColumns],
}

/** The delegations at one summit (`sco-data summit`, which has no CSV). */
export const delegationView: View<Participation> = {
  columns: [{ name: 'delegation', value: (p) => p.state ?? p.organisation, shrink: true }, ...delegateColumns],
}

export const officeholderView: View<Officeholder> = {
  csv: officeholdersTable,
  columns: [
    shown(officeholdersTable, 'office'),
    shown(officeholdersTable, 'person'),
    // Stryker disable next-line OptionalChaining: every term's person exists (the validator checks each reference)
    { name: 'name', value: (t) => getPerson(t.person)?.name.en, shrink: true },
    shown(officeholdersTable, 'from'),
    { name: 'to', value: (t) => (t.serving ? 'serving' : t.to) },
    shown(officeholdersTable, 'appointed_at'),
  ],
}

export const chairmanshipView: View<Chairmanship> = {
  csv: chairmanshipsTable,
  columns: ['state', 'from', 'to'].map((name) => shown(chairmanshipsTable, name)),
}

/** The person's own fields, for `sco-data person`. */
export const personFields = (person: Person): Field[] => [...recordFields(personsTable, person), { field: 'aliases', value: person.aliases.join('; ') || null }]
