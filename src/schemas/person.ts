import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { StateCodeSchema } from './common.js'
import { notesField, sourcesField } from './record-fields.js'
import { inScript } from './scripts.js'

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
  en: z.string().trim().min(1).meta({ description: "The name in the English form the person's own government (or organisation) uses." }),
  ru: inScript('name', 'ru').optional().meta({ description: 'The name in Cyrillic as a cited Russian-language source writes it, where one does.' }),
  zh: inScript('name', 'zh').optional().meta({ description: 'The name in simplified Han characters (parts joined by ·) as a cited Chinese-language source writes it, where one does.' }),
})

/**
 * A person who headed a delegation or held an SCO office. Each field is described once, in its
 * `.meta({ description })`: the JSON Schema and the data-model guide show it.
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
    id: PersonIdSchema.meta({
      description:
        "Stable slug of the name in the English form the person's own government (or, for an official of an international organisation, that organisation) uses: `sushma-swaraj`.",
    }),
    name: PersonNameSchema.meta({
      description: 'The name in that English form, and in Russian and Chinese where a cited source in that language writes it.',
    }),
    aliases: z.array(z.string().trim().min(1)).meta({
      description: 'Every other spelling a cited source uses ("S. Swaraj", "S. Svaradzh"), never the English name itself. No two persons share a name or an alias.',
    }),
    state: StateCodeSchema.nullable().meta({
      description: 'The state the person served (alpha-2), or `null` for an official of an international organisation.',
    }),
    sources: sourcesField('The pages that establish who the person is and the office that ties each spelling to them.'),
    notes: notesField(),
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
