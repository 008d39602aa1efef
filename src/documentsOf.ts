import { documentsBySummit } from './data.js'
import type { Document } from './types.js'

/**
 * The documents adopted or signed at a summit, ordered by date and id, as a new array. Empty for a
 * summit with none listed, or an unknown id.
 *
 * @example
 * ```ts
 * import { documentsOf } from 'sco-data'
 *
 * documentsOf('2024-astana').length // 24
 * ```
 * @category Documents
 */
export function documentsOf(summitId: string): Document[] {
  return typeof summitId === 'string' ? [...(documentsBySummit().get(summitId) ?? [])] : []
}
