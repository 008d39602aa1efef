import { periodsByState } from './data.js'
import type { StatusPeriod } from './types.js'

/**
 * Every status a state has held, oldest first, as a new array (the periods in it are frozen). Empty
 * for a state that never held one or a value that is not a known code.
 *
 * @example
 * ```ts
 * import { statusHistory } from 'sco-data'
 *
 * statusHistory('IN').map((period) => period.status).at(-1) // 'member'
 * statusHistory('FR') // []
 * ```
 * @category States and status
 */
export function statusHistory(code: string): StatusPeriod[] {
  return typeof code === 'string' ? [...(periodsByState().get(code) ?? [])] : []
}
