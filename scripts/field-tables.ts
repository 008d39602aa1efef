/**
 * Writes the field tables of docs/guides/data-model.md from the schemas, between marker comments,
 * so the guide says what the schemas' `.meta({ description })` say and never goes stale: the build
 * runs `tsx scripts/field-tables.ts`, and `--check` only compares (a test runs it).
 *
 * Each table lists a record's fields in the schema's order, with a type read from the schema and
 * the field's description; a field holding an object (a document's `title`) gets a table of its own
 * below.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import {
  BodySchema,
  CapacitySchema,
  DocumentIdSchema,
  DocumentKindSchema,
  IsoDateSchema,
  NotesSchema,
  OfficeSchema,
  PersonIdSchema,
  SourcesSchema,
  StateCodeSchema,
  StatusSchema,
  SummitIdSchema,
} from '../src/schemas.js'
import type { TableSchema } from '../src/csv/tables.js'
import { root } from './lib/load-data.js'
import { describedSchemas, objectIn, schemaField, unwrapped } from './lib/schema-fields.js'
import type { Reporter } from './timeline.js'

/** The guide the tables are written into. */
export const guideFile = join(root, 'docs', 'guides', 'data-model.md')

/** The schemas with a name of their own in the guide, shown as the type of the fields that use them. */
const named = new Map<z.core.$ZodType, string>([
  [IsoDateSchema, 'day'],
  [StateCodeSchema, 'alpha-2 code'],
  [SummitIdSchema, 'summit id'],
  [DocumentIdSchema, 'document id'],
  [PersonIdSchema, 'person id'],
  [StatusSchema, 'Status'],
  [BodySchema, 'Body'],
  [CapacitySchema, 'Capacity'],
  [DocumentKindSchema, 'DocumentKind'],
  [OfficeSchema, 'Office'],
  [SourcesSchema, 'Source[]'],
  [NotesSchema, 'string'],
])

/** The guide's sections with a field table, and the schema each describes. */
const sections: readonly { marker: string; schema: TableSchema }[] = [
  { marker: 'Source', schema: 'source' },
  { marker: 'State', schema: 'state' },
  { marker: 'StatusPeriod', schema: 'status-period' },
  { marker: 'Summit', schema: 'summit' },
  { marker: 'Document', schema: 'document' },
  { marker: 'Participation', schema: 'participation' },
  { marker: 'Person', schema: 'person' },
  { marker: 'Officeholder', schema: 'officeholder' },
  { marker: 'Chairmanship', schema: 'chairmanship' },
  { marker: 'Alternative', schema: 'alternative' },
]

/** The schema `schema` was made from by `.meta()`, `.nullable()` or `.optional()` that has a name in the guide. */
function nameOf(schema: z.core.$ZodType): string | undefined {
  for (let at: z.core.$ZodType | undefined = schema; at !== undefined; at = at._zod.parent) {
    const name = named.get(at) ?? named.get(unwrapped(at).schema)
    if (name !== undefined) return name
  }
  return undefined
}

/** `a`, `a or b`, `a, b or c`. */
const either = (values: readonly string[]) => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`)

/** A field's type as the guide writes it: `day or \`null\``, `{ en, ru?, zh? }`, `Source[]`, `string, optional`. */
function typeOf(schema: z.core.$ZodType): string {
  const { schema: leaf, optional, nullable } = unwrapped(schema)
  const alternatives = leaf instanceof z.ZodEnum ? (leaf.options as string[]).map((value) => `\`${value}\``) : undefined
  let type: string
  if (alternatives && nameOf(leaf) === undefined) return `${either([...alternatives, ...(nullable ? ['`null`'] : [])])}${optional ? ', optional' : ''}`
  if (nameOf(schema) !== undefined) type = nameOf(schema)!
  else if (leaf instanceof z.ZodObject) {
    const keys = Object.entries(leaf.shape).map(([key, field]) => `${key}${unwrapped(field).optional ? '?' : ''}`)
    type = `\`{ ${keys.join(', ')} }\``
  } else if (leaf instanceof z.ZodArray) type = leaf.element instanceof z.ZodDiscriminatedUnion ? 'Alternative[]' : `${typeOf(leaf.element)}[]`
  else if (leaf instanceof z.ZodLiteral) type = leaf.values.size === 1 && leaf.value === true ? '`true`' : 'string'
  else if (['string', 'boolean'].includes(leaf._zod.def.type)) type = leaf._zod.def.type
  // Every number in the data is an integer (a count, an ordinal, a year).
  else if (leaf._zod.def.type === 'number') type = 'integer'
  else throw new TypeError(`field-tables: no type name for a ${leaf._zod.def.type} schema`)
  return `${type}${nullable ? ' or `null`' : ''}${optional ? ', optional' : ''}`
}

/** What an alternative's `field` and `value` are, which no schema of one field can say. */
const alternativeTypes: Record<string, string> = { field: 'string', value: "that field's type" }

/** The Markdown table of the fields of `object`, and a table below for each field holding an object. */
function fieldTable(object: z.ZodObject, section: TableSchema): string {
  const rows = Object.keys(object.shape).map((key) => {
    const { schema, description } = schemaField(object, key)
    const type = section === 'alternative' ? (alternativeTypes[key] ?? typeOf(schema)) : typeOf(schema)
    return `| \`${key}\` | ${type} | ${description.replaceAll('|', '\\|')} |`
  })
  const nested = Object.entries(object.shape).flatMap(([key, field]) => {
    const inner = unwrapped(field).schema
    return inner instanceof z.ZodObject ? [`\n\nThe fields of \`${key}\`:\n\n${fieldTable(inner, section)}`] : []
  })
  return ['| field | type | meaning |', '| --- | --- | --- |', ...rows].join('\n') + nested.join('')
}

const start = (marker: string) => `<!-- fields:${marker}:start (generated by scripts/field-tables.ts from the schemas; do not edit) -->`
const end = (marker: string) => `<!-- fields:${marker}:end -->`

/** `guide` with every field table rewritten from the schemas. Throws when a section's markers are missing. */
export function withFieldTables(guide: string): string {
  return sections.reduce((text, { marker, schema }) => {
    const from = text.indexOf(start(marker))
    const to = text.indexOf(end(marker))
    if (from < 0 || to < from) throw new Error(`field-tables: the guide has no markers for ${marker}`)
    return `${text.slice(0, from + start(marker).length)}\n\n${fieldTable(objectIn(describedSchemas[schema]), schema)}\n\n${text.slice(to)}`
  }, guide)
}

/** Rewrites `file`'s field tables, or with `--check` only compares; returns the exit code. */
export function runFieldTables(args: readonly string[], file = guideFile, report: Reporter = console): number {
  const shown = relative(root, file)
  const guide = readFileSync(file, 'utf8')
  const updated = withFieldTables(guide)
  if (args.includes('--check')) {
    if (updated !== guide) {
      report.error(`${shown}: the field tables are stale: run \`tsx scripts/field-tables.ts\``)
      return 1
    }
    report.log(`${shown}: the field tables are up to date`)
    return 0
  }
  if (updated !== guide) writeFileSync(file, updated)
  report.log(`${shown}: field tables written`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runFieldTables(process.argv.slice(2))
}
