import { documentsBySummit } from './data.js'
import { checkSummitId } from './known-summit.js'
import type { Document } from './types.js'

/**
 * The documents adopted or signed at a summit, ordered by date and id, as a new array. Like every
 * `…Of` accessor it tells a summit with nothing listed (an empty array) from an id the dataset does
 * not know (a `RangeError` that suggests the nearest id).
 *
 * @throws `RangeError` when no summit has this id.
 * @throws `TypeError` when the id is not a string.
 * @example
 * ```ts
 * import { documentsOf } from 'sco-data'
 *
 * documentsOf('2024-astana').length // 24
 * documentsOf('2010-dushanbe-hog') // []
 * // documentsOf('2024-astanaa') throws RangeError: summitId: no summit has the id "2024-astanaa" (did you mean "2024-astana"?)
 * ```
 * @category Documents
 */
export function documentsOf(summitId: string): Document[] {
  checkSummitId(summitId, 'summitId')
  return [...(documentsBySummit().get(summitId) ?? [])]
}
