/**
 * Folds text for matching: Unicode compatibility forms, no diacritics (so "é" matches "e" and "ё"
 * matches "е"), lower case, runs of white space as one space, and the dots that join the parts of a
 * foreign name in Chinese (`・`, `•`, `‧`) as the middle dot `·` that Xinhua writes.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[・•‧∙]/gu, '·')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
}
