import { stateByCode } from './data.js'
import type { StateCode } from './generated/ids.js'
import type { State } from './types.js'

/**
 * The state with this ISO 3166-1 alpha-2 code (upper case), or `undefined` when it has never held
 * an SCO status (or the value is not such a code).
 *
 * @example
 * ```ts
 * import { getState } from 'sco-data'
 *
 * getState('KZ').name // 'Kazakhstan'
 * getState('FR') // undefined
 * ```
 * @category States and status
 */
export function getState(code: StateCode): State
export function getState(code: string): State | undefined
export function getState(code: string): State | undefined {
  return typeof code === 'string' ? stateByCode().get(code) : undefined
}
