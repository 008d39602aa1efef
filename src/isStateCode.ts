import { stateByCode } from './data.js'
import type { StateCode } from './generated/ids.js'

/**
 * Whether `value` is, exactly, the upper-case code of a state that holds or held an SCO status:
 * narrows a string to {@link StateCode}. Upper-case text first (`text.toUpperCase()`) to accept
 * any letter case, as the accessors do.
 *
 * @example
 * ```ts
 * import { getState, isStateCode } from 'sco-data'
 *
 * const typed: string = 'by'
 * isStateCode(typed) // false
 * const code = typed.toUpperCase()
 * const name = isStateCode(code) ? getState(code).name : null
 * name // 'Belarus'
 * isStateCode('FR') // false
 * ```
 * @category States and status
 */
export function isStateCode(value: unknown): value is StateCode {
  // A Map lookup of anything that is not one of its string keys finds nothing.
  return (stateByCode() as ReadonlyMap<unknown, unknown>).has(value)
}
