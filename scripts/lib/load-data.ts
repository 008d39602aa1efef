/**
 * Reads the human-edited files under data/ and assembles the dataset, checking each file with the
 * schemas and then the whole with DatasetSchema. Every problem is reported with its file, the id of
 * the record and the field, so a curator can go straight to it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { z } from 'zod'
import { ChairmanshipSchema, DatasetSchema, DocumentSchema, IsoDateSchema, OfficeholderSchema, PersonSchema, ParticipationSchema, StateSchema, StatusPeriodSchema, SummitSchema } from '../../src/schemas.js'
import type { DatasetInput } from '../../src/input-types.js'
import { offices } from '../../src/vocabulary.js'
import { recordIdOf, recordIds } from '../../src/record-ids.js'
import type { Dataset } from '../../src/types.js'

export const root = join(import.meta.dirname, '..', '..')
export const dataDir = join(root, 'data')

const StatesFileSchema = z.strictObject({
  states: z.array(StateSchema),
  statusPeriods: z.array(StatusPeriodSchema),
})

/** The files under data/ that each hold one collection of records, as `{ "<key>": [ ... ] }`. */
const collectionFiles = [
  { file: 'persons.json', key: 'persons', schema: PersonSchema },
  { file: 'officeholders.json', key: 'officeholders', schema: OfficeholderSchema },
  { file: 'chairmanships.json', key: 'chairmanships', schema: ChairmanshipSchema },
] as const

const SummitFileSchema = z
  .strictObject({
    summit: SummitSchema,
    documents: z.array(DocumentSchema),
    participants: z.array(ParticipationSchema),
  })
  .superRefine((file, ctx) => {
    file.documents.forEach((document, index) => {
      if (document.summit !== file.summit.id) {
        ctx.addIssue({ code: 'custom', path: ['documents', index, 'summit'], message: `expected "${file.summit.id}", the summit of this file` })
      }
    })
    file.participants.forEach((participation, index) => {
      if (participation.summit !== file.summit.id) {
        ctx.addIssue({ code: 'custom', path: ['participants', index, 'summit'], message: `expected "${file.summit.id}", the summit of this file` })
      }
    })
  })

/** data/meta.json: facts about the dataset as a whole. */
const MetaFileSchema = z.strictObject({
  /** The day up to which the data was checked against sources; bumped with each data release. */
  dataAsOf: IsoDateSchema,
})

/** data/meta.json, checked; `problems` gets a line for each thing wrong with it. */
export function loadMeta(dir: string, problems: string[]): z.infer<typeof MetaFileSchema> | undefined {
  const path = join(dir, 'meta.json')
  const raw = readJson(path, problems)
  if (raw === undefined) return undefined
  const parsed = MetaFileSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  problems.push(...parsed.error.issues.map((issue) => `${relative(root, path)} › file › ${issue.path.map(String).join('.')}: ${issue.message}`))
  return undefined
}

/** The days the data speaks of, with what holds each: none may come after `dataAsOf`. */
function daysAfter(dataset: DatasetInput, dataAsOf: string): string[] {
  const late: string[] = []
  const check = (day: string | null | undefined, what: string) => {
    if (day && day > dataAsOf) late.push(`${what} is ${day}, after dataAsOf (${dataAsOf}): check the data up to that day and bump dataAsOf`)
  }
  for (const summit of dataset.summits) check(summit.endDate, `${describeRecord(summit, 'summits')} endDate`)
  for (const period of dataset.statusPeriods) check(period.from, `${describeRecord(period, 'statusPeriods')} from`)
  for (const document of dataset.documents) check(document.date, `${describeRecord(document, 'documents')} date`)
  const collections = [dataset.states, dataset.statusPeriods, dataset.summits, dataset.documents, dataset.participations]
  for (const source of collections.flat().flatMap((record) => record.sources)) check(source.published, `source ${source.url} published`)
  return [...new Set(late)]
}

/** Where a record of the assembled dataset came from. */
interface Origin {
  file: string
  label: string
}

export interface LoadResult {
  dataset: Dataset | undefined
  problems: string[]
}

type Path = readonly PropertyKey[]

/**
 * A record as the validator names it: its type and its id (src/record-ids.ts), `status period
 * "IN/2017-06-09"`; the type alone for a record too broken to name.
 */
function describeRecord(record: unknown, collection: keyof Dataset): string {
  const type = recordIds[collection].type.replace('-', ' ')
  if (record === null || typeof record !== 'object') return type
  try {
    return `${type} "${recordIdOf(collection, record as never)}"`
  } catch {
    // A field the id is built from has the wrong type (an organisation that is not text).
    return type
  }
}

/** The collection the records under each key of a data file belong to. */
const collectionOfKey: Record<string, keyof Dataset> = {
  states: 'states',
  statusPeriods: 'statusPeriods',
  summit: 'summits',
  documents: 'documents',
  participants: 'participations',
  persons: 'persons',
  officeholders: 'officeholders',
  chairmanships: 'chairmanships',
}

/** `file › record "id" › field.path: message` for one issue in one file's data. */
function formatIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const path: Path = issue.path
  const [top, second] = path
  let record: unknown = data
  let rest: Path = path
  let label = 'file'
  const collection = typeof top === 'string' ? collectionOfKey[top] : undefined
  if (typeof top === 'string' && collection) {
    if (typeof second === 'number') {
      record = (data as Record<string, unknown[]>)[top]?.[second]
      rest = path.slice(2)
    } else {
      record = (data as Record<string, unknown>)[top]
      rest = path.slice(1)
    }
    label = describeRecord(record, collection)
  }
  const field = rest.length > 0 ? rest.map(String).join('.') : '(record)'
  return `${file} › ${label} › ${field}: ${issue.message}`
}

function readJson(path: string, problems: string[]): unknown {
  const file = relative(root, path)
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    problems.push(`${file} › file › (json): ${(error as Error).message}`)
    return undefined
  }
}

/** Loads and checks every data file; `dataset` is undefined when any problem was found. */
export function loadData(dir = dataDir): LoadResult {
  const problems: string[] = []
  const dataset: DatasetInput = {
    states: [], statusPeriods: [], summits: [], documents: [], participations: [], persons: [], officeholders: [], chairmanships: [],
  }
  const origins: Record<keyof Dataset, Origin[]> = {
    states: [], statusPeriods: [], summits: [], documents: [], participations: [], persons: [], officeholders: [], chairmanships: [],
  }

  for (const { file: name, key, schema } of collectionFiles) {
    const path = join(dir, name)
    const file = relative(root, path)
    const raw = readJson(path, problems)
    if (raw === undefined) continue
    const parsed = z.strictObject({ [key]: z.array(schema) }).safeParse(raw)
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => formatIssue(file, raw, issue)))
      continue
    }
    for (const record of parsed.data[key] as unknown[]) {
      ;(dataset[key] as unknown[]).push(record)
      origins[key].push({ file, label: describeRecord(record, key) })
    }
  }

  const statesPath = join(dir, 'states.json')
  const statesFile = relative(root, statesPath)
  const statesRaw = readJson(statesPath, problems)
  if (statesRaw !== undefined) {
    const parsed = StatesFileSchema.safeParse(statesRaw)
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => formatIssue(statesFile, statesRaw, issue)))
    else {
      for (const state of parsed.data.states) {
        dataset.states.push(state)
        origins.states.push({ file: statesFile, label: describeRecord(state, 'states') })
      }
      for (const period of parsed.data.statusPeriods) {
        dataset.statusPeriods.push(period)
        origins.statusPeriods.push({ file: statesFile, label: describeRecord(period, 'statusPeriods') })
      }
    }
  }

  const summitsDir = join(dir, 'summits')
  const summitFiles = readdirSync(summitsDir).filter((name) => name.endsWith('.json')).sort()
  for (const name of summitFiles) {
    const path = join(summitsDir, name)
    const file = relative(root, path)
    const raw = readJson(path, problems)
    if (raw === undefined) continue
    const parsed = SummitFileSchema.safeParse(raw)
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => formatIssue(file, raw, issue)))
      continue
    }
    const { summit, documents, participants } = parsed.data
    if (basename(name, '.json') !== summit.id) {
      problems.push(`${file} › summit "${summit.id}" › id: the file must be named ${summit.id}.json`)
    }
    dataset.summits.push(summit)
    origins.summits.push({ file, label: describeRecord(summit, 'summits') })
    for (const document of documents) {
      dataset.documents.push(document)
      origins.documents.push({ file, label: describeRecord(document, 'documents') })
    }
    for (const participation of participants) {
      dataset.participations.push(participation)
      origins.participations.push({ file, label: describeRecord(participation, 'participations') })
    }
  }

  const meta = loadMeta(dir, problems)
  if (meta) problems.push(...daysAfter(dataset, meta.dataAsOf).map((line) => `${relative(root, join(dir, 'meta.json'))} › dataAsOf: ${line}`))

  if (problems.length > 0) return { dataset: undefined, problems }

  const whole = DatasetSchema.safeParse(dataset)
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const [key, index, ...rest] = issue.path
      const origin = origins[key as keyof Dataset]?.[index as number]
      const field = rest.length > 0 ? rest.map(String).join('.') : '(record)'
      problems.push(origin ? `${origin.file} › ${origin.label} › ${field}: ${issue.message}` : `dataset › ${issue.path.map(String).join('.')}: ${issue.message}`)
    }
    return { dataset: undefined, problems }
  }
  return { dataset: sortDataset(whole.data), problems }
}

/**
 * The dataset for a script: exits non-zero, listing every problem, when data/ does not validate,
 * so no script ever builds from bad data.
 */
export function loadDataOrExit(dir = dataDir): Dataset {
  const { dataset, problems } = loadData(dir)
  if (!dataset) {
    console.error(`data/ has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`)
    process.exit(1)
  }
  return dataset
}

/** The order the package ships: chronological, ties broken by id so builds are reproducible. */
/** Orders text by UTF-16 code units, the same on every machine and locale, for reproducible builds. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export function sortDataset(dataset: Dataset): Dataset {
  const startOf = new Map(dataset.summits.map((summit) => [summit.id, summit.startDate]))
  return {
    states: [...dataset.states].sort((a, b) => byText(a.code, b.code)),
    statusPeriods: [...dataset.statusPeriods].sort((a, b) => byText(a.state, b.state) || byText(a.from, b.from)),
    summits: [...dataset.summits].sort((a, b) => byText(a.startDate, b.startDate) || byText(a.id, b.id)),
    documents: [...dataset.documents].sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id)),
    participations: [...dataset.participations].sort(
      (a, b) => byText(startOf.get(a.summit) ?? '', startOf.get(b.summit) ?? '') || byText(a.summit, b.summit),
    ),
    persons: [...dataset.persons].sort((a, b) => byText(a.id, b.id)),
    // Terms keep the file's order within an office (chronological; a term's start may be unknown).
    officeholders: [...dataset.officeholders].sort((a, b) => offices.indexOf(a.office) - offices.indexOf(b.office)),
    chairmanships: [...dataset.chairmanships].sort((a, b) => byText(a.from, b.from)),
  }
}
