import { csvRows, documentsTable, chairmanshipsTable, officeholdersTable, participationsTable, personsTable, statesTable, statusPeriodsTable, summitsTable, type CsvCell, type CsvTable } from '../csv/tables.js'
import type { Chairmanship, Document, Officeholder, Participation, Person, Source, State, StatusPeriod, Summit } from '../index.js'
import { getPerson, getSummit, stateName } from '../index.js'

/** The languages the terminal shows names and titles in (`--lang`): the SCO's two and English. */
export const displayLanguages = ['en', 'ru', 'zh'] as const

/** A language the terminal shows names and titles in. */
export type DisplayLanguage = (typeof displayLanguages)[number]

/** Follows a name or title shown in English because the data holds none in the language asked for. */
export const fallbackMark = ' [en]'

/** One column of a terminal table: its header and how to get its cell from a record. */
export interface Column<T> {
  name: string
  value: (record: T) => CsvCell
  /**
   * The cell in Russian or Chinese, `undefined` where the data holds none (the English value is
   * then shown, marked). Left out, the column shows the same in every language.
   */
  translated?: (record: T, lang: Exclude<DisplayLanguage, 'en'>) => string | undefined
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

/** A listing's terminal table in one language: headers, rows, and how many cells fell back to English. */
export interface Cells {
  headers: string[]
  rows: CsvCell[][]
  fallbacks: number
}

/** Records laid out as rows, ready for the terminal or CSV. */
export interface Listing {
  /** A line above the table, for the terminal only. */
  title?: string | undefined
  /** What the terminal shows instead of an empty table. */
  none: string
  columns: readonly Omit<Column<never>, 'value' | 'translated'>[]
  /** The terminal's headers and rows with names and titles in `lang`. */
  cells: (lang: DisplayLanguage) => Cells
  /** The records as CSV rows, the header first; made only when asked for (`--csv`). */
  csv: () => string[][]
  /** Print as `field value` lines rather than a table with a header. */
  fields?: boolean
}

/** A column's header in `lang`: a translated `…_en` column (`title_en`) is named for the language shown. */
const headerIn = (column: Column<never>, lang: DisplayLanguage) => (column.translated && column.name.endsWith('_en') ? `${column.name.slice(0, -2)}${lang}` : column.name)

export function listing<T>(view: View<T>, records: readonly T[], none: string, title?: string): Listing {
  const cells = (lang: DisplayLanguage): Cells => {
    let fallbacks = 0
    const rows = records.map((record) =>
      view.columns.map((column) => {
        const value = column.value(record)
        // A cell without a value (a meeting by video has no city) shows a dash in every language.
        if (lang === 'en' || !column.translated || value == null) return value
        const translated = column.translated(record, lang)
        if (translated !== undefined) return translated
        fallbacks += 1
        return `${value}${fallbackMark}`
      }),
    )
    return { headers: view.columns.map((column) => headerIn(column as Column<never>, lang)), rows, fallbacks }
  }
  // Stryker disable next-line StringLiteral: the name is only in csvRows' errors, which the one view without a CSV table (status on a day: a code, a day, a status or null) cannot raise
  const csv = () => csvRows(view.csv ?? { name: 'output', columns: view.columns }, records)
  return { none, columns: view.columns, cells, csv, title }
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
    name === 'city'
      ? // Stryker disable next-line OptionalChaining: every meeting with a city has its names (test/languages.test.ts), and a meeting without one shows a dash before this is asked
        { ...shown(summitsTable, name), translated: (summit, lang) => summit.cityNames?.[lang] }
      : shown(summitsTable, name, name === 'number' || name === 'documents_reported' ? { align: 'right' } : {}),
  ),
}

export const documentView: View<Document> = {
  csv: documentsTable,
  columns: [shown(documentsTable, 'id', { shrink: true }), shown(documentsTable, 'date'), shown(documentsTable, 'kind'), shown(documentsTable, 'signed'), { ...shown(documentsTable, 'title_en', { shrink: true }), translated: (document, lang) => document.title[lang] }],
}

export const periodView: View<StatusPeriod> = {
  csv: statusPeriodsTable,
  columns: ['state', 'status', 'from', 'to', 'decided_at'].map((name) => shown(statusPeriodsTable, name)),
}

export const stateView: View<State> = {
  csv: statesTable,
  columns: [shown(statesTable, 'code'), shown(statesTable, 'iso3'), { ...shown(statesTable, 'name'), translated: (state, lang) => stateName(state.code, lang) }],
}

/** The name of the person with this id in `lang`, where the data holds one. */
// Stryker disable next-line OptionalChaining: every person a participation or a term names exists (the validator checks each reference)
const personNameIn = (id: string, lang: Exclude<DisplayLanguage, 'en'>) => getPerson(id)?.name[lang]

/** Who headed a delegation and how it came: in every listing of delegations. */
const delegateColumns = [
  shown(participationsTable, 'capacity'),
  { ...shown(participationsTable, 'person_name', { shrink: true }), translated: (p: Participation, lang: Exclude<DisplayLanguage, 'en'>) => (p.person === null ? undefined : personNameIn(p.person, lang)) },
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
    { name: 'name', value: (t) => getPerson(t.person)?.name.en, translated: (t, lang) => personNameIn(t.person, lang), shrink: true },
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
