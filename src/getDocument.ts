import { documentById } from './data.js'
import type { DocumentId } from './generated/ids.js'
import { checkId } from './state-code.js'
import type { Document } from './types.js'

/**
 * The document with this id, or `undefined` when there is none. {@link isDocumentId} narrows a
 * string you read at run time to a known id.
 *
 * @throws `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getDocument } from 'sco-data'
 *
 * getDocument('2024-astana/astana-declaration').kind // 'declaration'
 * getDocument('2024-astana/no-such-document') // undefined
 * ```
 * @category Documents
 */
export function getDocument(id: DocumentId): Document
export function getDocument(id: string): Document | undefined
export function getDocument(id: string): Document | undefined {
  checkId(id, 'id', '2024-astana/astana-declaration')
  return documentById().get(id)
}
