/**
 * Writes the dataset as CSV tables for analysts, with a Frictionless Data Package describing them:
 * dist/csv/{states,status-periods,summits,documents,participations,persons,person-aliases,officeholders,
 * chairmanships,alternatives,sources}.csv and
 * dist/csv/datapackage.json. Run after scripts/emit-static.ts: `tsx scripts/emit-csv.ts`.
 *
 * One table per record kind, one row per record, `notes` a column of each. The sources of every
 * record go to sources.csv, one row per source, keyed by record type, record id and position, so
 * no cell holds a list. Every record table therefore has a single-column id; status periods and
 * participations, which have none in the JSON, get one built from fields that are unique together.
 *
 * Cells: `null` or absent is an empty field (no text field of the dataset may be empty, so an
 * empty field always means null), booleans are `true`/`false`, integers and years in decimal,
 * days `YYYY-MM-DD`. Text is written as it is, every character kept. The CSV dialect is that of
 * scripts/lib/csv.ts: RFC 4180, LF line ends, UTF-8 without BOM.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BodySchema, CapacitySchema, DocumentKindSchema, OfficeSchema, ParticipationSchema, SourceSchema, StatusSchema, SummitSchema } from '../src/schemas.js'
import type { Chairmanship, Dataset, Officeholder, Participation, Person, Source, StatusPeriod } from '../src/types.js'
import { normalizeText } from '../src/normalize-text.js'
import { writeCsv } from './lib/csv.js'
import { readGeneratedDataset } from './lib/generated-data.js'
import { root } from './lib/load-data.js'

/** The Table Schema field types the tables use. */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'year'

/** What a cell may hold before it is written: null and undefined become an empty field. */
type Cell = string | number | boolean | null | undefined

interface Column<R> {
  name: string
  type: FieldType
  description: string
  /** Never empty: the JSON field is not nullable or optional. */
  required?: true
  /** The values allowed, for enum fields. */
  enum?: readonly string[]
  value: (record: R) => Cell
}

/** Fields as arrays, not strings: both are valid, arrays are what every reader handles. */
interface ForeignKey {
  fields: [string]
  reference: { resource: string; fields: [string] }
}

interface TableSpec<R> {
  name: string
  title: string
  description: string
  records: (dataset: Dataset) => readonly R[]
  columns: Column<R>[]
  primaryKey: string[]
  foreignKeys: ForeignKey[]
}

/** One CSV table: its resource name, file name, header and rows of cells as written. */
export interface CsvTable {
  name: string
  path: string
  header: string[]
  rows: string[][]
}

/** A source of a record, with what sources.csv needs to key it. */
interface SourceRow {
  recordType: RecordType
  recordId: string
  position: number
  source: Source
}

/** `record_type` in sources.csv: the record kinds, named as their JSON Schema files are. */
export const recordTypes = ['state', 'status-period', 'summit', 'document', 'participation', 'person', 'officeholder', 'chairmanship', 'alternative'] as const
type RecordType = (typeof recordTypes)[number]

const notesColumn = <R extends { notes: string | null }>(): Column<R> => ({
  name: 'notes',
  type: 'string',
  description: "Curators' remarks: disagreements between sources, what could not be confirmed, context; empty when there is nothing to say.",
  value: (record) => record.notes,
})

/** A lower-case ASCII slug of an organisation's English name, for participation ids. */
function slug(name: string): string {
  const result = normalizeText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  if (result === '') throw new Error(`emit-csv: the organisation name ${JSON.stringify(name)} gives an empty slug`)
  return result
}

/**
 * The id of a status period in the CSV tables: the state's code and the first day, `IN/2017-06-09`.
 * Unique because one state's periods never overlap.
 *
 * @example
 * ```ts
 * statusPeriodId({ state: 'IN', from: '2017-06-09', ...rest }) // 'IN/2017-06-09'
 * ```
 */
export const statusPeriodId = (period: StatusPeriod): string => `${period.state}/${period.from}`

/**
 * The id of a participation in the CSV tables: the summit's id, a slash, and the state's code or a
 * slug of the organisation's name: `2024-astana/IN`, `2024-astana/united-nations`. Unique because
 * a summit has one delegation per state or organisation.
 *
 * @example
 * ```ts
 * participationId({ summit: '2024-astana', state: null, organisation: 'United Nations', ...rest })
 * // '2024-astana/united-nations'
 * ```
 */
export const participationId = (participation: Participation): string =>
  `${participation.summit}/${participation.state ?? slug(participation.organisation ?? '')}`

const states: TableSpec<Dataset['states'][number]> = {
  name: 'states',
  title: 'States',
  description: 'States that hold or held a status in the SCO (member, observer, dialogue partner, partner).',
  records: (dataset) => dataset.states,
  columns: [
    { name: 'code', type: 'string', required: true, description: "ISO 3166-1 alpha-2 code, the state's id throughout the dataset (KZ).", value: (s) => s.code },
    { name: 'iso3', type: 'string', required: true, description: 'ISO 3166-1 alpha-3 code (KAZ).', value: (s) => s.iso3 },
    { name: 'name', type: 'string', required: true, description: 'Short English name (Kazakhstan).', value: (s) => s.name },
    notesColumn(),
  ],
  primaryKey: ['code'],
  foreignKeys: [],
}

const statusPeriods: TableSpec<StatusPeriod> = {
  name: 'status-periods',
  title: 'Status periods',
  description: 'One stretch of time during which a state held one status; both days included.',
  records: (dataset) => dataset.statusPeriods,
  columns: [
    { name: 'id', type: 'string', required: true, description: "This table's id for the period: the state's code and the first day (IN/2017-06-09).", value: statusPeriodId },
    { name: 'state', type: 'string', required: true, description: "The state's alpha-2 code.", value: (p) => p.state },
    { name: 'status', type: 'string', required: true, enum: StatusSchema.options, description: 'The status held: member, observer, dialogue-partner (these two merged into partner in 2025) or partner.', value: (p) => p.status },
    { name: 'from', type: 'date', required: true, description: 'The first day the status was held: the day it took effect.', value: (p) => p.from },
    { name: 'to', type: 'date', description: 'The last day it was held; empty while it lasts.', value: (p) => p.to },
    { name: 'decided_at', type: 'string', description: 'The id of the summit that decided it, where a summit did; otherwise empty.', value: (p) => p.decidedAt },
    notesColumn(),
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['state'], reference: { resource: 'states', fields: ['code'] } },
    { fields: ['decided_at'], reference: { resource: 'summits', fields: ['id'] } },
  ],
}

const summits: TableSpec<Dataset['summits'][number]> = {
  name: 'summits',
  title: 'Summits',
  description: "Meetings of the SCO's Council of Heads of State and Council of Heads of Government, and of the Shanghai Five before them.",
  records: (dataset) => dataset.summits,
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Stable slug: YYYY-city (2024-astana), -hog appended for the Council of Heads of Government, virtual for the city of a video-only meeting.', value: (s) => s.id },
    { name: 'body', type: 'string', required: true, enum: BodySchema.options, description: 'Which body met: heads-of-state, heads-of-government or shanghai-five.', value: (s) => s.body },
    { name: 'number', type: 'integer', description: 'The ordinal the SCO gives the meeting ("the 24th meeting"); empty where no source gives it.', value: (s) => s.number },
    { name: 'start_date', type: 'date', required: true, description: 'The first day of the meeting.', value: (s) => s.startDate },
    { name: 'end_date', type: 'date', required: true, description: 'The last day of the meeting (equal to start_date for a one-day meeting).', value: (s) => s.endDate },
    { name: 'city', type: 'string', description: "The city's English name as it was then; empty for a meeting held only by video.", value: (s) => s.city },
    { name: 'host', type: 'string', required: true, description: 'Alpha-2 code of the state where the meeting took place (for a video-only meeting, the state that convened it).', value: (s) => s.host },
    { name: 'chair', type: 'string', description: 'Alpha-2 code of the state that chaired it; empty where no source says.', value: (s) => s.chair },
    { name: 'format', type: 'string', required: true, enum: SummitSchema.shape.format.options, description: 'in-person, or virtual for a meeting held only by video.', value: (s) => s.format },
    { name: 'documents_reported', type: 'integer', description: 'How many documents the sources say were adopted or signed there; empty where none gives a total.', value: (s) => s.documentsReported },
    notesColumn(),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
}

const documents: TableSpec<Dataset['documents'][number]> = {
  name: 'documents',
  title: 'Documents',
  description: 'Documents adopted or signed at the summits (or, rarely, outside one).',
  records: (dataset) => dataset.documents,
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Stable id: summit id, a slash and a slug (2024-astana/astana-declaration).', value: (d) => d.id },
    { name: 'summit', type: 'string', description: 'The id of the summit that adopted it; empty for one adopted outside a summit.', value: (d) => d.summit },
    { name: 'title_en', type: 'string', required: true, description: 'The title as an English-language source gives it.', value: (d) => d.title.en },
    { name: 'title_ru', type: 'string', description: 'The title as a Russian-language source gives it; empty where none does.', value: (d) => d.title.ru },
    { name: 'title_zh', type: 'string', description: 'The title as a Chinese-language source gives it; empty where none does.', value: (d) => d.title.zh },
    { name: 'descriptive_title', type: 'boolean', description: 'true when no source read gives the formal English title and title_en describes the document instead; empty when title_en is the formal title.', value: (d) => d.descriptiveTitle },
    { name: 'kind', type: 'string', required: true, enum: DocumentKindSchema.options, description: 'The kind of act.', value: (d) => d.kind },
    { name: 'date', type: 'date', required: true, description: 'The day it was adopted or signed.', value: (d) => d.date },
    { name: 'signed', type: 'boolean', description: 'true if signed, false if adopted without signing; empty where no source says.', value: (d) => d.signed },
    { name: 'covers_from', type: 'year', description: 'The first year a programme, plan or strategy covers; empty where it has no span, or for a span that only has an end ("until 2030", see covers_to).', value: (d) => d.covers?.from },
    { name: 'covers_to', type: 'year', description: 'The last year a programme, plan or strategy covers; empty where it has no such span.', value: (d) => d.covers?.to },
    notesColumn(),
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['summit'], reference: { resource: 'summits', fields: ['id'] } }],
}

const participations: TableSpec<Participation> = {
  name: 'participations',
  title: 'Participations',
  description: 'The head of each delegation at each summit: one row per state or organisation that attended.',
  records: (dataset) => dataset.participations,
  columns: [
    { name: 'id', type: 'string', required: true, description: "This table's id for the delegation: the summit's id, a slash, and the state's code or a slug of the organisation's name (2024-astana/IN, 2024-astana/united-nations).", value: participationId },
    { name: 'summit', type: 'string', required: true, description: "The summit's id.", value: (p) => p.summit },
    { name: 'state', type: 'string', description: "The delegation's state (alpha-2); empty for an international organisation. Guests may be states with no SCO status, absent from states.csv.", value: (p) => p.state },
    { name: 'organisation', type: 'string', description: "The organisation's English name where the delegation is not a state's; else empty.", value: (p) => p.organisation },
    { name: 'person', type: 'string', description: "The head of delegation's person id (persons.csv); empty where no source names one person.", value: (p) => p.person },
    { name: 'person_name', type: 'string', description: "The head of delegation's name exactly as the cited source writes it; empty where sources name no one.", value: (p) => p.personName },
    { name: 'role', type: 'string', description: "The person's office (President, Prime Minister, Minister of External Affairs…); empty where unknown.", value: (p) => p.role },
    { name: 'capacity', type: 'string', required: true, enum: CapacitySchema.options, description: "The capacity in which the delegation came: the state's status on the day, guest, or sco-body for the SCO's own permanent bodies.", value: (p) => p.capacity },
    { name: 'mode', type: 'string', enum: ParticipationSchema.shape.mode.unwrap().options, description: 'in-person, or video (by video link); empty where no source says.', value: (p) => p.mode },
    notesColumn(),
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['summit'], reference: { resource: 'summits', fields: ['id'] } },
    { fields: ['person'], reference: { resource: 'persons', fields: ['id'] } },
  ],
}

const persons: TableSpec<Person> = {
  name: 'persons',
  title: 'Persons',
  description: 'The people who headed delegations or held an SCO office; their other spellings are in person-aliases.csv.',
  records: (dataset) => dataset.persons,
  columns: [
    { name: 'id', type: 'string', required: true, description: "Stable slug of the name in the English form the person's own government (or organisation) uses (sushma-swaraj).", value: (p) => p.id },
    { name: 'name_en', type: 'string', required: true, description: "The name in the English form the person's own government uses.", value: (p) => p.name.en },
    { name: 'name_ru', type: 'string', description: 'The name as a cited Russian-language source writes it; empty where none does.', value: (p) => p.name.ru },
    { name: 'name_zh', type: 'string', description: 'The name as a cited Chinese-language source writes it; empty where none does.', value: (p) => p.name.zh },
    { name: 'state', type: 'string', description: 'The state the person served (alpha-2); empty for an official of an international organisation.', value: (p) => p.state },
    notesColumn(),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
}

interface AliasRow {
  person: string
  position: number
  alias: string
}

const personAliases: TableSpec<AliasRow> = {
  name: 'person-aliases',
  title: 'Person aliases',
  description: "Every other spelling of a person's name that a cited source uses, one row per spelling.",
  records: (dataset) => dataset.persons.flatMap((p) => p.aliases.map((alias, index) => ({ person: p.id, position: index + 1, alias }))),
  columns: [
    { name: 'person', type: 'string', required: true, description: "The person's id (persons.csv).", value: (r) => r.person },
    { name: 'position', type: 'integer', required: true, description: "The alias's place in the person's list of aliases, from 1.", value: (r) => r.position },
    { name: 'alias', type: 'string', required: true, description: 'The spelling, as the source writes it.', value: (r) => r.alias },
  ],
  primaryKey: ['person', 'position'],
  foreignKeys: [{ fields: ['person'], reference: { resource: 'persons', fields: ['id'] } }],
}

/** The id of a term of office in the CSV tables: the office, the person's id: `secretary-general/vladimir-norov`. */
export const officeholderId = (term: Officeholder): string => `${term.office}/${term.person}`

const officeholders: TableSpec<Officeholder> = {
  name: 'officeholders',
  title: 'Officeholders',
  description: 'Every term of the SCO Secretary-General and of the Director of the RATS Executive Committee.',
  records: (dataset) => dataset.officeholders,
  columns: [
    { name: 'id', type: 'string', required: true, description: "This table's id for the term: the office, a slash and the person's id (secretary-general/vladimir-norov).", value: officeholderId },
    { name: 'office', type: 'string', required: true, enum: OfficeSchema.options, description: 'secretary-general, or rats-director for the Director of the RATS Executive Committee.', value: (t) => t.office },
    { name: 'person', type: 'string', required: true, description: "The holder's person id (persons.csv).", value: (t) => t.person },
    { name: 'from', type: 'date', description: 'The first day of the term; empty where no source gives it.', value: (t) => t.from },
    { name: 'to', type: 'date', description: 'The last day of the term; empty while serving (serving is true) or where no source gives it.', value: (t) => t.to },
    { name: 'serving', type: 'boolean', required: true, description: 'true for the current holder only.', value: (t) => t.serving },
    { name: 'appointed_at', type: 'string', description: 'The id of the summit that decided the appointment; empty where no source names one.', value: (t) => t.appointedAt },
    notesColumn(),
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['person'], reference: { resource: 'persons', fields: ['id'] } },
    { fields: ['appointed_at'], reference: { resource: 'summits', fields: ['id'] } },
  ],
}

/** The id of a chairmanship in the CSV tables: the state and the first day, `KG/2025-09-02`. */
export const chairmanshipId = (chairmanship: Chairmanship): string => `${chairmanship.state}/${chairmanship.from}`

const chairmanships: TableSpec<Chairmanship> = {
  name: 'chairmanships',
  title: 'Chairmanships',
  description: 'The SCO chairmanship, which passes at the close of each Council of Heads of State meeting to the next host: one row per chairmanship, in order.',
  records: (dataset) => dataset.chairmanships,
  columns: [
    { name: 'id', type: 'string', required: true, description: "This table's id for the chairmanship: the state's code, a slash and the first day (KG/2025-09-02).", value: chairmanshipId },
    { name: 'state', type: 'string', required: true, description: 'The chairing state (alpha-2).', value: (c) => c.state },
    { name: 'from', type: 'date', required: true, description: 'The first day of the chairmanship.', value: (c) => c.from },
    { name: 'to', type: 'date', description: 'The last day; empty for the current chairmanship.', value: (c) => c.to },
    notesColumn(),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
}

/** Every record of the dataset with its type and its id in the CSV tables, table by table. */
function recordsOf(dataset: Dataset): { recordType: (typeof recordTypes)[number]; recordId: string; record: { readonly sources: readonly Source[]; readonly alternatives?: readonly Alternative[] } }[] {
  const of = <R extends { readonly sources: readonly Source[] }>(recordType: (typeof recordTypes)[number], records: readonly R[], id: (record: R) => string) =>
    records.map((record) => ({ recordType, recordId: id(record), record }))
  return [
    ...of('state', dataset.states, (state) => state.code),
    ...of('status-period', dataset.statusPeriods, statusPeriodId),
    ...of('summit', dataset.summits, (summit) => summit.id),
    ...of('document', dataset.documents, (document) => document.id),
    ...of('participation', dataset.participations, participationId),
    ...of('person', dataset.persons, (person) => person.id),
    ...of('officeholder', dataset.officeholders, officeholderId),
    ...of('chairmanship', dataset.chairmanships, chairmanshipId),
  ]
}

type Alternative = { readonly field: string; readonly value: unknown; readonly sources: readonly Source[]; readonly note?: string }

interface AlternativeRow {
  id: string
  recordType: (typeof recordTypes)[number]
  recordId: string
  position: number
  field: string
  value: unknown
  note: string | undefined
  sources: readonly Source[]
}

/** The id of a record's alternative in the CSV tables: `summit:2025-tianjin#1`. */
const alternativeId = (recordType: string, recordId: string, position: number) => `${recordType}:${recordId}#${position}`

function alternativeRows(dataset: Dataset): AlternativeRow[] {
  return recordsOf(dataset).flatMap(({ recordType, recordId, record }) =>
    (record.alternatives ?? []).map((alternative, index) => ({
      id: alternativeId(recordType, recordId, index + 1),
      recordType,
      recordId,
      position: index + 1,
      field: alternative.field,
      value: alternative.value,
      note: alternative.note,
      sources: alternative.sources,
    })),
  )
}

const alternatives: TableSpec<AlternativeRow> = {
  name: 'alternatives',
  title: 'Alternatives',
  description:
    "Other values that cited sources give for a field of a record, where sources disagree; the record's own value is the best supported. Their sources are in sources.csv with record_type alternative and record_id this table's id.",
  records: alternativeRows,
  columns: [
    { name: 'id', type: 'string', required: true, description: "This table's id for the alternative: record type, a colon, the record's id, # and the position (summit:2025-tianjin#1).", value: (a) => a.id },
    { name: 'record_type', type: 'string', required: true, enum: recordTypes.filter((type) => type !== 'alternative'), description: 'The kind of record whose field it concerns.', value: (a) => a.recordType },
    { name: 'record_id', type: 'string', required: true, description: 'The id of that record in its table.', value: (a) => a.recordId },
    { name: 'position', type: 'integer', required: true, description: "The alternative's place in the record's list of alternatives, from 1.", value: (a) => a.position },
    { name: 'field', type: 'string', required: true, description: "The field of the record it gives another value for, as the JSON names it (documentsReported, number, startDate…).", value: (a) => a.field },
    { name: 'value', type: 'string', required: true, description: 'The other value, written as JSON (20, "2009-06-16", null, true), so its type is kept.', value: (a) => JSON.stringify(a.value) },
    { name: 'note', type: 'string', description: 'What a reader should know about it; empty where the sources say it all.', value: (a) => a.note },
  ],
  primaryKey: ['id'],
  foreignKeys: [],
}


const sources: TableSpec<SourceRow> = {
  name: 'sources',
  title: 'Sources',
  description:
    'The pages every record rests on, one row per source of each record, in the order the record lists them. record_type names the table the record is in (state: states.csv, status-period: status-periods.csv, and so on), record_id its id there.',
  records: (dataset) => [
    ...recordsOf(dataset).flatMap(({ recordType, recordId, record }) =>
      record.sources.map((source, index) => ({ recordType, recordId, position: index + 1, source })),
    ),
    ...alternativeRows(dataset).flatMap((alternative) =>
      alternative.sources.map((source, index) => ({ recordType: 'alternative' as const, recordId: alternative.id, position: index + 1, source })),
    ),
  ],
  columns: [
    { name: 'record_type', type: 'string', required: true, enum: recordTypes, description: 'The kind of record the source is cited by: state, status-period, summit, document, participation, person, officeholder, chairmanship, or alternative (a value in alternatives.csv).', value: (r) => r.recordType },
    { name: 'record_id', type: 'string', required: true, description: 'The id of that record in its table (the code column for states, the id column for the others).', value: (r) => r.recordId },
    { name: 'position', type: 'integer', required: true, description: "The source's place in the record's list of sources, from 1.", value: (r) => r.position },
    { name: 'url', type: 'string', required: true, description: 'The absolute http(s) address of the page.', value: (r) => r.source.url },
    { name: 'publisher', type: 'string', required: true, description: 'Who published the page: Kremlin, TASS, Xinhua, a foreign ministry…', value: (r) => r.source.publisher },
    { name: 'title', type: 'string', required: true, description: "The page's headline or title as the publisher gives it.", value: (r) => r.source.title },
    { name: 'descriptive_title', type: 'boolean', description: "true when the curators did not see the page's headline and title describes the page instead; empty when title is the headline.", value: (r) => r.source.descriptiveTitle },
    { name: 'published', type: 'date', description: 'The day the page was published; empty where unknown.', value: (r) => r.source.published },
    { name: 'language', type: 'string', description: "The page's language as a BCP 47 tag (en, ru, zh); empty where not given.", value: (r) => r.source.language },
    { name: 'type', type: 'string', required: true, enum: SourceSchema.shape.type.options, description: 'What kind of publisher: official (the SCO, a government, a parliament, the UN), news, reference, or copy (a repost of another publisher\'s text).', value: (r) => r.source.type },
    { name: 'copy_of', type: 'string', description: 'For a copy: the publisher of the original text; else empty.', value: (r) => r.source.copyOf },
  ],
  primaryKey: ['record_type', 'record_id', 'position'],
  foreignKeys: [],
}

/** Every table, in the order they are written and listed in datapackage.json. */
const tableSpecs = [states, statusPeriods, summits, documents, participations, persons, personAliases, officeholders, chairmanships, alternatives, sources] as TableSpec<unknown>[]

/** One value as a CSV field: see the module comment. */
function toField(value: Cell, where: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`emit-csv: ${where} is ${value}, expected an integer`)
    return String(value)
  }
  if (value === '') throw new TypeError(`emit-csv: ${where} is an empty string, which would read back as null`)
  return value
}

/**
 * The dataset as CSV tables, in a stable order (states, status-periods, summits, documents,
 * participations, sources) with columns in a stable order. Throws if two rows of a table share
 * a primary key, naming the table and the key, since the ids built here must stay unique.
 *
 * @example
 * ```ts
 * const summits = datasetTables(dataset).find((table) => table.name === 'summits')!
 * summits.header // ['id', 'body', 'number', 'start_date', 'end_date', 'city', 'host', 'chair', 'format', 'documents_reported', 'notes']
 * ```
 */
export function datasetTables(dataset: Dataset): CsvTable[] {
  return tableSpecs.map((spec) => {
    const header = spec.columns.map((column) => column.name)
    const keyIndexes = spec.primaryKey.map((name) => header.indexOf(name))
    const seen = new Set<string>()
    const rows = spec.records(dataset).map((record, index) => {
      const row = spec.columns.map((column) => toField(column.value(record), `${spec.name} row ${index + 1} ${column.name}`))
      const key = JSON.stringify(keyIndexes.map((at) => row[at]))
      if (seen.has(key)) throw new Error(`emit-csv: ${spec.name} has two rows with the primary key ${key}`)
      seen.add(key)
      return row
    })
    return { name: spec.name, path: `${spec.name}.csv`, header, rows }
  })
}

/**
 * The Frictionless Data Package (profile tabular-data-package) describing the tables: every
 * resource and field with its type and description, primary and foreign keys, CC-BY-4.0.
 * It depends only on the table definitions, not on the data.
 *
 * @example
 * ```ts
 * dataPackage('1.2.0').resources.map((resource) => resource.path)
 * // ['states.csv', 'status-periods.csv', 'summits.csv', 'documents.csv', 'participations.csv', 'persons.csv', 'person-aliases.csv', 'officeholders.csv', 'chairmanships.csv', 'alternatives.csv', 'sources.csv']
 * ```
 */
export function dataPackage(version: string) {
  return {
    profile: 'tabular-data-package',
    name: 'sco-data',
    title: 'Shanghai Cooperation Organisation: summits, states, status history, documents and delegations',
    description:
      'Curated, sourced data about the Shanghai Cooperation Organisation (SCO): its summits, the states that hold or held a status in it with their status history, the documents adopted at each summit, and who attended. Every record cites its sources (sources.csv).',
    version,
    licenses: [
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
    ],
    resources: tableSpecs.map((spec) => ({
      profile: 'tabular-data-resource',
      name: spec.name,
      path: `${spec.name}.csv`,
      title: spec.title,
      description: spec.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: spec.columns.map((column) => ({
          name: column.name,
          type: column.type,
          format: 'default',
          description: column.description,
          ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
          ...(column.required || column.enum
            ? { constraints: { ...(column.required ? { required: true } : {}), ...(column.enum ? { enum: [...column.enum] } : {}) } }
            : {}),
        })),
        missingValues: [''],
        primaryKey: spec.primaryKey,
        ...(spec.foreignKeys.length > 0 ? { foreignKeys: spec.foreignKeys } : {}),
      },
    })),
  }
}

/**
 * Writes every table as `<name>.csv` (UTF-8, no BOM) and the descriptor as datapackage.json into
 * `dir`, creating it if needed; returns the tables written.
 *
 * @example
 * ```ts
 * writeCsvPackage(dataset, mkdtempSync(join(tmpdir(), 'sco-csv-')), '1.2.0').length // 11
 * ```
 */
export function writeCsvPackage(dataset: Dataset, dir: string, version: string): CsvTable[] {
  const tables = datasetTables(dataset)
  mkdirSync(dir, { recursive: true })
  for (const table of tables) writeFileSync(join(dir, table.path), writeCsv([table.header, ...table.rows]), 'utf8')
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(dataPackage(version), null, 2)}\n`, 'utf8')
  return tables
}

/** Writes dist/csv/ from the dataset `npm run generate` validated (src/generated/). */
export function main(): void {
  const dataset = readGeneratedDataset()
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const tables = writeCsvPackage(dataset, join(root, 'dist', 'csv'), version)
  console.log(`dist/csv: ${tables.map((t) => `${t.path} (${t.rows.length} rows)`).join(', ')}, datapackage.json`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
