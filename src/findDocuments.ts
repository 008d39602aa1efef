import { documents } from './documents.js'
import { normalizeText } from './normalize-text.js'
import { documentKinds } from './vocabulary.js'
import { checkOptions, describe, didYouMean } from './describe.js'
import { checkSummitId } from './known-summit.js'
import { toIsoDay, type DateInput } from './to-iso-day.js'
import type { Document, DocumentKind } from './types.js'

/**
 * Filters for {@link findDocuments}. Every filter given must match; none given returns every document.
 *
 * @example
 * ```ts
 * import { findDocuments, type DocumentQuery } from 'sco-data'
 *
 * const query: DocumentQuery = { kind: 'declaration', from: '2024-07-04', to: '2024-07-04' }
 * findDocuments(query).map((document) => document.id) // ['2024-astana/astana-declaration']
 * ```
 * @category Documents
 */
export interface DocumentQuery {
  /** Only documents of this kind. */
  kind?: DocumentKind
  /** Only documents of the summit with this id (an id the dataset does not know is a `RangeError`). */
  summit?: string
  /** Only documents dated on or after this day. */
  from?: DateInput
  /** Only documents dated on or before this day. */
  to?: DateInput
  /**
   * Only documents whose title, in any language present, contains this text; case, diacritics and
   * runs of white space are ignored.
   */
  text?: string
}

const kinds: ReadonlySet<string> = new Set(documentKinds)
const queryKeys = ['kind', 'summit', 'from', 'to', 'text'] as const satisfies readonly (keyof DocumentQuery)[]

let searchableTitles: Map<Document, string> | undefined

/** Each document's titles folded for matching, built on the first text search only. */
function titlesFor(document: Document): string {
  searchableTitles ??= new Map(
    documents.map((d) => [d, [d.title.en, d.title.ru, d.title.zh].filter(Boolean).map((t) => normalizeText(t!)).join('\n')]),
  )
  return searchableTitles.get(document)!
}

/**
 * The documents that match every filter given, ordered by date and id, as a new array.
 * A range that reaches past {@link dataAsOf} finds only what the data holds up to that day: a
 * later document is not in it yet (`to > dataAsOf` tells such a range apart).
 *
 * @throws `TypeError` when `query` is not an object or has a key other than those of
 *   {@link DocumentQuery} (the message names it and lists them), or a value has the wrong type.
 * @throws `RangeError` for an unknown `kind` or `summit`, or a `from`/`to` that is not a real day.
 * @example
 * ```ts
 * import { findDocuments } from 'sco-data'
 *
 * findDocuments({ text: 'ANTI-DRUG STRATEGY', summit: '2024-astana' }).length > 0 // true
 * findDocuments({ text: 'астанинская декларация', from: '2024-01-01' }).map((document) => document.id) // ['2024-astana/astana-declaration']
 * // findDocuments({ title: 'terrorism' }) throws TypeError: query: unknown key "title"; the keys are kind, summit, from, to, text
 * ```
 * @category Documents
 */
export function findDocuments(query: DocumentQuery = {}): Document[] {
  checkOptions(query, 'query', queryKeys)
  const { kind, summit, text } = query
  if (kind !== undefined && !kinds.has(kind)) {
    if (typeof kind !== 'string') throw new TypeError(`kind: expected one of ${documentKinds.join(', ')}, got ${describe(kind)}`)
    throw new RangeError(`kind: expected one of ${documentKinds.join(', ')}, got ${describe(kind)}${didYouMean(kind, documentKinds)}`)
  }
  if (summit !== undefined) checkSummitId(summit, 'summit')
  if (text !== undefined && typeof text !== 'string') {
    throw new TypeError(`text: expected a string, got ${describe(text)}`)
  }
  const from = query.from === undefined ? undefined : toIsoDay(query.from, 'from')
  const to = query.to === undefined ? undefined : toIsoDay(query.to, 'to')
  const needle = text === undefined ? undefined : normalizeText(text)
  return documents.filter(
    (document) =>
      (kind === undefined || document.kind === kind) &&
      (summit === undefined || document.summit === summit) &&
      (from === undefined || document.date >= from) &&
      (to === undefined || document.date <= to) &&
      (needle === undefined || titlesFor(document).includes(needle)),
  )
}
