import { stateByCode } from './data.js'
import type { StateCode } from './generated/ids.js'
import { toStateCode } from './state-code.js'
import type { State } from './types.js'

/**
 * The state with this ISO 3166-1 alpha-2 code, in any letter case, or `undefined` when it has
 * never held an SCO status (or the text is not such a code).
 *
 * @throws `TypeError` when `code` is not a string.
 * @example
 * ```ts
 * import { getState } from 'sco-data'
 *
 * getState('KZ').name // 'Kazakhstan'
 * getState('kz').code // 'KZ'
 * getState('FR') // undefined
 * ```
 * @category States and status
 */
export function getState(code: StateCode | Lowercase<StateCode>): State
export function getState(code: string): State | undefined
export function getState(code: string): State | undefined {
  return stateByCode().get(toStateCode(code, 'code'))
}
