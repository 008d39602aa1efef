import { statusPeriods as all } from './data.js'

/**
 * Every status period of every state, ordered by state code and then by start. Frozen. For one
 * state's history use {@link statusHistory}.
 *
 * @example
 * ```ts
 * import { statusPeriods } from 'sco-data'
 *
 * statusPeriods.filter((period) => period.status === 'member' && period.to === null).length > 0 // true
 * ```
 * @category States and status
 */
export const statusPeriods = all
