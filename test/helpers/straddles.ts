import { normalizeText } from '../../src/normalize-text.js'

/**
 * Every text of one record's `texts` (already folded with normalizeText) that runs across two of
 * them: the last three characters of one and the first three of the next. A search that matches
 * within one text finds it only where some single text holds it.
 */
export function straddles(texts: readonly string[]): string[] {
  return texts
    .slice(1)
    .map((text, i) => texts[i]!.slice(-3) + text.slice(0, 3))
    .filter((needle) => normalizeText(needle) === needle)
}
