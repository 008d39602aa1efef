/**
 * `npm run types`: writes the bodies of the record interfaces in src/types.ts from the Zod schemas,
 * each field with the schema's `.meta({ description })` as its TSDoc. The schemas stay the one
 * definition; src/types.ts holds plain, named, read-only interfaces that cost a user's compiler
 * little and need no zod. Only what lies between an interface's braces (and the right-hand side of
 * each `…Alternative` union) is written: the documentation above each declaration is the editors'.
 * test/record-types.test.ts fails when src/types.ts is not what this writes, and
 * test/record-types.check.ts holds the interfaces equal to the schemas' output types.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  ChairmanshipSchema,
  CityNamesSchema,
  DatasetSchema,
  DocumentSchema,
  DocumentTitleSchema,
  OfficeholderSchema,
  ParticipationSchema,
  PersonNameSchema,
  PersonSchema,
  SourceSchema,
  StateSchema,
  StatusPeriodSchema,
  SummitSchema,
} from '../src/schemas.js'
import { bodies, capacities, documentKinds, offices, sourceTypes, statuses } from '../src/vocabulary.js'
import { root } from './lib/load-data.js'

/** The interfaces written, each from its schema, in the order src/types.ts declares them. */
export const recordInterfaces = {
  Source: SourceSchema,
  State: StateSchema,
  StatusPeriod: StatusPeriodSchema,
  CityNames: CityNamesSchema,
  Summit: SummitSchema,
  DocumentTitle: DocumentTitleSchema,
  Document: DocumentSchema,
  Participation: ParticipationSchema,
  PersonName: PersonNameSchema,
  Person: PersonSchema,
  Officeholder: OfficeholderSchema,
  Chairmanship: ChairmanshipSchema,
  Dataset: DatasetSchema,
} as const

type InterfaceName = keyof typeof recordInterfaces

/** Named types for the values of closed vocabularies, matched by their values. */
const vocabularies: [string, readonly string[]][] = [
  ['Body', bodies],
  ['Status', statuses],
  ['DocumentKind', documentKinds],
  ['Capacity', capacities],
  ['Office', offices],
  ['SourceType', sourceTypes],
]

/** Fields whose objects have an interface of their own, by the interface that holds them. */
const namedFields: Partial<Record<InterfaceName, Record<string, InterfaceName>>> = {
  Summit: { cityNames: 'CityNames' },
  Document: { title: 'DocumentTitle' },
  Person: { name: 'PersonName' },
}

const def = (schema: z.core.$ZodType) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>

/** The schema inside optional and nullable wrappers, and whether there were any. */
function unwrap(schema: z.core.$ZodType): { inner: z.core.$ZodType; optional: boolean; nullable: boolean } {
  let optional = false
  let nullable = false
  let inner = schema
  for (;;) {
    const d = def(inner)
    if (d.type === 'optional') optional = true
    else if (d.type === 'nullable') nullable = true
    else return { inner, optional, nullable }
    inner = d.innerType as z.core.$ZodType
  }
}

/** The TypeScript type of `schema`'s output, read-only, with the named types above where they apply. */
function typeOf(schema: z.core.$ZodType, owner: InterfaceName | undefined, field: string | undefined): string {
  const { inner, nullable } = unwrap(schema)
  const named = owner && field ? namedFields[owner]?.[field] : undefined
  const base = named ?? bareType(inner, owner, field)
  return nullable ? `${base} | null` : base
}

function bareType(schema: z.core.$ZodType, owner: InterfaceName | undefined, field: string | undefined): string {
  const d = def(schema)
  switch (d.type) {
    case 'string':
      return 'string'
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'literal':
      return (d.values as unknown[]).map((value) => JSON.stringify(value)).join(' | ')
    case 'enum': {
      const values = Object.values(d.entries as Record<string, string>)
      const vocabulary = vocabularies.find(([, list]) => list.length === values.length && list.every((value, i) => value === values[i]))
      return vocabulary ? vocabulary[0] : values.map((value) => JSON.stringify(value)).join(' | ')
    }
    case 'array': {
      if (field === 'sources') return 'readonly Source[]'
      if (field === 'alternatives' && owner) return `readonly ${owner}Alternative[]`
      const element = typeOf(d.element as z.core.$ZodType, owner, undefined)
      return `readonly ${/[|&]/.test(element) ? `(${element})` : element}[]`
    }
    case 'object':
      return `{ ${Object.entries(d.shape as Record<string, z.core.$ZodType>)
        .map(([key, value]) => `${member(key, value, owner, undefined)}`)
        .join('; ')} }`
    default:
      throw new TypeError(`scripts/record-types.ts: no TypeScript type for a "${d.type}" schema${owner ? ` in ${owner}.${field}` : ''}`)
  }
}

/** `readonly name?: type`, for one field of an object. */
function member(key: string, schema: z.core.$ZodType, owner: InterfaceName | undefined, ofInterface: InterfaceName | undefined): string {
  const { optional } = unwrap(schema)
  const collection = ofInterface === 'Dataset' ? datasetElement(key) : undefined
  return `readonly ${key}${optional ? '?' : ''}: ${collection ?? typeOf(schema, owner ?? ofInterface, key)}`
}

/** The record interface each collection of the dataset holds. */
function datasetElement(key: string): string {
  const byCollection: Record<string, string> = {
    states: 'State',
    statusPeriods: 'StatusPeriod',
    summits: 'Summit',
    documents: 'Document',
    participations: 'Participation',
    persons: 'Person',
    officeholders: 'Officeholder',
    chairmanships: 'Chairmanship',
  }
  const element = byCollection[key]
  if (!element) throw new RangeError(`scripts/record-types.ts: the dataset's "${key}" collection has no record interface`)
  return `readonly ${element}[]`
}

/** A TSDoc comment, indented, from a description written as Markdown. */
function doc(description: string | undefined, indent: string, where: string): string {
  if (!description) throw new RangeError(`${where} has no description: give it one with .meta({ description })`)
  return `${indent}/** ${description.replaceAll('*/', '*\\/')} */\n`
}

/** The object schema of an interface: records are objects with checks. */
function shapeOf(schema: z.core.$ZodType): Record<string, z.core.$ZodType> {
  const d = def(schema)
  if (d.type !== 'object') throw new TypeError(`expected an object schema, got "${d.type}"`)
  return d.shape as Record<string, z.core.$ZodType>
}

/** The members of interface `name`, one per field, each with its description. */
export function interfaceBody(name: InterfaceName): string {
  return Object.entries(shapeOf(recordInterfaces[name]))
    .map(([key, schema]) => `${doc(z.globalRegistry.get(schema)?.description, '  ', `${name}.${key}`)}  ${member(key, schema, name, name)}\n`)
    .join('')
}

/** The options of a record's alternatives: which field, and the type of its other value. */
export function alternativeOptions(name: InterfaceName): string {
  const alternatives = shapeOf(recordInterfaces[name]).alternatives
  if (!alternatives) throw new RangeError(`${name} has no alternatives`)
  const union = def(unwrap(alternatives).inner).element as z.core.$ZodType
  const options = def(union).options as z.core.$ZodType[]
  return options
    .map((option) => {
      const shape = shapeOf(option)
      const field = (def(shape.field!).values as string[])[0]!
      return `  | Alternative<${JSON.stringify(field)}, ${typeOf(shape.value!, name, field)}>`
    })
    .join('\n')
}

/** The members of `Alternative<F, V>`, from the fields every alternative shares. */
export function alternativeBody(): string {
  const alternatives = shapeOf(SummitSchema).alternatives!
  const option = (def(def(unwrap(alternatives).inner).element as z.core.$ZodType).options as z.core.$ZodType[])[0]!
  const shape = shapeOf(option)
  const types: Record<string, string> = { field: 'F', value: 'V', sources: 'readonly Source[]', note: 'string' }
  return Object.entries(shape)
    .map(([key, schema]) => `${doc(z.globalRegistry.get(schema)?.description, '  ', `Alternative.${key}`)}  readonly ${key}${unwrap(schema).optional ? '?' : ''}: ${types[key]}\n`)
    .join('')
}

/** src/types.ts with every generated part written anew from the schemas. */
export function writeRecordTypes(text: string): string {
  let out = text.replace(/^(export interface (\w+)(<[^>]*>)? \{\n)([\s\S]*?)(^\})/gm, (whole, head: string, name: string, generic: string | undefined, _body, close: string) => {
    if (name === 'Alternative' && generic) return `${head}${alternativeBody()}${close}`
    if (!(name in recordInterfaces)) return whole
    return `${head}${interfaceBody(name as InterfaceName)}${close}`
  })
  out = out.replace(/^(export type (\w+)Alternative =\n)((?: {2}\|.*\n)*)/gm, (_whole, head: string, name: string) => `${head}${alternativeOptions(name as InterfaceName)}\n`)
  return out
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const path = join(root, 'src', 'types.ts')
  const before = readFileSync(path, 'utf8')
  const after = writeRecordTypes(before)
  writeFileSync(path, after)
  console.log(before === after ? 'src/types.ts is up to date' : 'src/types.ts written from the schemas')
}
