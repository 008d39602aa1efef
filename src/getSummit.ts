import { summitById } from './data.js'
import type { SummitId } from './generated/ids.js'
import { checkId } from './state-code.js'
import type { Summit } from './types.js'

/**
 * The summit with this id, or `undefined` when there is none. A known id, written as a literal,
 * gets a non-optional type; {@link isSummitId} narrows a string you read at run time.
 *
 * @throws `TypeError` when `id` is not a string.
 * @example
 * ```ts
 * import { getSummit } from 'sco-data'
 *
 * getSummit('2024-astana').city // 'Astana'
 * getSummit('1999-atlantis') // undefined
 * // Where sources disagree, the other values they give are alternatives:
 * getSummit('2025-tianjin').alternatives?.filter((a) => a.field === 'documentsReported').map((a) => a.value) // [24, 20]
 * ```
 * @category Summits
 */
export function getSummit(id: SummitId): Summit
export function getSummit(id: string): Summit | undefined
export function getSummit(id: string): Summit | undefined {
  checkId(id, 'id', '2024-astana')
  return summitById().get(id)
}
