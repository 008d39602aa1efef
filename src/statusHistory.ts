import { periodsByState } from './data.js'
import { toStateCode } from './state-code.js'
import type { StatusPeriod } from './types.js'

/**
 * Every status a state has held, oldest first, as a new array (the periods in it are frozen). The
 * code may be in any letter case. Empty for a state that never held one.
 *
 * @throws `TypeError` when `code` is not a string.
 * @example
 * ```ts
 * import { statusHistory } from 'sco-data'
 *
 * statusHistory('IN').map((period) => period.status).at(-1) // 'member'
 * statusHistory('by')[0]?.state // 'BY'
 * statusHistory('FR') // []
 * ```
 * @category States and status
 */
export function statusHistory(code: string): StatusPeriod[] {
  return [...(periodsByState().get(toStateCode(code, 'code')) ?? [])]
}
