/**
 * Folds text for matching: Unicode compatibility forms, no diacritics (so "é" matches "e" and "ё"
 * matches "е"), lower case, runs of white space as one space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
}
