/**
 * The fields of the Zod schemas as the generated documents describe them: each field's description
 * (written once, with `.meta({ description })` in src/schemas), whether it may be absent or null,
 * and its allowed values. datapackage.json (scripts/emit-csv.ts) and the data-model guide's field
 * tables (scripts/field-tables.ts) read them here.
 */
import { z } from 'zod'
import { SummitSchema } from '../../src/schemas.js'
import type { TableSchema } from '../../src/csv/tables.js'
import { shippedSchemas } from './json-schemas.js'

/** A field's schema without the optional and nullable wrappers, and whether there were any. */
export function unwrapped(schema: z.core.$ZodType): { schema: z.core.$ZodType; optional: boolean; nullable: boolean } {
  let optional = false
  let nullable = false
  let inner = schema
  for (;;) {
    if (inner instanceof z.ZodOptional) optional = true
    else if (inner instanceof z.ZodNullable) nullable = true
    else return { schema: inner, optional, nullable }
    inner = inner.unwrap()
  }
}

/**
 * The object schema that `schema` holds: itself, or what an optional, nullable, array or union
 * (its first option: a record's alternatives all have the same fields) wraps.
 */
export function objectIn(schema: z.core.$ZodType): z.ZodObject {
  const inner = unwrapped(schema).schema
  if (inner instanceof z.ZodObject) return inner
  if (inner instanceof z.ZodArray) return objectIn(inner.element)
  if (inner instanceof z.ZodDiscriminatedUnion) return objectIn(inner.options[0]!)
  throw new TypeError(`expected an object schema, got ${inner._zod.def.type}`)
}

/** The schemas the CSV tables' field columns and the guide's tables describe, by name. */
export const describedSchemas: Record<TableSchema, z.ZodObject> = {
  source: objectIn(shippedSchemas.source),
  state: objectIn(shippedSchemas.state),
  'status-period': objectIn(shippedSchemas['status-period']),
  summit: objectIn(shippedSchemas.summit),
  document: objectIn(shippedSchemas.document),
  participation: objectIn(shippedSchemas.participation),
  person: objectIn(shippedSchemas.person),
  officeholder: objectIn(shippedSchemas.officeholder),
  chairmanship: objectIn(shippedSchemas.chairmanship),
  alternative: objectIn(SummitSchema.shape.alternatives),
}

/** One field of a schema, as documents describe it. */
export interface SchemaField {
  /** The field's schema as the object holds it (wrappers and all). */
  schema: z.core.$ZodType
  description: string
  /** Never absent nor null, nor inside an object that may be. */
  required: boolean
  /** The values allowed, for an enum. */
  enum?: readonly string[]
}

/**
 * The field of `object` at `path` (`title.en`). Throws when there is no such field, or when it has
 * no description: every field is described.
 */
export function schemaField(object: z.ZodObject, path: string): SchemaField {
  let required = true
  let schema: z.core.$ZodType = object
  for (const [index, part] of path.split('.').entries()) {
    if (index > 0) required &&= isRequired(schema)
    const field = objectIn(schema).shape[part]
    if (field === undefined) throw new RangeError(`no field ${JSON.stringify(path)}: ${JSON.stringify(part)} is not in the schema`)
    schema = field
  }
  const description = z.globalRegistry.get(schema)?.description
  if (!description) throw new RangeError(`the field ${JSON.stringify(path)} has no description: give it one with .meta({ description })`)
  const leaf = unwrapped(schema).schema
  return { schema, description, required: required && isRequired(schema), ...(leaf instanceof z.ZodEnum ? { enum: leaf.options as string[] } : {}) }
}

const isRequired = (schema: z.core.$ZodType) => {
  const { optional, nullable } = unwrapped(schema)
  return !optional && !nullable
}
