import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { documentKinds } from '../vocabulary.js'
import { IsoDateSchema, SummitIdSchema } from './common.js'
import { notesField, sourcesField } from './record-fields.js'
import { inScript } from './scripts.js'

/**
 * What kind of document it is. A decision approving a strategy is a `decision`: the kind is that of
 * the act adopted at the meeting.
 *
 * @example
 * ```ts
 * import { DocumentKindSchema } from 'sco-data/schemas'
 *
 * DocumentKindSchema.options.includes('declaration') // true
 * ```
 * @category Schemas
 */
export const DocumentKindSchema = z.enum(documentKinds)

/**
 * A document id: the summit id, a slash and a slug, such as `2024-astana/astana-declaration`.
 *
 * @example
 * ```ts
 * import { DocumentIdSchema } from 'sco-data/schemas'
 *
 * DocumentIdSchema.safeParse('2024-astana/astana-declaration').success // true
 * ```
 * @category Schemas
 */
export const DocumentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a document id such as "2024-astana/astana-declaration"',
  })

/**
 * A document's title: in English always, in Russian and Chinese where a source in that language
 * gives it.
 *
 * @example
 * ```ts
 * import { DocumentTitleSchema } from 'sco-data/schemas'
 *
 * DocumentTitleSchema.parse({ en: 'Astana Declaration' }).en // 'Astana Declaration'
 * ```
 * @category Schemas
 */
export const DocumentTitleSchema = z.strictObject({
  en: z.string().trim().min(1).meta({ description: 'The title as an English-language source gives it.' }),
  ru: inScript('title', 'ru').optional().meta({ description: 'The title in Cyrillic as a Russian-language source gives it, where one does (Latin letters only in an acronym such as COVID).' }),
  zh: inScript('title', 'zh').optional().meta({ description: 'The title in simplified Han characters as a Chinese-language source gives it, where one does (no Latin letters).' }),
})

/**
 * A document adopted or signed at a summit (or, rarely, outside one). Each field is described once,
 * in its `.meta({ description })`: the JSON Schema and the data-model guide show it.
 *
 * @example
 * ```ts
 * import { DocumentSchema } from 'sco-data/schemas'
 *
 * const result = DocumentSchema.safeParse({
 *   id: '2024-astana/astana-declaration', summit: '2024-astana', title: { en: 'Astana Declaration' },
 *   kind: 'manifesto', date: '2024-07-04', signed: true,
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * })
 * result.success // false: "manifesto" is not a kind
 * ```
 * @category Schemas
 */
export const DocumentSchema = recordSchema(
  {
    id: DocumentIdSchema.meta({
      description: "Stable id: `summitId/slug` (`2024-astana/astana-declaration`); it starts with its summit's id.",
    }),
    summit: SummitIdSchema.nullable().meta({
      description: 'The id of the summit that adopted it, or `null` for one adopted outside a summit.',
    }),
    title: DocumentTitleSchema.meta({
      description: 'Its title in English always, and in Russian and Chinese where a source in that language gives it.',
    }),
    descriptiveTitle: z.literal(true).optional().meta({
      description:
        "`true` when no source read gives the document's formal English title and `title.en` describes it instead (or translates a title from another language; `notes` says which); absent when `title.en` is the formal title as a source gives it.",
    }),
    kind: DocumentKindSchema.meta({ description: 'The kind of act.' }),
    date: IsoDateSchema.meta({ description: "The day it was adopted or signed; within its summit's days." }),
    signed: z.boolean().nullable().meta({
      description: '`true` if signed, `false` if adopted without signing, `null` where no source says.',
    }),
    covers: z
      .strictObject({
        from: z.int().min(1900).max(2200).nullable().meta({
          description: 'The first year covered, or `null` for a span that only has an end ("until 2030").',
        }),
        to: z.int().min(1900).max(2200).meta({ description: 'The last year covered; not before `from`.' }),
      })
      .optional()
      .meta({
        description: 'The years a programme, plan or strategy covers (`{ from: 2025, to: 2027 }`), where it has such a span.',
      }),
    sources: sourcesField(),
    notes: notesField(),
  },
  ['id'],
)
  .superRefine((document, ctx) => {
    if (document.covers && document.covers.to < (document.covers.from ?? document.covers.to)) {
      ctx.addIssue({
        code: 'custom',
        path: ['covers', 'to'],
        message: `covers.to (${document.covers.to}) is before covers.from (${document.covers.from})`,
      })
    }
    if (document.summit !== null && !document.id.startsWith(`${document.summit}/`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id "${document.id}" must start with its summit id "${document.summit}/"`,
      })
    }
  })
