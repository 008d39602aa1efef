import { summitById } from './data.js'
import type { SummitId } from './generated/ids.js'
import type { Summit } from './types.js'

/**
 * The summit with this id, or `undefined` when there is none (for any value that is not a known id,
 * strings and non-strings alike). A known id, written as a literal, gets a non-optional type.
 *
 * @example
 * ```ts
 * import { getSummit } from 'sco-data'
 *
 * getSummit('2024-astana').city // 'Astana'
 * getSummit('1999-atlantis') // undefined
 * ```
 * @category Summits
 */
export function getSummit(id: SummitId): Summit
export function getSummit(id: string): Summit | undefined
export function getSummit(id: string): Summit | undefined {
  return typeof id === 'string' ? summitById().get(id) : undefined
}
