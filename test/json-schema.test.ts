/**
 * A second, independent validator: the JSON Schema that scripts/emit-static.ts generates from the
 * Zod schemas, run by Ajv over every record. If the generated schema and the Zod schemas drift
 * apart (a field Zod accepts that the JSON Schema rejects, or the reverse for broken records),
 * users validating with the JSON Schema would get a different answer than the package.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { jsonSchemaOf, shippedDataFiles, shippedSchemas } from '../scripts/lib/json-schemas.js'
import { loadData } from '../scripts/lib/load-data.js'
import type { Dataset } from '../src/types.js'

const { dataset, problems } = loadData()
if (!dataset) throw new Error(`data/ does not load:\n${problems.join('\n')}`)

const ajv = new Ajv2020({ strict: true, allErrors: true })
// ajv-formats is CommonJS; its `default` property is the plugin itself under every loader.
addFormats.default(ajv)

// Exactly what scripts/emit-static.ts writes to dist/json-schema/.
const validators = {
  source: ajv.compile(jsonSchemaOf('source')),
  state: ajv.compile(jsonSchemaOf('state')),
  statusPeriod: ajv.compile(jsonSchemaOf('status-period')),
  summit: ajv.compile(jsonSchemaOf('summit')),
  document: ajv.compile(jsonSchemaOf('document')),
  participation: ajv.compile(jsonSchemaOf('participation')),
  person: ajv.compile(jsonSchemaOf('person')),
  officeholder: ajv.compile(jsonSchemaOf('officeholder')),
  chairmanship: ajv.compile(jsonSchemaOf('chairmanship')),
  dataset: ajv.compile(jsonSchemaOf('dataset')),
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
  const dist = join(import.meta.dirname, '..', 'dist')
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'))
  const shipped = new Ajv2020({ strict: true, allErrors: true })
  addFormats.default(shipped)

  it('dist/json-schema holds exactly the generated schemas', () => {
    expect(readdirSync(join(dist, 'json-schema')).sort()).toEqual(Object.keys(shippedSchemas).map((n) => `${n}.json`).sort())
    for (const name of Object.keys(shippedSchemas) as (keyof typeof shippedSchemas)[]) {
      expect(read(join(dist, 'json-schema', `${name}.json`))).toEqual(jsonSchemaOf(name))
    }
  })

  it.each(Object.entries(shippedDataFiles))('dist/data/%s.json is valid against its shipped JSON Schema', (file, { schema, array }) => {
    const validate = shipped.getSchema(`https://unpkg.com/sco-data/dist/json-schema/${schema}.json`) ??
      shipped.compile(read(join(dist, 'json-schema', `${schema}.json`)))
    const data = read(join(dist, 'data', `${file}.json`))
    const records: unknown[] = array ? data : [data]
    expect(records.length).toBeGreaterThan(0)
    const failures = records.filter((record) => !validate(record)).length
    expect(failures).toBe(0)
  })

  it('every file in dist/data is covered', () => {
    expect(readdirSync(join(dist, 'data')).sort()).toEqual(Object.keys(shippedDataFiles).map((n) => `${n}.json`).sort())
  })
})

