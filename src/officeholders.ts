import { officeholders as all } from './data.js'

/**
 * Every term of the SCO's Secretary-General and of the Director of the RATS Executive Committee,
 * by office, then in order of time. Frozen.
 *
 * @example
 * ```ts
 * import { officeholders } from 'sco-data'
 *
 * officeholders.filter((term) => term.office === 'secretary-general').map((term) => term.person).slice(0, 2) // ['zhang-deguang', 'bolat-nurgaliyev']
 * officeholders.find((term) => term.person === 'vladimir-norov')?.appointedAt // '2018-qingdao'
 * ```
 * @category People and offices
 */
export const officeholders = all
