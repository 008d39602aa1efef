import { documentById } from './data.js'
import type { DocumentId } from './generated/ids.js'

/**
 * Whether `value` is the id of a document in the dataset: narrows a string read at run time to
 * {@link DocumentId}.
 *
 * @example
 * ```ts
 * import { getDocument, isDocumentId } from 'sco-data'
 *
 * const id: string = '2024-astana/astana-declaration'
 * const kind = isDocumentId(id) ? getDocument(id).kind : null
 * kind // 'declaration'
 * isDocumentId('2024-astana/nothing') // false
 * ```
 * @category Documents
 */
export function isDocumentId(value: unknown): value is DocumentId {
  // A Map lookup of anything that is not one of its string keys finds nothing.
  return (documentById() as ReadonlyMap<unknown, unknown>).has(value)
}
