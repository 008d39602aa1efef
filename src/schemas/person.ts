import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { NotesSchema, StateCodeSchema } from './common.js'
import { SourcesSchema } from './source.js'

/**
 * A person's id: a slug of the name in the English form the person's own government (or, for an
 * official of an international organisation, that organisation) uses, such as `sushma-swaraj`.
 *
 * @example
 * ```ts
 * import { PersonIdSchema } from 'sco-data/schemas'
 *
 * PersonIdSchema.parse('sushma-swaraj') // 'sushma-swaraj'
 * PersonIdSchema.safeParse('Sushma Swaraj').success // false
 * ```
 * @category Schemas
 */
export const PersonIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a person id such as "sushma-swaraj": lower-case ASCII words joined by hyphens',
})

/**
 * A person's name: in English always (the form their own government uses), in Russian and Chinese
 * where a cited source in that language writes it.
 *
 * @example
 * ```ts
 * import { PersonNameSchema } from 'sco-data/schemas'
 *
 * PersonNameSchema.parse({ en: 'Vladimir Putin', ru: 'Владимир Путин' }).ru // 'Владимир Путин'
 * ```
 * @category Schemas
 */
export const PersonNameSchema = z.strictObject({
  /** The name in the English form the person's own government uses. */
  en: z.string().trim().min(1),
  /** The name as a cited Russian-language source writes it. */
  ru: z.string().trim().min(1).optional(),
  /** The name as a cited Chinese-language source writes it. */
  zh: z.string().trim().min(1).optional(),
})

/**
 * A person who headed a delegation or held an SCO office.
 *
 * - `id`: stable slug of the English name (see {@link PersonIdSchema}).
 * - `name`: `{ en, ru?, zh? }`.
 * - `aliases`: every other spelling a cited source uses ("S. Svaradzh", "S. Swaraj"); never the
 *   English name itself.
 * - `state`: the state they served (alpha-2), or `null` for an official of an international organisation.
 * - `sources`, `notes`: as on every record; the sources establish who the person is and the office
 *   that ties each spelling to them.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'sco-data/schemas'
 *
 * const result = PersonSchema.safeParse({
 *   id: 'sushma-swaraj', name: { en: 'Sushma Swaraj' }, aliases: ['Sushma Swaraj'], state: 'IN',
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * })
 * result.success // false: an alias repeats the English name
 * ```
 * @category Schemas
 */
export const PersonSchema = recordSchema(
  {
    /** Stable slug of the English name, such as `sushma-swaraj`. */
    id: PersonIdSchema,
    /** The name in English, and in Russian and Chinese where a cited source writes it. */
    name: PersonNameSchema,
    /** Every other spelling a cited source uses, such as `S. Svaradzh`. */
    aliases: z.array(z.string().trim().min(1)),
    /** The state the person served (alpha-2), or `null` for an official of an international organisation. */
    state: StateCodeSchema.nullable(),
    /** The pages this record rests on. */
    sources: SourcesSchema,
    /** Curators' remarks, or `null`. */
    notes: NotesSchema,
  },
  ['id'],
)
  .superRefine((person, ctx) => {
    const seen = new Set<string>([person.name.en])
    person.aliases.forEach((alias, index) => {
      if (seen.has(alias)) {
        ctx.addIssue({ code: 'custom', path: ['aliases', index], message: `"${alias}" is the name or another alias already` })
      }
      seen.add(alias)
    })
  })
