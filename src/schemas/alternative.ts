import { z } from 'zod'
import { SourcesSchema } from './source.js'

/** Fields no alternative may name: every record's sources and notes (its alternatives are added after). */
const neverAlternative = ['sources', 'notes']

type FieldOf<S extends z.ZodRawShape> = Extract<keyof S, string>

/** The fields of a record with shape `S` that an alternative may name. */
type AlternativeField<S extends z.ZodRawShape, E extends string> = Exclude<FieldOf<S>, 'sources' | 'notes' | 'alternatives' | E>

/**
 * The schema of one alternative for field `K` of a record with shape `S`:
 * `{ field: K, value: <that field's type>, sources, note? }`.
 *
 * @example
 * ```ts
 * import { SummitSchema, type AlternativeOption } from 'sco-data/schemas'
 *
 * type Count = AlternativeOption<typeof SummitSchema.shape, 'documentsReported'>
 * const other: Count['_zod']['output'] = { field: 'documentsReported', value: 20, sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }] }
 * other.value // 20
 * ```
 * @category Schemas
 */
export type AlternativeOption<S extends z.ZodRawShape, K extends FieldOf<S>> = z.ZodObject<
  {
    field: z.ZodLiteral<K>
    value: Extract<S[K] extends z.ZodOptional<infer T> ? T : S[K], z.core.$ZodType>
    sources: typeof SourcesSchema
    note: z.ZodOptional<z.ZodString>
  },
  z.core.$strict
>

/** The union of the options of every field an alternative may name. */
type Options<S extends z.ZodRawShape, E extends string> = { [K in AlternativeField<S, E>]: AlternativeOption<S, K> }[AlternativeField<S, E>]

/**
 * The `alternatives` of a record with fields `shape`: other values that cited sources give for one of
 * its fields, `{ field, value, sources, note? }`, the value of that field's own type. `excluded`
 * names fields that identify the record (its id), which no alternative may name.
 */
function alternativesOf<S extends z.ZodRawShape, E extends FieldOf<S>>(shape: S, excluded: readonly E[]) {
  const fields = (Object.keys(shape) as FieldOf<S>[]).filter((field) => !neverAlternative.includes(field) && !(excluded as readonly string[]).includes(field))
  const options = fields.map((field) => {
    const schema = shape[field]!
    // A classic zod schema, which has .meta(): the shape's type only promises a core one.
    const value = (schema instanceof z.ZodOptional ? schema.unwrap() : schema) as z.ZodType
    return z.strictObject({
      field: z.literal(field).meta({
        description: "One of the record's own fields (not `sources`, `notes`, nor the field that identifies the record), that sources give another value for.",
      }),
      value: value.meta({
        description: "The other value, of that field's own type; it differs from the record's.",
      }),
      sources: SourcesSchema.meta({ description: 'The pages that give it.' }),
      note: z.string().trim().min(1).optional().meta({ description: 'What a reader should know about it, where the sources alone do not say.' }),
    })
  }) as unknown as [Options<S, E>, ...Options<S, E>[]]
  return z.array(z.discriminatedUnion('field', options)).min(1, { error: 'leave alternatives out rather than empty' })
}

/**
 * The schema of one kind of record: strict (an unknown field is an error) and carrying optional
 * `alternatives`, each naming one of the record's fields (not those in `excluded`, nor `sources` or
 * `notes`) with a value of that field's type that differs from the record's own value.
 */
export function recordSchema<S extends z.ZodRawShape, E extends FieldOf<S>>(shape: S, excluded: readonly E[]) {
  return z
    .strictObject({
      ...shape,
      alternatives: alternativesOf(shape, excluded).optional().meta({
        description:
          "Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported.",
      }),
    })
    .superRefine((record, ctx) => {
      const own = record as Record<string, unknown>
      const alternatives = (own.alternatives ?? []) as { field: string; value: unknown }[]
      alternatives.forEach((alternative, index) => {
        if (JSON.stringify(alternative.value) === JSON.stringify(own[alternative.field] ?? null)) {
          ctx.addIssue({
            code: 'custom',
            path: ['alternatives', index, 'value'],
            message: `the alternative repeats the record's own ${alternative.field}: an alternative gives another value`,
          })
        }
      })
    })
}
