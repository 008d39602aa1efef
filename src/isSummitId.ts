import { summitById } from './data.js'
import type { SummitId } from './generated/ids.js'

/**
 * Whether `value` is the id of a summit in the dataset: narrows a string read at run time (from a
 * URL, a form, a file) to {@link SummitId}, so `getSummit` then returns a record, not `undefined`.
 *
 * @example
 * ```ts
 * import { getSummit, isSummitId } from 'sco-data'
 *
 * const fromUrl: string = '2024-astana'
 * isSummitId(fromUrl) // true
 * const city = isSummitId(fromUrl) ? getSummit(fromUrl).city : null
 * city // 'Astana'
 * isSummitId('2024-astanaa') // false
 * ```
 * @category Summits
 */
export function isSummitId(value: unknown): value is SummitId {
  // A Map lookup of anything that is not one of its string keys finds nothing.
  return (summitById() as ReadonlyMap<unknown, unknown>).has(value)
}
