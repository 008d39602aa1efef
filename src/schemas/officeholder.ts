import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { offices } from '../vocabulary.js'
import { IsoDateSchema, SummitIdSchema, checkDayRange } from './common.js'
import { PersonIdSchema } from './person.js'
import { notesField, sourcesField } from './record-fields.js'

/**
 * An SCO office: `secretary-general` or `rats-director` (see `offices`).
 *
 * @example
 * ```ts
 * import { OfficeSchema } from 'sco-data/schemas'
 *
 * OfficeSchema.parse('rats-director') // 'rats-director'
 * ```
 * @category Schemas
 */
export const OfficeSchema = z.enum(offices)

/**
 * One term of one SCO office. Each field is described once, in its `.meta({ description })`: the
 * JSON Schema and the data-model guide show it.
 *
 * Where a source gives only a month or a year, `from` is the first day and `to` the last day of that
 * month or year, and `notes` says so (status periods follow the same convention).
 *
 * @example
 * ```ts
 * import { OfficeholderSchema } from 'sco-data/schemas'
 *
 * const result = OfficeholderSchema.safeParse({
 *   office: 'secretary-general', person: 'vladimir-norov', from: '2019-01-01', to: '2018-12-31',
 *   serving: false, appointedAt: '2018-qingdao',
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * })
 * result.success // false: the term ends before it begins
 * ```
 * @category Schemas
 */
export const OfficeholderSchema = recordSchema(
  {
    office: OfficeSchema.meta({ description: '`secretary-general`, or `rats-director` for the Director of the RATS Executive Committee.' }),
    person: PersonIdSchema.meta({ description: "The holder's person id." }),
    from: IsoDateSchema.nullable().meta({ description: 'The first day of the term, or `null` where no source gives it.' }),
    to: IsoDateSchema.nullable().meta({
      description: 'The last day of the term; `null` while serving, or where no source gives it (then `serving` is `false` and `notes` says so).',
    }),
    serving: z.boolean().meta({ description: '`true` for the current holder only.' }),
    appointedAt: SummitIdSchema.nullable().meta({
      description: 'The id of the summit whose Council of Heads of State decided the appointment, or `null` where no source names it.',
    }),
    sources: sourcesField(),
    notes: notesField(),
  },
  ['office'],
)
  .superRefine((term, ctx) => {
    checkDayRange(term, ctx)
    if (term.serving && term.to !== null) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'a term still being served has no last day: expected null' })
    }
  })
