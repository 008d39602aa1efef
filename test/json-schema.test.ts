/**
 * The JSON Schema the package ships (dist/json-schema/), tested for what it must say, against
 * oracles that owe nothing to the code that wrote it: the raw data/ files read as plain JSON (every
 * key a record uses is a property with a description; a field holding days is `format: "date"`
 * with a pattern that accepts every raw day and rejects impossible ones; URLs are `format: "uri"`;
 * ids and codes have a pattern that accepts every raw one and rejects a malformed one; `required`
 * lists the keys every raw record has), lists written by hand, and a second validator (Ajv) that
 * must accept every record and reject broken copies. Users validating with the JSON Schema must get
 * the answer the package gives.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { readWorkingData } from '../scripts/lib/raw-data.js'
import type { Dataset } from '../src/types.js'

const { dataset, problems } = loadData()
if (!dataset) throw new Error(`data/ does not load:\n${problems.join('\n')}`)

const dist = join(import.meta.dirname, '..', 'dist')
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Node

type Node = Record<string, unknown>

/** The shipped schemas, by file name, as users download them. */
const schemaNames = ['source', 'state', 'status-period', 'summit', 'document', 'participation', 'person', 'officeholder', 'chairmanship', 'dataset'] as const
const shipped = Object.fromEntries(schemaNames.map((name) => [name, readJson(join(dist, 'json-schema', `${name}.json`))])) as Record<(typeof schemaNames)[number], Node>

const ajv = new Ajv2020({ strict: true, allErrors: true })
// ajv-formats is CommonJS; its `default` property is the plugin itself under every loader.
addFormats.default(ajv)

const validators = {
  source: ajv.compile(shipped.source),
  state: ajv.compile(shipped.state),
  statusPeriod: ajv.compile(shipped['status-period']),
  summit: ajv.compile(shipped.summit),
  document: ajv.compile(shipped.document),
  participation: ajv.compile(shipped.participation),
  person: ajv.compile(shipped.person),
  officeholder: ajv.compile(shipped.officeholder),
  chairmanship: ajv.compile(shipped.chairmanship),
  dataset: ajv.compile(shipped.dataset),
}

/** The records of each kind with a label for failure messages, and the validator for the kind. */
function recordsOf(data: Dataset): { kind: string; label: string; record: unknown; validate: ValidateFunction }[] {
  return [
    ...data.states.map((r) => ({ kind: 'state', label: r.code, record: r, validate: validators.state })),
    ...data.statusPeriods.map((r) => ({ kind: 'status period', label: `${r.state} ${r.from}`, record: r, validate: validators.statusPeriod })),
    ...data.summits.map((r) => ({ kind: 'summit', label: r.id, record: r, validate: validators.summit })),
    ...data.documents.map((r) => ({ kind: 'document', label: r.id, record: r, validate: validators.document })),
    ...data.participations.map((r) => ({ kind: 'participation', label: `${r.summit} ${r.state ?? r.organisation}`, record: r, validate: validators.participation })),
    ...data.persons.map((r) => ({ kind: 'person', label: r.id, record: r, validate: validators.person })),
    ...data.officeholders.map((r) => ({ kind: 'officeholder', label: `${r.office} ${r.person}`, record: r, validate: validators.officeholder })),
    ...data.chairmanships.map((r) => ({ kind: 'chairmanship', label: `${r.state} ${r.from}`, record: r, validate: validators.chairmanship })),
  ]
}

/** `kind "label": /path message` for every record the validator rejects; empty when all pass. */
function failures(data: Dataset): string[] {
  return recordsOf(data).flatMap(({ kind, label, record, validate }) =>
    validate(record) ? [] : [`${kind} "${label}": ${ajv.errorsText(validate.errors)}`],
  )
}

const roundTripped = JSON.parse(JSON.stringify(dataset)) as Dataset

describe('the generated JSON Schema accepts every record of the dataset (Ajv, draft 2020-12, strict)', () => {
  it('holds records of every kind', () => {
    for (const records of Object.values(dataset)) expect(records.length).toBeGreaterThan(0)
    expect(recordsOf(dataset)).toHaveLength(Object.values(dataset).reduce((sum, records) => sum + records.length, 0))
  })

  it.each([
    ['as built by loadData()', dataset],
    ['after a JSON round-trip', roundTripped],
  ])('every record, %s', (_, data) => {
    expect(failures(data)).toEqual([])
  })

  it.each([
    ['as built by loadData()', dataset],
    ['after a JSON round-trip', roundTripped],
  ])('every source of every record, and the whole dataset, %s', (_, data) => {
    const sources = recordsOf(data).flatMap(({ record }) => (record as { sources: unknown[] }).sources)
    expect(sources.length).toBeGreaterThanOrEqual(recordsOf(data).length)
    expect(sources.filter((source) => !validators.source(source))).toEqual([])
    expect(validators.dataset(data), ajv.errorsText(validators.dataset.errors)).toBe(true)
  })
})

/** A deep copy of a real record that can be broken without touching the dataset. */
const copy = <T>(value: T): T & Record<string, unknown> => structuredClone(value) as T & Record<string, unknown>

/** Whether `validate` rejects `record` with an error of `keyword` at `path` (missing fields: at the parent). */
function rejection(validate: ValidateFunction, record: unknown): Pick<ErrorObject, 'keyword' | 'instancePath'>[] {
  expect(validate(record)).toBe(false)
  return (validate.errors ?? []).map(({ keyword, instancePath }) => ({ keyword, instancePath }))
}

describe('the generated JSON Schema rejects broken records', () => {
  const summit = dataset.summits.find((s) => s.number !== null)!
  const document = dataset.documents[0]!
  const period = dataset.statusPeriods[0]!
  const participation = dataset.participations[0]!

  it('the unbroken copies pass, so each rejection below is the breakage', () => {
    for (const [validate, record] of [
      [validators.summit, summit],
      [validators.document, document],
      [validators.statusPeriod, period],
      [validators.participation, participation],
    ] as const) {
      expect(validate(copy(record)), ajv.errorsText(validate.errors)).toBe(true)
    }
  })

  it('a value outside an enum', () => {
    expect(rejection(validators.summit, { ...copy(summit), body: 'council-of-everyone' })).toContainEqual({ keyword: 'enum', instancePath: '/body' })
    expect(rejection(validators.participation, { ...copy(participation), capacity: 'spectator' })).toContainEqual({
      keyword: 'enum',
      instancePath: '/capacity',
    })
  })

  it('a missing field', () => {
    const { kind: _, ...withoutKind } = copy(document)
    expect(rejection(validators.document, withoutKind)).toContainEqual({ keyword: 'required', instancePath: '' })
    expect(validators.document.errors?.find((e) => e.keyword === 'required')?.params).toEqual({ missingProperty: 'kind' })
  })

  it('a day in the wrong format, or one that does not exist', () => {
    for (const from of ['2024-7-4', '04/07/2024', '2023-02-29', '2024-07-04T00:00:00Z']) {
      expect(rejection(validators.statusPeriod, { ...copy(period), from }).map((e) => e.instancePath)).toContain('/from')
    }
    expect(rejection(validators.summit, { ...copy(summit), startDate: '2024-13-01' }).map((e) => e.instancePath)).toContain('/startDate')
  })

  it('a field of the wrong type, an unknown field, an empty source list, a bad URL', () => {
    expect(rejection(validators.summit, { ...copy(summit), number: String(summit.number) })).toContainEqual({
      keyword: 'type',
      instancePath: '/number',
    })
    expect(rejection(validators.document, { ...copy(document), adopted: true })).toContainEqual({ keyword: 'additionalProperties', instancePath: '' })
    expect(rejection(validators.participation, { ...copy(participation), sources: [] })).toContainEqual({ keyword: 'minItems', instancePath: '/sources' })
    const badUrl = { ...copy(period), sources: [{ ...period.sources[0]!, url: 'not a url' }] }
    expect(rejection(validators.statusPeriod, badUrl)).toContainEqual({ keyword: 'format', instancePath: '/sources/0/url' })
  })
})

describe('the shipped files, as users download them', () => {
  const shippedData = new Ajv2020({ strict: true, allErrors: true })
  addFormats.default(shippedData)
  const dataFiles = { dataset: 'dataset', states: 'state', 'status-periods': 'status-period', summits: 'summit', documents: 'document', participations: 'participation', persons: 'person', officeholders: 'officeholder', chairmanships: 'chairmanship' } as const

  it('dist/json-schema holds one schema per kind of record, one for a source and one for the whole dataset', () => {
    expect(readdirSync(join(dist, 'json-schema')).sort()).toEqual(schemaNames.map((name) => `${name}.json`).sort())
    for (const name of schemaNames) {
      expect(shipped[name].$id).toBe(`https://unpkg.com/sco-data/dist/json-schema/${name}.json`)
      expect(shipped[name].$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    }
  })

  it.each(Object.entries(dataFiles))('dist/data/%s.json is valid against its shipped JSON Schema', (file, schema) => {
    const validate = shippedData.getSchema(`https://unpkg.com/sco-data/dist/json-schema/${schema}.json`) ?? shippedData.compile(shipped[schema])
    const data = JSON.parse(readFileSync(join(dist, 'data', `${file}.json`), 'utf8')) as unknown
    const records: unknown[] = schema === 'dataset' ? [data] : (data as unknown[])
    expect(records.length).toBeGreaterThan(0)
    expect(records.filter((record) => !validate(record)).length).toBe(0)
  })

  it('every file in dist/data is covered', () => {
    expect(readdirSync(join(dist, 'data')).sort()).toEqual(Object.keys(dataFiles).map((n) => `${n}.json`).sort())
  })
})

/** The branches a value may take: the node itself, or each of its `anyOf`/`oneOf` (nullable fields, alternatives). */
const branches = (node: Node): Node[] => {
  const options = (node.anyOf ?? node.oneOf) as Node[] | undefined
  return options ? options.flatMap(branches) : [node]
}

const propertyOf = (branch: Node, key: string): Node[] => {
  const found = (branch.properties as Record<string, Node> | undefined)?.[key]
  return found ? [found] : []
}
const itemsOf = (branch: Node): Node[] => (branch.items ? [branch.items as Node] : [])

/** The schemas of a property at `path` (`sources[].url`, `title.en`), in every branch that has it. */
function schemasAt(root: Node, path: string): Node[] {
  let nodes = [root]
  for (const step of path.split('.')) {
    const [key = '', ...arrays] = step.split('[]')
    if (key !== '') nodes = nodes.flatMap((node) => branches(node).flatMap((branch) => propertyOf(branch, key)))
    for (const _ of arrays) nodes = nodes.flatMap((node) => branches(node).flatMap(itemsOf))
  }
  return nodes
}

/** The one branch of a field's schema that is not `null`. */
function nonNull(node: Node): Node {
  const [only, ...more] = branches(node).filter((branch) => branch.type !== 'null')
  expect(more).toEqual([])
  return only!
}

/** Every property of every object in a JSON Schema, with its path, however deeply nested. */
function allProperties(node: unknown, path = ''): { path: string; schema: Node }[] {
  if (Array.isArray(node)) return node.flatMap((item) => allProperties(item, path))
  if (node === null || typeof node !== 'object') return []
  const own = Object.entries(((node as Node).properties as Record<string, Node> | undefined) ?? {}).map(([key, schema]) => ({ path: path ? `${path}.${key}` : key, schema }))
  const nested = Object.entries(node as Node).flatMap(([key, value]) => (key === 'properties' ? Object.entries(value as Record<string, Node>).flatMap(([name, schema]) => allProperties(schema, path ? `${path}.${name}` : name)) : allProperties(value, key === 'items' ? `${path}[]` : path)))
  return [...own, ...nested]
}

/** The raw records of each kind, straight from data/ (plain JSON.parse), and the schema file for the kind. */
const raw = readWorkingData()
const kinds = [
  ['states', 'state'],
  ['statusPeriods', 'status-period'],
  ['summits', 'summit'],
  ['documents', 'document'],
  ['participations', 'participation'],
  ['persons', 'person'],
  ['officeholders', 'officeholder'],
  ['chairmanships', 'chairmanship'],
] as const

/** What the raw records of a kind hold: each key path's values, and the key sets of the objects at each object path. */
function rawShape(records: readonly Record<string, unknown>[]) {
  const values = new Map<string, unknown[]>()
  const objects = new Map<string, Set<string>[]>()
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, `${path}[]`))
    if (value === null || typeof value !== 'object') return
    objects.set(path, [...(objects.get(path) ?? []), new Set(Object.keys(value))])
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key
      values.set(at, [...(values.get(at) ?? []), inner])
      visit(inner, at)
    }
  }
  records.forEach((record) => visit(record, ''))
  return { values, objects }
}

type RawRecord = Record<string, unknown>

/** Every source in data/, of records and of their alternatives. */
const rawSources = Object.values(raw)
  .flat()
  .flatMap((record) => [...(record.sources as RawRecord[]), ...((record.alternatives as { sources: RawRecord[] }[] | undefined) ?? []).flatMap((alternative) => alternative.sources)])

/**
 * What is checked against the raw data: the records of each kind with the kind's schema as shipped
 * alone and as the dataset schema holds it; and every source with source.json.
 */
const subjects: { label: string; records: readonly RawRecord[]; schemas: (readonly [string, Node])[] }[] = [
  ...kinds.map(([collection, name]) => ({
    label: collection,
    records: raw[collection],
    schemas: [[`${name}.json`, shipped[name]] as const, [`dataset.json ${collection}`, (shipped.dataset.properties as Record<string, Node>)[collection]!.items as Node] as const],
  })),
  { label: 'sources', records: rawSources, schemas: [['source.json', shipped.source] as const] },
]

const isDay = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\//.test(value)

describe('the shipped JSON Schema says what the raw data needs', () => {
  it('the raw data holds records of every kind, days, URLs and alternatives to check against', () => {
    for (const [collection] of kinds) expect(raw[collection].length, collection).toBeGreaterThan(0)
    const summits = rawShape(raw.summits).values
    expect(summits.get('startDate')!.every(isDay)).toBe(true)
    expect(summits.get('sources[].url')!.every(isUrl)).toBe(true)
    expect(summits.get('alternatives[].field')!.length).toBeGreaterThan(0)
  })

  it('every property of every shipped schema has a description', () => {
    for (const name of schemaNames) {
      const properties = allProperties(shipped[name])
      expect(properties.length, name).toBeGreaterThan(5)
      expect(properties.filter(({ schema }) => typeof schema.description !== 'string' || schema.description.trim().length < 10).map(({ path }) => `${name}: ${path}`)).toEqual([])
    }
  })

  it.each(subjects)('every key a raw record of $label uses, nested keys included, is a described property', ({ records, schemas }) => {
    const { values } = rawShape(records)
    for (const [where, root] of schemas) {
      for (const path of values.keys()) {
        const found = schemasAt(root, path)
        expect(found.length, `${where}: ${path}`).toBeGreaterThan(0)
        for (const schema of found) expect(String(schema.description ?? '').length, `${where}: ${path} has no description`).toBeGreaterThan(10)
      }
    }
  })

  it.each(subjects)('a field of $label holding days is format "date", with a pattern that takes every raw day and no impossible one', ({ records, schemas }) => {
    const { values } = rawShape(records)
    const dayPaths = [...values].filter(([path, found]) => !path.startsWith('alternatives[].value') && found.some(isDay)).map(([path]) => path)
    expect(dayPaths.length).toBeGreaterThan(0)
    for (const [where, root] of schemas) {
      for (const path of dayPaths) {
        for (const schema of schemasAt(root, path).map(nonNull)) {
          expect(schema, `${where}: ${path}`).toMatchObject({ type: 'string', format: 'date' })
          const pattern = new RegExp(schema.pattern as string)
          expect(values.get(path)!.filter((day) => day !== null && !pattern.test(day as string)), `${where}: ${path}`).toEqual([])
          for (const wrong of ['2023-02-29', '2024-02-30', '2100-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-7-4', '04/07/2024', '2024-07-04T00:00:00Z']) {
            expect(pattern.test(wrong), `${where}: ${path} accepts ${wrong}`).toBe(false)
          }
          for (const right of ['2024-02-29', '2000-02-29', '1996-04-26']) expect(pattern.test(right), `${where}: ${path} rejects ${right}`).toBe(true)
        }
      }
    }
  })

  it('the day fields are the ones a reader expects (checked by hand)', () => {
    const days = (collection: (typeof kinds)[number][0]) =>
      [...rawShape(raw[collection]).values].filter(([path, found]) => !path.startsWith('alternatives[]') && found.some(isDay)).map(([path]) => path).sort()
    expect(days('summits')).toEqual(['endDate', 'sources[].published', 'startDate'])
    expect(days('statusPeriods')).toEqual(['from', 'sources[].published', 'to'])
    expect(days('documents')).toEqual(['date', 'sources[].published'])
    expect(days('officeholders')).toEqual(['from', 'sources[].published', 'to'])
  })

  it.each(kinds)('an alternative of a day in a raw %s record is a day by the schema of its field', (collection, name) => {
    const alternatives = raw[collection].flatMap((record) => (record.alternatives as { field: string; value: unknown }[] | undefined) ?? []).filter((a) => isDay(a.value))
    for (const alternative of alternatives) {
      const option = branches(schemasAt(shipped[name], 'alternatives[]')[0]!).find((branch) => (branch.properties as Record<string, Node>).field!.const === alternative.field)
      expect(option, alternative.field).toBeDefined()
      const value = nonNull((option!.properties as Record<string, Node>).value!)
      expect(value).toMatchObject({ format: 'date' })
      expect(new RegExp(value.pattern as string).test(alternative.value as string)).toBe(true)
    }
  })

  it.each(subjects)('a field of $label holding URLs is format "uri"', ({ records, schemas }) => {
    const { values } = rawShape(records)
    const urlPaths = [...values].filter(([, found]) => found.every(isUrl)).map(([path]) => path)
    expect(urlPaths.filter((path) => path.endsWith('url')).length).toBeGreaterThan(0)
    for (const [where, root] of schemas) {
      for (const path of urlPaths) for (const schema of schemasAt(root, path)) expect(schema, `${where}: ${path}`).toMatchObject({ type: 'string', format: 'uri' })
    }
  })

  // Each id or code, and a malformed one the pattern must reject.
  const idFields: [(typeof kinds)[number][0], (typeof kinds)[number][1], string, string][] = [
    ['states', 'state', 'code', 'kz'],
    ['states', 'state', 'iso3', 'KZ'],
    ['statusPeriods', 'status-period', 'state', 'IND'],
    ['statusPeriods', 'status-period', 'decidedAt', 'Astana 2017'],
    ['summits', 'summit', 'id', 'astana-2024'],
    ['summits', 'summit', 'host', 'Kz'],
    ['summits', 'summit', 'chair', 'KAZ'],
    ['documents', 'document', 'id', '2024-astana astana-declaration'],
    ['documents', 'document', 'summit', '2024_astana'],
    ['participations', 'participation', 'summit', 'astana'],
    ['participations', 'participation', 'state', 'in'],
    ['participations', 'participation', 'person', 'Sushma Swaraj'],
    ['persons', 'person', 'id', 'sushma_swaraj'],
    ['persons', 'person', 'state', 'I1'],
    ['officeholders', 'officeholder', 'person', 'Vladimir Norov'],
    ['officeholders', 'officeholder', 'appointedAt', '2018 qingdao'],
    ['chairmanships', 'chairmanship', 'state', 'kg'],
  ]
  it.each(idFields)('%s: the pattern of %s.%s takes every raw value and rejects %j', (collection, name, field, malformed) => {
    const rawValues = raw[collection].map((record) => record[field]).filter((value) => value !== null)
    expect(rawValues.length).toBeGreaterThan(0)
    for (const [where, root] of subjects.find((subject) => subject.label === collection)!.schemas) {
      const [schema, ...more] = schemasAt(root, field)
      expect(more).toEqual([])
      const pattern = new RegExp(nonNull(schema!).pattern as string)
      expect(rawValues.filter((value) => !pattern.test(value as string)), where).toEqual([])
      expect(pattern.test(malformed), `${where} accepts ${malformed}`).toBe(false)
    }
  })

  // Keys optional by design that every raw object happens to have: a source's language, an alternative's note,
  // and a city's Russian and Chinese names (a language no source gives is left out).
  const optionalByDesign = (path: string, key: string) => ['language', 'note'].includes(key) || (path.endsWith('cityNames') && ['ru', 'zh'].includes(key))
  it.each(subjects)('`required` of every object of $label lists exactly the keys every raw one has', ({ records, schemas }) => {
    const { objects } = rawShape(records)
    for (const [where, root] of schemas) {
      for (const [path, keySets] of objects) {
        if (path.startsWith('alternatives[].value')) continue
        const everywhere = [...keySets[0]!].filter((key) => keySets.every((keys) => keys.has(key)) && !optionalByDesign(path, key))
        const nodes = path === '' ? [root] : schemasAt(root, path)
        expect(nodes.length, `${where}: ${path}`).toBeGreaterThan(0)
        for (const node of nodes.flatMap(branches).filter((branch) => branch.type === 'object')) {
          expect([...((node.required as string[] | undefined) ?? [])].sort(), `${where}: ${path || 'the record'}`).toEqual(everywhere.sort())
        }
      }
    }
  })

  it('`required` as checked by hand', () => {
    expect(shipped.summit.required).toEqual(['id', 'body', 'number', 'startDate', 'endDate', 'city', 'host', 'chair', 'format', 'documentsReported', 'sources', 'notes'])
    expect(shipped.source.required).toEqual(['url', 'publisher', 'title', 'type'])
    expect(schemasAt(shipped.document, 'title')[0]!.required).toEqual(['en'])
    expect(shipped.officeholder.required).toEqual(['office', 'person', 'from', 'to', 'serving', 'appointedAt', 'sources', 'notes'])
    expect(shipped.dataset.required).toEqual(['states', 'statusPeriods', 'summits', 'documents', 'participations', 'persons', 'officeholders', 'chairmanships'])
  })
})
