/**
 * The table specification (src/csv/tables.ts) and the writer (src/csv/write-csv.ts) in process,
 * against oracles of their own: the raw files in data/ read with plain `JSON.parse` (every record
 * one row, every field column its raw value, ids as the README documents them), the columns, types
 * and keys as checked by hand, and the writer's quoting rules as exact strings. test/csv.test.ts
 * checks the files and datapackage.json that scripts/emit-csv.ts writes from the same code.
 */
import { describe, expect, it } from 'vitest'
import { csvRows, csvTables, type CsvCell, type CsvColumn, type CsvTable } from '../src/csv/tables.js'
import { writeCsv } from '../src/csv/write-csv.js'
import { chairmanships, documents, officeholders, participations, persons, states, statusPeriods, summits } from '../src/data.js'
import type { Dataset } from '../src/types.js'
import { rawChairs, rawDocuments, rawParticipations, rawPeriods, rawPersons, rawStates, rawSummits, rawTerms } from './helpers/raw-data.js'

const dataset = { states, statusPeriods, summits, documents, participations, persons, officeholders, chairmanships } as unknown as Dataset

const table = (name: string): CsvTable<unknown> => csvTables.find((candidate) => candidate.name === name) ?? fail(`no table ${name}`)
function fail(message: string): never {
  throw new Error(message)
}

/** The columns of every table, in order, with their Table Schema types where not `string`: checked by hand. */
const expected: Record<string, { header: string[]; types?: Record<string, string>; primaryKey: string[]; foreignKeys: string[] }> = {
  states: { header: ['code', 'iso3', 'name', 'iso_numeric', 'cow_code', 'cow_abbreviation', 'notes'], types: { cow_code: 'integer' }, primaryKey: ['code'], foreignKeys: [] },
  'status-periods': {
    header: ['id', 'state', 'status', 'from', 'to', 'decided_at', 'notes'],
    types: { from: 'date', to: 'date' },
    primaryKey: ['id'],
    foreignKeys: ['state -> states.code', 'decided_at -> summits.id'],
  },
  summits: {
    header: ['id', 'body', 'number', 'start_date', 'end_date', 'city', 'city_ru', 'city_zh', 'host', 'chair', 'format', 'documents_reported', 'notes'],
    types: { number: 'integer', start_date: 'date', end_date: 'date', documents_reported: 'integer' },
    primaryKey: ['id'],
    foreignKeys: [],
  },
  documents: {
    header: ['id', 'summit', 'title_en', 'title_ru', 'title_zh', 'descriptive_title', 'kind', 'date', 'signed', 'covers_from', 'covers_to', 'notes'],
    types: { descriptive_title: 'boolean', date: 'date', signed: 'boolean', covers_from: 'year', covers_to: 'year' },
    primaryKey: ['id'],
    foreignKeys: ['summit -> summits.id'],
  },
  participations: {
    header: ['id', 'summit', 'state', 'organisation', 'person', 'person_name', 'role', 'capacity', 'mode', 'notes'],
    primaryKey: ['id'],
    foreignKeys: ['summit -> summits.id', 'person -> persons.id'],
  },
  persons: { header: ['id', 'name_en', 'name_ru', 'name_zh', 'state', 'notes'], primaryKey: ['id'], foreignKeys: [] },
  'person-aliases': { header: ['person', 'position', 'alias'], types: { position: 'integer' }, primaryKey: ['person', 'position'], foreignKeys: ['person -> persons.id'] },
  officeholders: {
    header: ['id', 'office', 'person', 'from', 'to', 'serving', 'appointed_at', 'notes'],
    types: { from: 'date', to: 'date', serving: 'boolean' },
    primaryKey: ['id'],
    foreignKeys: ['person -> persons.id', 'appointed_at -> summits.id'],
  },
  chairmanships: { header: ['id', 'state', 'from', 'to', 'notes'], types: { from: 'date', to: 'date' }, primaryKey: ['id'], foreignKeys: [] },
  alternatives: {
    header: ['id', 'record_type', 'record_id', 'position', 'field', 'value', 'note'],
    types: { position: 'integer' },
    primaryKey: ['id'],
    foreignKeys: [],
  },
  sources: {
    header: ['record_type', 'record_id', 'position', 'url', 'publisher', 'title', 'descriptive_title', 'published', 'language', 'type', 'copy_of'],
    types: { position: 'integer', descriptive_title: 'boolean', published: 'date' },
    primaryKey: ['record_type', 'record_id', 'position'],
    foreignKeys: [],
  },
}

const recordTypes = ['state', 'status-period', 'summit', 'document', 'participation', 'person', 'officeholder', 'chairmanship']

/** The computed columns (no field of a record behind them), by table. */
const computedColumns = (t: CsvTable<unknown>) => t.columns.filter((column): column is Extract<CsvColumn<unknown>, { description: string }> => !('field' in column))

describe('the table specification, as checked by hand', () => {
  it('has the eleven tables, in the order the README lists them', () => {
    expect(csvTables.map((t) => t.name)).toEqual(Object.keys(expected))
  })

  it.each(Object.entries(expected))('%s: columns, types, primary and foreign keys', (name, spec) => {
    const t = table(name)
    expect(t.columns.map((column) => column.name)).toEqual(spec.header)
    expect(Object.fromEntries(t.columns.map((column) => [column.name, column.type]))).toEqual(Object.fromEntries(spec.header.map((column) => [column, spec.types?.[column] ?? 'string'])))
    expect(t.primaryKey).toEqual(spec.primaryKey)
    expect(t.foreignKeys.map(({ fields, reference }) => `${fields.join('+')} -> ${reference.resource}.${reference.fields.join('+')}`)).toEqual(spec.foreignKeys)
  })

  it('a field column is named after its field in snake_case, and reads that field', () => {
    const fieldColumns = csvTables.flatMap((t) => t.columns.flatMap((column) => ('field' in column ? [column.field] : [])))
    const snake = (path: string) => path.replace(/\./g, '_').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
    // The city's other names sit beside it as city_ru and city_zh, as title_ru beside title_en.
    const named: Record<string, string> = { 'cityNames.ru': 'city_ru', 'cityNames.zh': 'city_zh' }
    for (const t of csvTables) for (const column of t.columns) if ('field' in column) expect(column.name, `${t.name}.${column.field}`).toBe(named[column.field] ?? snake(column.field))
    const city = table('summits').columns.find((c) => c.name === 'city_zh')!
    expect(city.value({ cityNames: { ru: 'Астана', zh: '阿斯塔纳' } })).toBe('阿斯塔纳')
    expect(city.value({ city: null })).toBeUndefined()
    expect(fieldColumns).toEqual(expect.arrayContaining(['startDate', 'title.en', 'covers.from', 'documentsReported', 'copyOf', 'personName']))
    const column = table('documents').columns.find((c) => c.name === 'covers_to')!
    expect(column.value({ covers: { from: 2001, to: 2005 } })).toBe(2005)
    expect(column.value({})).toBeUndefined()
  })

  it('titles name the table; titles and descriptions are present and distinct', () => {
    for (const t of csvTables) {
      expect(t.title.toLowerCase(), t.name).toBe(t.name.replaceAll('-', ' '))
      expect(t.title[0], t.name).toMatch(/[A-Z]/)
      expect(t.description, t.name).toMatch(/^[A-Z].{40,}\.$/)
    }
    expect(new Set(csvTables.map((t) => t.description)).size).toBe(csvTables.length)
  })

  it('names the schema that describes its field columns, and only a table with field columns has one', () => {
    expect(Object.fromEntries(csvTables.map((t) => [t.name, t.schema ?? null]))).toEqual({
      states: 'state',
      'status-periods': 'status-period',
      summits: 'summit',
      documents: 'document',
      participations: 'participation',
      persons: 'person',
      'person-aliases': null,
      officeholders: 'officeholder',
      chairmanships: 'chairmanship',
      alternatives: 'alternative',
      sources: 'source',
    })
  })

  it('every computed column is required and described, distinctly within its table', () => {
    const computed = csvTables.flatMap((t) => computedColumns(t).map((column) => ({ table: t.name, column })))
    expect(computed.map(({ table: t, column }) => `${t}.${column.name}`)).toEqual([
      'status-periods.id',
      'participations.id',
      'person-aliases.person',
      'person-aliases.position',
      'person-aliases.alias',
      'officeholders.id',
      'chairmanships.id',
      'alternatives.id',
      'alternatives.record_type',
      'alternatives.record_id',
      'alternatives.position',
      'alternatives.value',
      'sources.record_type',
      'sources.record_id',
      'sources.position',
    ])
    for (const { table: t, column } of computed) {
      expect(column.required, `${t}.${column.name}`).toBe(true)
      expect(column.description, `${t}.${column.name}`).toMatch(/^\S.{20,}\.$/)
    }
    for (const t of csvTables) {
      const descriptions = computedColumns(t).map((column) => column.description)
      expect(new Set(descriptions).size, t.name).toBe(descriptions.length)
    }
  })

  it('an id column describes itself as the id and gives examples that are ids in its table', () => {
    for (const t of csvTables) {
      const id = computedColumns(t).find((column) => column.name === 'id')
      if (!id) continue
      expect(id.description, t.name).toMatch(/^This table's id for the record: /)
      const examples = /\(([^()]*)\)\.$/.exec(id.description)?.[1]?.split(', ') ?? fail(`${t.name}: no examples`)
      const ids = new Set(t.records(dataset).map((record) => id.value(record)))
      for (const example of examples) expect(ids.has(example), `${t.name}: ${example}`).toBe(true)
    }
  })

  it('record_type allows the kinds of record: any in sources.csv, any but alternative in alternatives.csv', () => {
    const enumOf = (name: string) => computedColumns(table(name)).find((column) => column.name === 'record_type')!.enum
    expect(enumOf('alternatives')).toEqual(recordTypes)
    expect(enumOf('sources')).toEqual([...recordTypes, 'alternative'])
    expect(computedColumns(table('alternatives')).filter((column) => column.enum).map((column) => column.name)).toEqual(['record_type'])
  })
})

/** The raw records of data/, with what the tables need: read with plain JSON.parse. */
type RawRecord = Record<string, unknown> & { sources: Record<string, unknown>[]; alternatives?: (Record<string, unknown> & { sources: Record<string, unknown>[] })[] }
/** The raw records of one collection, read by the test oracle (test/helpers/raw-data.ts). */
const records = (collection: readonly object[]) => collection as unknown as RawRecord[]
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** Every raw record by table, with its record type and its id as the README documents it. */
const raw: Record<string, { type: string; records: RawRecord[]; id: (record: RawRecord) => string }> = {
  states: { type: 'state', records: records(rawStates), id: (r) => r.code as string },
  'status-periods': { type: 'status-period', records: records(rawPeriods), id: (r) => `${r.state}/${r.from}` },
  summits: { type: 'summit', records: records(rawSummits), id: (r) => r.id as string },
  documents: { type: 'document', records: records(rawDocuments), id: (r) => r.id as string },
  participations: {
    type: 'participation',
    records: records(rawParticipations),
    id: (r) => `${r.summit}/${(r.state as string | null) ?? slug(r.organisation as string)}`,
  },
  persons: { type: 'person', records: records(rawPersons), id: (r) => r.id as string },
  officeholders: { type: 'officeholder', records: records(rawTerms), id: (r) => `${r.office}/${r.person}` },
  chairmanships: { type: 'chairmanship', records: records(rawChairs), id: (r) => `${r.state}/${r.from}` },
}

/** A raw value as the README says a cell holds it: empty for null or absent, `true`/`false`, decimal. */
const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/** The raw value a column named `name` holds: `start_date` is `startDate`, `title_en` is `title.en`. */
function rawValue(record: Record<string, unknown>, name: string): unknown {
  const camel = (text: string) => text.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
  if (camel(name) in record) return record[camel(name)]
  // city_ru and city_zh hold the city's other names, cityNames.ru and cityNames.zh.
  if (/^city_(ru|zh)$/.test(name)) return (record.cityNames as Record<string, unknown> | undefined)?.[name.slice(5)]
  const at = name.lastIndexOf('_')
  return (record[camel(name.slice(0, at))] as Record<string, unknown> | undefined)?.[name.slice(at + 1)]
}

/** The rows `csvRows` writes for a table, as objects keyed by the header, by their primary key. */
function written(name: string): Map<string, Record<string, string>> {
  const t = table(name)
  const [header, ...rows] = csvRows(t, t.records(dataset))
  const objects = rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]!])))
  return new Map(objects.map((row) => [t.primaryKey.map((column) => row[column]).join(' '), row]))
}

describe('every record of data/ is one row, every column its raw value', () => {
  it.each(Object.keys(raw))('%s', (name) => {
    const { records, id } = raw[name]!
    const header = expected[name]!.header
    const rows = written(name)
    expect(rows.size).toBe(records.length)
    const expectedRows = new Map(records.map((record) => [id(record), Object.fromEntries(header.map((column) => [column, column === 'id' && !('id' in record) ? id(record) : cell(rawValue(record, column))]))]))
    expect(rows).toEqual(expectedRows)
  })

  it('person-aliases: one row per alias, in the order of the person’s list', () => {
    const rows = [...written('person-aliases').values()]
    expect(rows).toEqual(raw.persons!.records.flatMap((person) => (person.aliases as string[]).map((alias, index) => ({ person: person.id, position: String(index + 1), alias }))))
    expect(rows.length).toBeGreaterThan(100)
  })

  it('alternatives and sources: one row per alternative and per source of every record and alternative, keyed as documented', () => {
    const alternatives = new Map<string, Record<string, string>>()
    const sources = new Map<string, Record<string, string>>()
    const addSources = (recordType: string, recordId: string, list: Record<string, unknown>[]) =>
      list.forEach((source, index) => {
        const position = String(index + 1)
        const row = Object.fromEntries(expected.sources!.header.map((column) => [column, cell(rawValue(source, column))]))
        sources.set(`${recordType} ${recordId} ${position}`, { ...row, record_type: recordType, record_id: recordId, position })
      })
    for (const { type, records, id } of Object.values(raw)) {
      for (const record of records) {
        addSources(type, id(record), record.sources)
        record.alternatives?.forEach((alternative, index) => {
          const altId = `${type}:${id(record)}#${index + 1}`
          alternatives.set(altId, { id: altId, record_type: type, record_id: id(record), position: String(index + 1), field: alternative.field as string, value: JSON.stringify(alternative.value), note: cell(alternative.note) })
          addSources('alternative', altId, alternative.sources)
        })
      }
    }
    expect(alternatives.size).toBeGreaterThan(0)
    expect(written('alternatives')).toEqual(alternatives)
    expect(written('sources')).toEqual(sources)
  })
})

describe('csvRows', () => {
  const column = (name: string, value: (record: CsvCell) => CsvCell) => ({ name, value })
  const single = { name: 'things', columns: [column('value', (record) => record)] }

  it('writes null and absent as empty, booleans as true/false, integers in decimal, text as it is', () => {
    const values: CsvCell[] = [null, undefined, true, false, 0, -7, 2 ** 53 - 1, 'x', ' ,"\n']
    expect(csvRows(single, values)).toEqual([['value'], [''], [''], ['true'], ['false'], ['0'], ['-7'], ['9007199254740991'], ['x'], [' ,"\n']])
    const pair = { name: 'pairs', columns: [column('a', () => 'a'), column('b', (record) => record)] }
    expect(csvRows(pair, [1, 2])).toEqual([['a', 'b'], ['a', '1'], ['a', '2']])
    expect(csvRows(pair, [])).toEqual([['a', 'b']])
  })

  it.each([
    [1.5, /^things row 2 value is 1\.5, expected an integer$/],
    [2 ** 53, /^things row 2 value is 9007199254740992, expected an integer$/],
    [Number.NaN, /^things row 2 value is NaN, expected an integer$/],
    ['', /^things row 2 value is an empty string, which would read back as null$/],
    [{}, /^things row 2 value is object, expected a string, a number, a boolean or null$/],
    [10n, /^things row 2 value is bigint, expected a string, a number, a boolean or null$/],
  ])('refuses %s, naming the table, row and column', (value, message) => {
    expect(() => csvRows(single, ['ok', value as CsvCell])).toThrow(TypeError)
    expect(() => csvRows(single, ['ok', value as CsvCell])).toThrow(message)
  })
})

describe('writeCsv', () => {
  it('quotes a field with a comma, quote, CR or LF, doubling quotes; leaves others as they are', () => {
    expect(writeCsv([['a', 'b,c', 'd"e', 'f\rg', 'h\ni', 'j\uFEFF', 'k l', '']])).toBe('a,"b,c","d""e","f\rg","h\ni",j\uFEFF,k l,\n')
    expect(writeCsv([['"'], ['""'], ['plain']])).toBe('""""\n""""""\nplain\n')
  })

  it('quotes a field starting with a byte order mark, so no output starts with one', () => {
    expect(writeCsv([['\uFEFF'], ['\uFEFFa']])).toBe('"\uFEFF"\n"\uFEFFa"\n')
  })

  it('quotes an empty field only when it is the only one of its row', () => {
    expect(writeCsv([[''], ['x'], ['']])).toBe('""\nx\n""\n')
    expect(writeCsv([['', ''], ['a', '']])).toBe(',\na,\n')
  })

  it('writes nothing for no rows, and LF after every row', () => {
    expect(writeCsv([])).toBe('')
    expect(writeCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\nc,d\n')
  })

  it('keeps characters outside the BMP, refuses lone surrogates', () => {
    expect(writeCsv([['\u{1F600}', '中文']])).toBe('\u{1F600},中文\n')
    expect(() => writeCsv([['a', 'b'], ['c', 'x\uDC00']])).toThrow(new RangeError('writeCsv: row 1 field 1 holds a lone surrogate, which UTF-8 cannot encode'))
  })

  it('refuses empty rows, rows of another width and fields that are not strings, with exact messages', () => {
    expect(() => writeCsv([['a'], []])).toThrow(new RangeError('writeCsv: row 1 has no fields; every row needs at least one'))
    expect(() => writeCsv([['a', 'b'], ['c', 'd', 'e']])).toThrow(new RangeError('writeCsv: row 1 has 3 fields, the first row has 2'))
    expect(() => writeCsv([['a', 'b'], ['c']])).toThrow(new RangeError('writeCsv: row 1 has 1 fields, the first row has 2'))
    expect(() => writeCsv([['a'], [null as unknown as string]])).toThrow(new TypeError('writeCsv: row 1 field 0 is object null, expected a string'))
  })
})
