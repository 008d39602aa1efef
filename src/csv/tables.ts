/**
 * The one specification of the CSV tables: for each table, its columns (name, how to get the value
 * from a record, the Table Schema type, and where the description comes from), its key and its
 * rows. The shipped tables (dist/csv/ and datapackage.json, scripts/emit-csv.ts) and the command
 * line's `--csv` both use it, so a kind of record has the same columns and headers wherever it is
 * written as CSV.
 *
 * A column either holds one field of the record (`field`, a path such as `startDate` or `title.en`,
 * and then its name is that path in snake_case: `start_date`, `title_en`), and its description,
 * whether it may be empty and its allowed values come from that field's schema in src/schemas
 * (`.meta({ description })`); or the tables compute it (an id, a position), and it is described
 * here. Lists are tables of their own: the sources of every record (sources.csv), a person's
 * aliases (person-aliases.csv), alternatives (alternatives.csv).
 *
 * Cells: `null` or absent is an empty field (no text field of the dataset may be empty, so an empty
 * field always means null), booleans are `true`/`false`, integers and years in decimal, days
 * `YYYY-MM-DD`. Text is written as it is, every character kept.
 */
import type { Chairmanship, Dataset, Document, Officeholder, Participation, Person, Source, State, StatusPeriod, Summit } from '../types.js'
import { alternativeId, chairmanshipId, namedRecords, officeholderId, participationId, recordIds, recordTypes, statusPeriodId, type RecordType } from '../record-ids.js'

/** The Table Schema field types the tables use. */
export type CsvFieldType = 'string' | 'integer' | 'boolean' | 'date' | 'year'

/** What a column reads from a record before it is written: `null` and `undefined` become an empty field. */
export type CsvCell = string | number | boolean | null | undefined

/** A column holding one field of the record, described by that field's schema. */
export interface FieldColumn<R> {
  name: string
  type: CsvFieldType
  value: (record: R) => CsvCell
  /** The field's path in the table's schema (`title.en`). */
  field: string
}

/** A column the tables compute, described here. */
export interface ComputedColumn<R> {
  name: string
  type: CsvFieldType
  value: (record: R) => CsvCell
  description: string
  /** Never empty. */
  required?: true
  /** The values allowed. */
  enum?: readonly string[]
}

/** One column of a table. */
export type CsvColumn<R> = FieldColumn<R> | ComputedColumn<R>

/** The schema a table's field columns are described by: a kind of record, or a source. */
export type TableSchema = RecordType | 'source'

/** Fields as arrays, not strings: both are valid Table Schema, arrays are what every reader handles. */
export interface ForeignKey {
  fields: [string]
  reference: { resource: string; fields: [string] }
}

/** One CSV table: what it holds, its columns and keys, and its rows for a dataset. */
export interface CsvTable<R> {
  /** The resource name; the file is `<name>.csv`. */
  name: string
  title: string
  description: string
  /** The schema its field columns are described by. */
  schema?: TableSchema
  records: (dataset: Dataset) => readonly R[]
  columns: readonly CsvColumn<R>[]
  primaryKey: readonly string[]
  foreignKeys: readonly ForeignKey[]
}

/** `startDate` → `start_date`, `title.en` → `title_en`. */
const snakeCase = (path: string) => path.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replaceAll('.', '_')

/** A column holding the record's field at `path`, named after it unless `name` is given. */
function field<R>(path: string, type: CsvFieldType = 'string', name = snakeCase(path)): FieldColumn<R> {
  const parts = path.split('.')
  return {
    name,
    type,
    field: path,
    value: (record) => parts.reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], record) as CsvCell,
  }
}

/** A column the tables compute: an id, a position, a reference. */
export function computed<R>(name: string, type: CsvFieldType, value: (record: R) => CsvCell, description: string, constraints: { required?: true; enum?: readonly string[] } = {}): ComputedColumn<R> {
  return { name, type, value, description, ...constraints }
}

/** A column holding the table's own id for a record that has none in the JSON. */
const idColumn = <R>(value: (record: R) => string, description: string) => computed('id', 'string', value, `This table's id for the record: ${description}`, { required: true })

/** An alternative of a record of any kind. */
interface Alternative {
  readonly field: string
  readonly value: unknown
  readonly sources: readonly Source[]
  readonly note?: string
}

/** A source of a record, with what sources.csv needs to key it. */
export type SourceRow = Source & { recordType: RecordType; recordId: string; position: number }

/** An alternative of a record, with what alternatives.csv needs to key it. */
export type AlternativeRow = Alternative & { id: string; recordType: RecordType; recordId: string; position: number }

/** A person's alias, with the person and its place in their list. */
export interface AliasRow {
  person: string
  position: number
  alias: string
}

export const statesTable: CsvTable<State> = {
  name: 'states',
  title: 'States',
  description: 'States that hold or held a status in the SCO (member, observer, dialogue partner, partner).',
  schema: 'state',
  records: (dataset) => dataset.states,
  columns: [field('code'), field('iso3'), field('name'), field('isoNumeric'), field('cow.code', 'integer'), field('cow.abbreviation'), field('notes')],
  primaryKey: ['code'],
  foreignKeys: [],
}

export const statusPeriodsTable: CsvTable<StatusPeriod> = {
  name: 'status-periods',
  title: 'Status periods',
  description: 'One stretch of time during which a state held one status; both days included.',
  schema: 'status-period',
  records: (dataset) => dataset.statusPeriods,
  columns: [
    idColumn(statusPeriodId, "the state's code and the first day (IN/2017-06-09)."),
    field('state'),
    field('status'),
    field('from', 'date'),
    field('to', 'date'),
    field('decidedAt'),
    field('notes'),
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['state'], reference: { resource: 'states', fields: ['code'] } },
    { fields: ['decided_at'], reference: { resource: 'summits', fields: ['id'] } },
  ],
}

export const summitsTable: CsvTable<Summit> = {
  name: 'summits',
  title: 'Summits',
  description: "Meetings of the SCO's Council of Heads of State and Council of Heads of Government, and of the Shanghai Five before them.",
  schema: 'summit',
  records: (dataset) => dataset.summits,
  columns: [
    field('id'),
    field('body'),
    field('number', 'integer'),
    field('startDate', 'date'),
    field('endDate', 'date'),
    field('city'),
    // `city_ru` and `city_zh`, as `title_ru` and `name_ru` sit beside their English column.
    field('cityNames.ru', 'string', 'city_ru'),
    field('cityNames.zh', 'string', 'city_zh'),
    field('host'),
    field('chair'),
    field('format'),
    field('documentsReported', 'integer'),
    field('notes'),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
}

export const documentsTable: CsvTable<Document> = {
  name: 'documents',
  title: 'Documents',
  description: 'Documents adopted or signed at the summits (or, rarely, outside one).',
  schema: 'document',
  records: (dataset) => dataset.documents,
  columns: [
    field('id'),
    field('summit'),
    field('title.en'),
    field('title.ru'),
    field('title.zh'),
    field('descriptiveTitle', 'boolean'),
    field('kind'),
    field('date', 'date'),
    field('signed', 'boolean'),
    field('covers.from', 'year'),
    field('covers.to', 'year'),
    field('notes'),
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['summit'], reference: { resource: 'summits', fields: ['id'] } }],
}

export const participationsTable: CsvTable<Participation> = {
  name: 'participations',
  title: 'Participations',
  description: 'The head of each delegation at each summit: one row per state or organisation that attended.',
  schema: 'participation',
  records: (dataset) => dataset.participations,
  columns: [
    idColumn(participationId, "the summit's id, a slash, and the state's code or a slug of the organisation's name (2024-astana/IN, 2024-astana/united-nations)."),
    field('summit'),
    field('state'),
    field('organisation'),
    field('person'),
    field('personName'),
    field('role'),
    field('capacity'),
    field('mode'),
    field('notes'),
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['summit'], reference: { resource: 'summits', fields: ['id'] } },
    { fields: ['person'], reference: { resource: 'persons', fields: ['id'] } },
  ],
}

export const personsTable: CsvTable<Person> = {
  name: 'persons',
  title: 'Persons',
  description: 'The people who headed delegations or held an SCO office; their other spellings are in person-aliases.csv.',
  schema: 'person',
  records: (dataset) => dataset.persons,
  columns: [field('id'), field('name.en'), field('name.ru'), field('name.zh'), field('state'), field('notes')],
  primaryKey: ['id'],
  foreignKeys: [],
}

export const personAliasesTable: CsvTable<AliasRow> = {
  name: 'person-aliases',
  title: 'Person aliases',
  description: "Every other spelling of a person's name that a cited source uses, one row per spelling.",
  records: (dataset) => dataset.persons.flatMap((person) => person.aliases.map((alias, index) => ({ person: person.id, position: index + 1, alias }))),
  columns: [
    computed('person', 'string', (row) => row.person, "The person's id (persons.csv).", { required: true }),
    computed('position', 'integer', (row) => row.position, "The alias's place in the person's list of aliases, from 1.", { required: true }),
    computed('alias', 'string', (row) => row.alias, 'The spelling, as the source writes it.', { required: true }),
  ],
  primaryKey: ['person', 'position'],
  foreignKeys: [{ fields: ['person'], reference: { resource: 'persons', fields: ['id'] } }],
}

export const officeholdersTable: CsvTable<Officeholder> = {
  name: 'officeholders',
  title: 'Officeholders',
  description: 'Every term of the SCO Secretary-General and of the Director of the RATS Executive Committee.',
  schema: 'officeholder',
  records: (dataset) => dataset.officeholders,
  columns: [
    idColumn(officeholderId, "the office, a slash and the person's id (secretary-general/vladimir-norov)."),
    field('office'),
    field('person'),
    field('from', 'date'),
    field('to', 'date'),
    field('serving', 'boolean'),
    field('appointedAt'),
    field('notes'),
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['person'], reference: { resource: 'persons', fields: ['id'] } },
    { fields: ['appointed_at'], reference: { resource: 'summits', fields: ['id'] } },
  ],
}

export const chairmanshipsTable: CsvTable<Chairmanship> = {
  name: 'chairmanships',
  title: 'Chairmanships',
  description:
    'The SCO chairmanship, which passes at the close of each Council of Heads of State meeting to the next host: one row per chairmanship, in order.',
  schema: 'chairmanship',
  records: (dataset) => dataset.chairmanships,
  columns: [idColumn(chairmanshipId, "the state's code, a slash and the first day (KG/2025-09-02)."), field('state'), field('from', 'date'), field('to', 'date'), field('notes')],
  primaryKey: ['id'],
  foreignKeys: [],
}

/** Every record of the dataset with its type and its id in the tables, table by table. */
function recordsOf(dataset: Dataset): { recordType: RecordType; recordId: string; record: { readonly sources: readonly Source[]; readonly alternatives?: readonly Alternative[] } }[] {
  return namedRecords(dataset).map(({ collection, id, record }) => ({ recordType: recordIds[collection].type, recordId: id, record }))
}

function alternativeRows(dataset: Dataset): AlternativeRow[] {
  return recordsOf(dataset).flatMap(({ recordType, recordId, record }) =>
    (record.alternatives ?? []).map((alternative, index) => ({ ...alternative, id: alternativeId(recordType, recordId, index + 1), recordType, recordId, position: index + 1 })),
  )
}

export const alternativesTable: CsvTable<AlternativeRow> = {
  name: 'alternatives',
  title: 'Alternatives',
  description:
    "Other values that cited sources give for a field of a record, where sources disagree; the record's own value is the best supported. Their sources are in sources.csv with record_type alternative and record_id this table's id.",
  schema: 'alternative',
  records: alternativeRows,
  columns: [
    idColumn((row) => row.id, "the record's type, a colon, the record's id, # and the position (summit:2025-tianjin#1)."),
    computed('record_type', 'string', (row) => row.recordType, 'The kind of record whose field it concerns.', { required: true, enum: recordTypes.filter((type) => type !== 'alternative') }),
    computed('record_id', 'string', (row) => row.recordId, 'The id of that record in its table.', { required: true }),
    computed('position', 'integer', (row) => row.position, "The alternative's place in the record's list of alternatives, from 1.", { required: true }),
    field('field'),
    computed('value', 'string', (row) => JSON.stringify(row.value), 'The other value, written as JSON (20, "2009-06-16", null, true), so its type is kept.', { required: true }),
    field('note'),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
}

export const sourcesTable: CsvTable<SourceRow> = {
  name: 'sources',
  title: 'Sources',
  description:
    'The pages every record rests on, one row per source of each record, in the order the record lists them. record_type names the table the record is in (state: states.csv, status-period: status-periods.csv, and so on), record_id its id there.',
  schema: 'source',
  records: (dataset) => [
    ...recordsOf(dataset).flatMap(({ recordType, recordId, record }) => record.sources.map((source, index) => ({ ...source, recordType, recordId, position: index + 1 }))),
    ...alternativeRows(dataset).flatMap((alternative) =>
      alternative.sources.map((source, index) => ({ ...source, recordType: 'alternative' as const, recordId: alternative.id, position: index + 1 })),
    ),
  ],
  columns: [
    computed('record_type', 'string', (row) => row.recordType, 'The kind of record the source is cited by: state, status-period, summit, document, participation, person, officeholder, chairmanship, or alternative (a value in alternatives.csv).', {
      required: true,
      enum: recordTypes,
    }),
    computed('record_id', 'string', (row) => row.recordId, 'The id of that record in its table (the code column for states, the id column for the others).', { required: true }),
    computed('position', 'integer', (row) => row.position, "The source's place in the record's list of sources, from 1.", { required: true }),
    field('url'),
    field('publisher'),
    field('title'),
    field('descriptiveTitle', 'boolean'),
    field('published', 'date'),
    field('language'),
    field('type'),
    field('copyOf'),
  ],
  primaryKey: ['record_type', 'record_id', 'position'],
  foreignKeys: [],
}

/** Every table, in the order they are written and listed in datapackage.json. */
export const csvTables = [
  statesTable,
  statusPeriodsTable,
  summitsTable,
  documentsTable,
  participationsTable,
  personsTable,
  personAliasesTable,
  officeholdersTable,
  chairmanshipsTable,
  alternativesTable,
  sourcesTable,
  // Each table reads only the records its own `records` returns, so their types need not meet.
] as unknown as readonly CsvTable<unknown>[]

/** One value as a CSV field: see the module comment. `where` names the cell in the error. */
function toField(value: CsvCell, where: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`${where} is ${value}, expected an integer`)
    return String(value)
  }
  if (typeof value !== 'string') throw new TypeError(`${where} is ${typeof value}, expected a string, a number, a boolean or null`)
  if (value === '') throw new TypeError(`${where} is an empty string, which would read back as null`)
  return value
}

/**
 * A table's header and its rows for `records`, every cell a CSV field: what `writeCsv` takes. The
 * command line also passes columns of its own, for answers that are not records. Throws a
 * `TypeError` naming the table, row and column for a value no field can hold (an empty string,
 * which would read back as null; a fraction; an object).
 *
 * @example
 * ```ts
 * import { csvRows, chairmanshipsTable } from '../../src/csv/tables.js'
 *
 * const sources = [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' as const }]
 * const rows = csvRows(chairmanshipsTable, [{ state: 'KG', from: '2025-09-02', to: null, sources, notes: null }])
 * rows // [['id', 'state', 'from', 'to', 'notes'], ['KG/2025-09-02', 'KG', '2025-09-02', '', '']]
 * ```
 */
export function csvRows<R>(table: { name: string; columns: readonly { name: string; value: (record: R) => CsvCell }[] }, records: readonly R[]): string[][] {
  const header = table.columns.map((column) => column.name)
  const rows = records.map((record, index) => table.columns.map((column) => toField(column.value(record), `${table.name} row ${index + 1} ${column.name}`)))
  return [header, ...rows]
}
