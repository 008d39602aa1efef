import { z } from 'zod'
import { sourceTypes } from '../vocabulary.js'
import { IsoDateSchema } from './common.js'

/**
 * Where a fact comes from: a page a curator read. Every record in the dataset carries at least one.
 * A `copy` names the original publisher in `copyOf`, and only a copy has one. Each field is
 * described once, in its `.meta({ description })`: the JSON Schema and the data-model guide show it.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'sco-data/schemas'
 *
 * const source = SourceSchema.parse({
 *   url: 'https://tass.com/politics/1811359',
 *   publisher: 'TASS',
 *   title: 'Twenty-four documents to be adopted at SCO summit in Astana',
 *   type: 'news',
 * })
 * source.publisher // 'TASS'
 * SourceSchema.safeParse({ ...source, type: 'blog' }).success // false
 * ```
 * @category Schemas
 */
export const SourceSchema = z
  .strictObject({
    url: z
      .url({
        protocol: /^https?$/,
        // A public host: a domain name or an IPv4 address (some mirrors of agency pages have no name).
        hostname: new RegExp(`${z.regexes.domain.source}|${z.regexes.ipv4.source}`),
        error: 'expected an absolute http(s) URL',
      })
      // JSON Schema's "uri" format, which non-JS users validate with, admits only ASCII: so do we.
      // (A refinement, not .regex(), so the emitted JSON Schema keeps its "format": "uri".)
      .refine((url) => /^[\x21-\x7E]+$/.test(url), { error: 'expected an ASCII URL: percent-encode other characters' })
      .meta({ description: 'The absolute `http:` or `https:` address of the page (https wherever the site serves it).' }),
    publisher: z
      .string()
      .trim()
      .min(1)
      .meta({ description: 'Who published the page: `Kremlin`, `TASS`, `Xinhua`, a foreign ministry…' }),
    title: z
      .string()
      .trim()
      .min(1)
      .meta({ description: "The page's headline or title as the publisher gives it (see `descriptiveTitle`)." }),
    descriptiveTitle: z.literal(true).optional().meta({
      description: "`true` when the curators did not see the page's own headline and `title` describes the page instead; absent when `title` is the headline.",
    }),
    published: IsoDateSchema.optional().meta({ description: 'The day the page was published, where known.' }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as "en" or "ru"' })
      .optional()
      .meta({ description: "The page's language as a BCP 47 tag (`en`, `ru`, `zh`), where known." }),
    type: z.enum(sourceTypes).meta({
      description:
        "What kind of publisher: `official` (the SCO, a government, a parliament, the UN), `news` (a news agency or newspaper), `reference` (an encyclopedia or document collection) or `copy` (a repost of another publisher's text).",
    }),
    copyOf: z.string().trim().min(1).optional().meta({ description: 'For a `copy`: the publisher of the original text; only a copy has one.' }),
  })
  .superRefine((source, ctx) => {
    if (source.copyOf !== undefined && source.type !== 'copy') {
      ctx.addIssue({ code: 'custom', path: ['copyOf'], message: 'copyOf goes only with type "copy"' })
    }
    if (source.type === 'copy' && source.copyOf === undefined) {
      ctx.addIssue({ code: 'custom', path: ['copyOf'], message: 'a copy names the publisher of the original in copyOf' })
    }
  })

/**
 * A non-empty list of sources, no URL cited twice.
 *
 * @example
 * ```ts
 * import { SourcesSchema } from 'sco-data/schemas'
 *
 * SourcesSchema.safeParse([]).success // false: every record needs a source
 * ```
 * @category Schemas
 */
export const SourcesSchema = z
  .array(SourceSchema)
  .min(1, { error: 'expected at least one source' })
  .superRefine((sources, ctx) => {
    const seen = new Set<string>()
    sources.forEach((source, index) => {
      if (seen.has(source.url)) {
        ctx.addIssue({ code: 'custom', path: [index, 'url'], message: `the URL ${source.url} is cited twice` })
      }
      seen.add(source.url)
    })
  })
