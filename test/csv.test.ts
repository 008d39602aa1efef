/**
 * The CSV tables hold exactly what the JSON holds: written by scripts/emit-csv.ts into a temporary
 * directory, read back with the strict reader, turned back into records (with sources.csv) and
 * compared with the dataset from loadData(), every field and every character. Also: the writer and
 * reader on hostile strings and as a property, and datapackage.json against the files it describes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataPackage, datasetTables, writeCsvPackage } from '../scripts/emit-csv.js'
import { run } from '../src/cli/run.js'
import { readCsv } from '../scripts/lib/csv.js'
import { writeCsv } from '../src/csv/write-csv.js'
import { loadData } from '../scripts/lib/load-data.js'
import { isRealDay } from '../src/real-day.js'
import type { ChairmanshipInput as Chairmanship, OfficeholderInput as Officeholder, PersonInput as Person, DatasetInput as Dataset, DocumentInput as Document, ParticipationInput as Participation, SourceInput as Source, StateInput as State, StatusPeriodInput as StatusPeriod, SummitInput as Summit } from '../src/input-types.js'

// Loaded in beforeAll, not at import: a mutation run sees what a hook does as the work of the file's
// tests (test/setup/stryker-coverage.ts), and what an import does as load-time code.
let dataset: NonNullable<ReturnType<typeof loadData>['dataset']>

const tableNames = ['states', 'status-periods', 'summits', 'documents', 'participations', 'persons', 'person-aliases', 'officeholders', 'chairmanships', 'alternatives', 'sources']

type Row = Record<string, string>

/** Reads `<name>.csv` from `dir` with the strict reader, as objects keyed by the header. */
function readTable(dir: string, name: string): { header: string[]; rows: Row[] } {
  const bytes = readFileSync(join(dir, `${name}.csv`))
  const text = bytes.toString('utf8')
  // UTF-8 without BOM, valid (decoding and encoding again gives the same bytes), LF at the end.
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false)
  expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true)
  expect(text.endsWith('\n')).toBe(true)
  const [header, ...rows] = readCsv(text)
  if (!header) throw new Error(`${name}.csv is empty`)
  return { header, rows: rows.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index]!]))) }
}

/** `''` is null; anything else is the text as it is. */
const nullable = (value: string | undefined): string | null => (value === undefined ? fail('missing column') : value === '' ? null : value)
const integer = (value: string | undefined): number => {
  expect(value).toMatch(/^-?\d+$/)
  return Number(value)
}
const nullableInteger = (value: string | undefined): number | null => (value === '' ? null : integer(value))
const nullableBoolean = (value: string | undefined): boolean | null => {
  expect(['', 'true', 'false']).toContain(value)
  return value === '' ? null : value === 'true'
}
/** `{ [key]: value }` when the field is not empty, `{}` when it is: for optional JSON fields. */
const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  value === '' || value === undefined ? {} : ({ [key]: value } as Record<K, string>)
function fail(message: string): never {
  throw new Error(message)
}
/** An optional `true` flag: `true` in the CSV, or an empty field when absent. */
const flag = <K extends string>(key: K, value: string | undefined): Partial<Record<K, true>> => {
  if (value === '') return {}
  expect(value).toBe('true')
  return { [key]: true } as Partial<Record<K, true>>
}

/**
 * Rebuilds the dataset from the CSV files in `dir`, knowing only the column conventions (empty is
 * null or absent, `true`/`false`, decimal integers) — not the code that wrote them.
 */
function datasetFromCsv(dir: string): Dataset {
  const table = (name: string) => readTable(dir, name).rows

  const sourcesByRecord = new Map<string, { position: number; source: Source }[]>()
  for (const row of table('sources')) {
    const key = `${row.record_type} ${row.record_id}`
    const list = sourcesByRecord.get(key) ?? []
    list.push({
      position: integer(row.position),
      source: {
        url: row.url!,
        publisher: row.publisher!,
        title: row.title!,
        ...flag('descriptiveTitle', row.descriptive_title),
        ...optional('published', row.published),
        ...optional('language', row.language),
        type: row.type as Source['type'],
        ...optional('copyOf', row.copy_of),
      },
    })
    sourcesByRecord.set(key, list)
  }
  const used = new Set<string>()
  const sourcesOf = (recordType: string, recordId: string | undefined): Source[] => {
    const key = `${recordType} ${recordId}`
    const list = sourcesByRecord.get(key) ?? fail(`no sources for ${key}`)
    expect(used.has(key), `sources of ${key} claimed twice`).toBe(false)
    used.add(key)
    expect(list.map((entry) => entry.position), `positions of ${key}`).toEqual(list.map((_, index) => index + 1))
    return list.map((entry) => entry.source)
  }

  const states = table('states').map(
    (row): State => ({
      code: row.code!,
      iso3: row.iso3!,
      name: row.name!,
      isoNumeric: row.iso_numeric!,
      cow: row.cow_code ? { code: Number(row.cow_code), abbreviation: row.cow_abbreviation! } : null,
      sources: sourcesOf('state', row.code),
      notes: nullable(row.notes),
    }),
  )
  const statusPeriods = table('status-periods').map(
    (row): StatusPeriod => ({
      state: row.state!,
      status: row.status as StatusPeriod['status'],
      from: row.from!,
      to: nullable(row.to),
      decidedAt: nullable(row.decided_at),
      sources: sourcesOf('status-period', row.id),
      notes: nullable(row.notes),
    }),
  )
  const summits = table('summits').map(
    (row): Summit => ({
      id: row.id!,
      body: row.body as Summit['body'],
      number: nullableInteger(row.number),
      startDate: row.start_date!,
      endDate: row.end_date!,
      city: nullable(row.city),
      ...(row.city_ru === '' && row.city_zh === '' ? {} : { cityNames: { ...optional('ru', row.city_ru), ...optional('zh', row.city_zh) } }),
      host: row.host!,
      chair: nullable(row.chair),
      format: row.format as Summit['format'],
      documentsReported: nullableInteger(row.documents_reported),
      sources: sourcesOf('summit', row.id),
      notes: nullable(row.notes),
    }),
  )
  const documents = table('documents').map((row): Document => {
    const covers = row.covers_to === '' ? (expect(row.covers_from).toBe(''), {}) : { covers: { from: nullableInteger(row.covers_from), to: integer(row.covers_to) } }
    return {
      id: row.id!,
      summit: nullable(row.summit),
      title: { en: row.title_en!, ...optional('ru', row.title_ru), ...optional('zh', row.title_zh) },
      ...flag('descriptiveTitle', row.descriptive_title),
      kind: row.kind as Document['kind'],
      date: row.date!,
      signed: nullableBoolean(row.signed),
      ...covers,
      sources: sourcesOf('document', row.id),
      notes: nullable(row.notes),
    }
  })
  const participations = table('participations').map(
    (row): Participation => ({
      summit: row.summit!,
      state: nullable(row.state),
      organisation: nullable(row.organisation),
      person: nullable(row.person),
      personName: nullable(row.person_name),
      role: nullable(row.role),
      capacity: row.capacity as Participation['capacity'],
      mode: nullable(row.mode) as Participation['mode'],
      sources: sourcesOf('participation', row.id),
      notes: nullable(row.notes),
    }),
  )
  const aliasesOf = new Map<string, { position: number; alias: string }[]>()
  for (const row of table('person-aliases')) {
    const list = aliasesOf.get(row.person!) ?? []
    list.push({ position: integer(row.position), alias: row.alias! })
    aliasesOf.set(row.person!, list)
  }
  const persons = table('persons').map((row): Person => {
    const aliases = aliasesOf.get(row.id!) ?? []
    aliasesOf.delete(row.id!)
    expect(aliases.map((entry) => entry.position), `alias positions of ${row.id}`).toEqual(aliases.map((_, index) => index + 1))
    return {
      id: row.id!,
      name: { en: row.name_en!, ...optional('ru', row.name_ru), ...optional('zh', row.name_zh) },
      aliases: aliases.map((entry) => entry.alias),
      state: nullable(row.state),
      sources: sourcesOf('person', row.id),
      notes: nullable(row.notes),
    }
  })
  expect([...aliasesOf.keys()], 'aliases of unknown persons').toEqual([])
  const officeholders = table('officeholders').map(
    (row): Officeholder => ({
      office: row.office as Officeholder['office'],
      person: row.person!,
      from: nullable(row.from),
      to: nullable(row.to),
      serving: nullableBoolean(row.serving)!,
      appointedAt: nullable(row.appointed_at),
      sources: sourcesOf('officeholder', row.id),
      notes: nullable(row.notes),
    }),
  )
  const chairmanships = table('chairmanships').map(
    (row): Chairmanship => ({ state: row.state!, from: row.from!, to: nullable(row.to), sources: sourcesOf('chairmanship', row.id), notes: nullable(row.notes) }),
  )
  // alternatives.csv: each row belongs to the record its record_type and record_id name.
  const alternativesOf = new Map<string, { position: number; alternative: { field: string; value: unknown; sources: Source[]; note?: string } }[]>()
  for (const row of table('alternatives')) {
    const key = `${row.record_type} ${row.record_id}`
    const list = alternativesOf.get(key) ?? []
    list.push({
      position: integer(row.position),
      alternative: { field: row.field!, value: JSON.parse(row.value!), sources: sourcesOf('alternative', row.id), ...optional('note', row.note) },
    })
    alternativesOf.set(key, list)
  }
  const withAlternatives = <R extends object>(recordType: string, id: string, record: R): R => {
    const list = alternativesOf.get(`${recordType} ${id}`)
    if (!list) return record
    alternativesOf.delete(`${recordType} ${id}`)
    expect(list.map((entry) => entry.position)).toEqual(list.map((_, index) => index + 1))
    const notes = 'notes' in record ? { notes: (record as { notes: unknown }).notes } : {}
    const { notes: _, ...rest } = record as R & { notes?: unknown }
    return { ...rest, ...notes, alternatives: list.map((entry) => entry.alternative) } as R
  }
  const tables = {
    states: states.map((r) => withAlternatives('state', r.code, r)),
    statusPeriods: statusPeriods.map((r) => withAlternatives('status-period', `${r.state}/${r.from}`, r)),
    summits: summits.map((r) => withAlternatives('summit', r.id, r)),
    documents: documents.map((r) => withAlternatives('document', r.id, r)),
    participations: participations.map((r, i) => withAlternatives('participation', table('participations')[i]!.id!, r)),
    persons: persons.map((r) => withAlternatives('person', r.id, r)),
    officeholders: officeholders.map((r) => withAlternatives('officeholder', `${r.office}/${r.person}`, r)),
    chairmanships: chairmanships.map((r) => withAlternatives('chairmanship', `${r.state}/${r.from}`, r)),
  }
  expect([...alternativesOf.keys()], 'alternatives of records that were not read').toEqual([])
  // Every row of sources.csv belongs to a record that was read.
  expect([...sourcesByRecord.keys()].filter((key) => !used.has(key))).toEqual([])
  return tables
}

let dir: string
beforeAll(() => {
  const loaded = loadData()
  if (!loaded.dataset) throw new Error(`data/ does not load:\n${loaded.problems.join('\n')}`)
  dataset = loaded.dataset
  dir = mkdtempSync(join(tmpdir(), 'sco-data-csv-'))
  writeCsvPackage(dataset, dir, '0.0.0-test')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the CSV tables hold exactly the dataset', () => {
  it('writes one file per record kind, sources.csv and datapackage.json, nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual([...tableNames.map((name) => `${name}.csv`), 'state-years.csv', 'state-meetings.csv', 'datapackage.json'].sort())
  })

  it('has one row per record, and one row in sources.csv per source of every record', () => {
    const counts = Object.fromEntries(tableNames.map((name) => [name, readTable(dir, name).rows.length]))
    const records = Object.values(dataset).flat() as unknown as { sources: unknown[]; alternatives?: { sources: unknown[] }[] }[]
    const sourceCount = records.reduce((sum, record) => sum + record.sources.length, 0)
    const alternativeCount = records.reduce((sum, record) => sum + (record.alternatives?.length ?? 0), 0)
    const alternativeSourceCount = records.reduce((sum, record) => sum + (record.alternatives ?? []).reduce((n, a) => n + a.sources.length, 0), 0)
    expect(counts).toEqual({
      states: dataset.states.length,
      'status-periods': dataset.statusPeriods.length,
      summits: dataset.summits.length,
      documents: dataset.documents.length,
      participations: dataset.participations.length,
      persons: dataset.persons.length,
      'person-aliases': dataset.persons.reduce((sum, person) => sum + person.aliases.length, 0),
      officeholders: dataset.officeholders.length,
      chairmanships: dataset.chairmanships.length,
      alternatives: alternativeCount,
      sources: sourceCount + alternativeSourceCount,
    })
  })

  it('reads back into records deep-equal to loadData(), every field and character', () => {
    expect(datasetFromCsv(dir)).toStrictEqual(dataset)
  })

  it('the data it compares holds the characters that break naive CSV: commas, quotes, Cyrillic, Chinese', () => {
    const strings = JSON.stringify(dataset)
    for (const pattern of [/,/, /\\"/, /\p{Script=Cyrillic}/u, /\p{Script=Han}/u]) expect(strings).toMatch(pattern)
  })

  it('keeps every character of hostile text in every kind of text field, through files', () => {
    const hostile = 'a, "b" ""c""\r\nline\nnext\rcr, Кириллица «ёлка», 中文「引号」, \u{1F600}, trailing space '
    const mangled = structuredClone(dataset) as Dataset
    mangled.states[0]!.notes = `\uFEFF${hostile}`
    mangled.statusPeriods[0]!.notes = hostile
    mangled.summits[0]!.city = hostile
    mangled.summits[0]!.cityNames = { ru: `${hostile}ru`, zh: `${hostile}zh` }
    mangled.documents[0]!.title = { en: hostile, ru: `${hostile}ru`, zh: `${hostile}zh` }
    mangled.participations[0]!.person = hostile
    mangled.participations[0]!.sources[0]!.title = hostile
    const hostileDir = mkdtempSync(join(tmpdir(), 'sco-data-csv-hostile-'))
    try {
      writeCsvPackage(mangled, hostileDir, '0.0.0-test')
      expect(datasetFromCsv(hostileDir)).toStrictEqual(mangled)
    } finally {
      rmSync(hostileDir, { recursive: true, force: true })
    }
  })

  it('refuses to write two rows with one id, naming the table and the key', () => {
    const clash = structuredClone(dataset) as Dataset
    const base = clash.participations.find((p) => p.organisation !== null)!
    clash.participations.push({ ...base, organisation: `${base.organisation}!` })
    expect(() => datasetTables(clash)).toThrow(/participations has two rows with the primary key/)
  })
})

describe('writeCsv and readCsv', () => {
  it('quote exactly the fields that need it, doubling quotes, LF after every record', () => {
    const rows = [
      ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', 'Кириллица', '中文', '', '\uFEFFbom'],
      ['x', 'y', 'z', 'crlf\r\nend', '"', ',', ' space ', '', 'last'],
    ]
    expect(writeCsv(rows)).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\r",Кириллица,中文,,"\uFEFFbom"\n' + 'x,y,z,"crlf\r\nend","""",",", space ,,last\n',
    )
    expect(readCsv(writeCsv(rows))).toEqual(rows)
  })

  it('write a lone empty field as "" so the row is not a blank line', () => {
    expect(writeCsv([['h'], [''], ['x']])).toBe('h\n""\nx\n')
    expect(readCsv('h\n""\nx\n')).toEqual([['h'], [''], ['x']])
  })

  it('read CRLF line ends, a last record with no line end, and a trailing empty field', () => {
    expect(readCsv('a,b\r\nc,"d\r\ne"\r\n')).toEqual([['a', 'b'], ['c', 'd\r\ne']])
    expect(readCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']])
    expect(readCsv('a,b\nc,')).toEqual([['a', 'b'], ['c', '']])
    expect(readCsv('')).toEqual([])
  })

  it.each([
    ['a"b\n', /double quote inside an unquoted field at line 1, column 2/],
    ['a,b\nc,"d"e\n', /unexpected "e" after a closing quote at line 2, column 6/],
    ['a,"b\n', /quoted field opened at line 1, column 3 is never closed/],
    ['a\rb\n', /carriage return not followed by a line feed at line 1, column 2/],
    ['\uFEFFa,b\n', /byte order mark/],
    ['a,b\nc\n', /the record ending on line 2 has 1 fields, the first has 2/],
    ['a,b\n"x\ny",z,w\n', /the record ending on line 3 has 3 fields, the first has 2/],
  ])('readCsv rejects %j', (text, message) => {
    expect(() => readCsv(text)).toThrow(SyntaxError)
    expect(() => readCsv(text)).toThrow(message)
  })

  it('writeCsv rejects rows it could not read back, naming the row and field', () => {
    expect(() => writeCsv([['a', 'b'], ['c']])).toThrow(/row 1 has 1 fields, the first row has 2/)
    expect(() => writeCsv([[]])).toThrow(/row 0 has no fields/)
    expect(() => writeCsv([['a', 1 as unknown as string]])).toThrow(/row 0 field 1 is number 1, expected a string/)
    expect(() => writeCsv([['ok'], ['\uD800']])).toThrow(/row 1 field 0 holds a lone surrogate/)
  })

  it('read(write(rows)) equals rows for any rows of any Unicode text, also through UTF-8 bytes', () => {
    const character = fc.oneof(
      fc.constantFrom(',', '"', '\r', '\n', '\r\n', '\uFEFF', ' ', 'Ж', '中', '\u{1F600}'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    )
    const text = fc.string({ unit: character, maxLength: 12 })
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) => fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 8 }))
    fc.assert(
      fc.property(table, (rows) => {
        const written = writeCsv(rows)
        expect(readCsv(written)).toEqual(rows)
        expect(readCsv(Buffer.from(written, 'utf8').toString('utf8'))).toEqual(rows)
      }),
      { numRuns: 1000 },
    )
  })
})

interface Field {
  name: string
  type: string
  description: string
  trueValues?: string[]
  falseValues?: string[]
  constraints?: { required?: boolean; enum?: string[] }
}
interface Resource {
  profile: string
  name: string
  path: string
  schema: {
    fields: Field[]
    missingValues: string[]
    primaryKey: string[]
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]
  }
}

describe('datapackage.json', () => {
  const read = () => JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as ReturnType<typeof dataPackage>
  const resources = () => read().resources as Resource[]

  it('is a tabular data package under CC-BY-4.0, of the version asked for', () => {
    const descriptor = read()
    expect(descriptor.version).toBe('0.0.0-test')
    expect(descriptor.profile).toBe('tabular-data-package')
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/)
    expect(descriptor.licenses.map((license) => license.name)).toEqual(['CC-BY-4.0'])
    expect(resources().map((resource) => resource.name)).toEqual([...tableNames, 'state-years', 'state-meetings'])
    for (const resource of resources()) {
      expect(resource.profile).toBe('tabular-data-resource')
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/)
      expect(resource.path).toBe(`${resource.name}.csv`)
      expect(resource.schema.missingValues).toEqual([''])
    }
  })

  it("describes every column of every file, in the header's order, with a type and a description", () => {
    for (const resource of resources()) {
      const { header } = readTable(dir, resource.name)
      expect(resource.schema.fields.map((field) => field.name), resource.name).toEqual(header)
      for (const field of resource.schema.fields) {
        expect(['string', 'integer', 'boolean', 'date', 'year'], `${resource.name}.${field.name}`).toContain(field.type)
        expect(field.description.length, `${resource.name}.${field.name}`).toBeGreaterThan(10)
      }
    }
  })

  it('every value matches its field: type, required, enum', () => {
    for (const resource of resources()) {
      const { rows } = readTable(dir, resource.name)
      expect(rows.length).toBeGreaterThan(0)
      for (const field of resource.schema.fields) {
        const where = `${resource.name}.${field.name}`
        const values = rows.map((row) => row[field.name]!)
        const present = values.filter((value) => value !== '')
        if (field.constraints?.required) expect(present.length, `${where} is required`).toBe(values.length)
        if (field.constraints?.enum) expect(present.filter((value) => !field.constraints!.enum!.includes(value)), where).toEqual([])
        const wrong = present.filter((value) => {
          switch (field.type) {
            case 'integer':
              return !/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))
            case 'year':
              return !/^\d{4}$/.test(value)
            case 'date':
              return !isRealDay(value)
            case 'boolean':
              return ![...field.trueValues!, ...field.falseValues!].includes(value)
            default:
              return false
          }
        })
        expect(wrong, `${where} values not of type ${field.type}`).toEqual([])
      }
      if (resource.name === 'documents') expect(resource.schema.fields.find((f) => f.type === 'boolean')).toMatchObject({ trueValues: ['true'], falseValues: ['false'] })
    }
  })

  it('primary keys are present and unique; foreign keys resolve', () => {
    const byName = new Map(resources().map((resource) => [resource.name, resource]))
    const rowsOf = (name: string) => readTable(dir, name).rows
    for (const resource of resources()) {
      const rows = rowsOf(resource.name)
      const keys = rows.map((row) => JSON.stringify(resource.schema.primaryKey.map((name) => row[name])))
      expect(resource.schema.primaryKey.every((name) => rows.every((row) => row[name] !== ''))).toBe(true)
      expect(new Set(keys).size, `${resource.name} primary key`).toBe(rows.length)
      for (const { fields, reference } of resource.schema.foreignKeys ?? []) {
        const where = `${resource.name}.${fields} -> ${reference.resource}.${reference.fields}`
        const target = byName.get(reference.resource)
        expect(target, where).toBeDefined()
        expect(fields.length, where).toBe(reference.fields.length)
        expect(resource.schema.fields.map((field) => field.name), where).toEqual(expect.arrayContaining(fields))
        expect(target!.schema.fields.map((field) => field.name), where).toEqual(expect.arrayContaining(reference.fields))
        const tuple = (row: Row, names: string[]) => JSON.stringify(names.map((name) => row[name]))
        const known = new Set(rowsOf(reference.resource).map((row) => tuple(row, reference.fields)))
        // As in Frictionless: a reference whose fields are all empty (null) is not checked.
        const dangling = rows.filter((row) => fields.some((name) => row[name] !== '') && !known.has(tuple(row, fields)))
        expect(dangling, where).toEqual([])
      }
    }
    // The declared keys include the references the dataset's own checks guarantee.
    const declared = resources().flatMap((r) => (r.schema.foreignKeys ?? []).map((fk) => `${r.name}.${fk.fields.join('+')}->${fk.reference.resource}.${fk.reference.fields.join('+')}`))
    expect(declared).toEqual(
      expect.arrayContaining([
        'status-periods.state->states.code',
        'status-periods.decided_at->summits.id',
        'documents.summit->summits.id',
        'participations.summit->summits.id',
      ]),
    )
  })

  it("sources.csv's record_type and record_id name a row of the table of that type", () => {
    const idColumn: Record<string, [string, string]> = {
      state: ['states', 'code'],
      'status-period': ['status-periods', 'id'],
      summit: ['summits', 'id'],
      document: ['documents', 'id'],
      participation: ['participations', 'id'],
      person: ['persons', 'id'],
      officeholder: ['officeholders', 'id'],
      chairmanship: ['chairmanships', 'id'],
      alternative: ['alternatives', 'id'],
    }
    const ids = new Map(Object.entries(idColumn).map(([type, [table, column]]) => [type, new Set(readTable(dir, table).rows.map((row) => row[column]))]))
    const dangling = readTable(dir, 'sources').rows.filter((row) => !ids.get(row.record_type!)?.has(row.record_id))
    expect(dangling).toEqual([])
  })

  it('a column whose values are all days, integers or booleans has that type; the others are text', () => {
    let checked = 0
    for (const resource of resources()) {
      const { rows } = readTable(dir, resource.name)
      for (const field of resource.schema.fields) {
        const present = rows.map((row) => row[field.name]!).filter((value) => value !== '')
        const where = `${resource.name}.${field.name}`
        // A column empty in every row (the notes of states) has nothing to say about its type.
        if (present.length === 0) continue
        checked += 1
        const looks = present.every((value) => /^\d{4}-\d{2}-\d{2}$/.test(value))
          ? ['date']
          : present.every((value) => /^\d+$/.test(value))
            ? // Codes with leading zeros (ISO numeric) are text, and say so.
              ['integer', 'year', ...(/leading zeros/.test(field.description) ? ['string'] : [])]
            : present.every((value) => value === 'true' || value === 'false')
              ? ['boolean']
              : ['string']
        expect(looks, where).toContain(field.type)
      }
    }
    expect(checked).toBeGreaterThan(60)
  })

  it('types, required columns and allowed values, as checked by hand', () => {
    const field = (table: string, name: string) => resources().find((r) => r.name === table)!.schema.fields.find((f) => f.name === name)!
    const required = (table: string) => resources().find((r) => r.name === table)!.schema.fields.filter((f) => f.constraints?.required).map((f) => f.name)
    expect(['start_date', 'end_date', 'number', 'documents_reported', 'body'].map((name) => field('summits', name).type)).toEqual(['date', 'date', 'integer', 'integer', 'string'])
    expect(['covers_from', 'signed', 'descriptive_title', 'date'].map((name) => field('documents', name).type)).toEqual(['year', 'boolean', 'boolean', 'date'])
    expect(field('sources', 'published').type).toBe('date')
    expect(required('summits')).toEqual(['id', 'body', 'start_date', 'end_date', 'host', 'format'])
    expect(required('documents')).toEqual(['id', 'title_en', 'kind', 'date'])
    expect(required('sources')).toEqual(['record_type', 'record_id', 'position', 'url', 'publisher', 'title', 'type'])
    expect(field('status-periods', 'status').constraints?.enum).toEqual(['member', 'observer', 'dialogue-partner', 'partner'])
    expect(field('participations', 'mode').constraints).toEqual({ enum: ['in-person', 'video'] })
  })

  it("a column holding a field is described as the shipped JSON Schema describes that field", () => {
    const property = (schema: string, ...path: string[]) => {
      let node = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'dist', 'json-schema', `${schema}.json`), 'utf8')) as { properties?: Record<string, unknown>; description?: string }
      for (const key of path) node = node.properties![key] as typeof node
      return node.description
    }
    const description = (table: string, name: string) => resources().find((r) => r.name === table)!.schema.fields.find((f) => f.name === name)!.description
    for (const [table, column, schema, path] of [
      ['summits', 'start_date', 'summit', ['startDate']],
      ['summits', 'notes', 'summit', ['notes']],
      ['documents', 'title_en', 'document', ['title', 'en']],
      ['documents', 'covers_to', 'document', ['covers', 'to']],
      ['participations', 'person_name', 'participation', ['personName']],
      ['status-periods', 'decided_at', 'status-period', ['decidedAt']],
      ['sources', 'url', 'source', ['url']],
      ['sources', 'copy_of', 'source', ['copyOf']],
    ] as const) {
      const expected = property(schema, ...path)
      expect(expected, `${schema}.${path.join('.')}`).toMatch(/\w{3}/)
      expect(description(table, column), `${table}.${column}`).toBe(expected)
    }
  })
})

describe('the command line writes the same tables', () => {
  const cli = (argv: string[]) => {
    let out = ''
    let err = ''
    expect(run(argv, { stdout: (text) => (out += text), stderr: (text) => (err += text) })).toBe(0)
    expect(err).toBe('')
    return out
  }

  it.each([
    [['summits'], 'summits'],
    [['documents'], 'documents'],
    [['officeholders'], 'officeholders'],
  ])('`sco-data %j --csv` prints exactly %s.csv', (argv, table) => {
    expect(cli([...argv, '--csv'])).toBe(readFileSync(join(dir, `${table}.csv`), 'utf8'))
  })

  it.each([
    [['members', '--on', '2024-07-04'], 'states'],
    [['status', 'IN'], 'status-periods'],
    [['attendance', 'IN'], 'participations'],
    [['chair', '--on', '2024-07-04'], 'chairmanships'],
  ])('`sco-data %j --csv` prints the header of %s.csv and some of its rows', (argv, table) => {
    const [header, ...rows] = readCsv(cli([...argv, '--csv']))
    const file = readCsv(readFileSync(join(dir, `${table}.csv`), 'utf8'))
    expect(header).toEqual(file[0])
    expect(rows.length).toBeGreaterThan(0)
    expect(file.slice(1)).toEqual(expect.arrayContaining(rows))
  })
})
