import { states as all } from './data.js'

/**
 * Every state that holds or has held an SCO status, ordered by alpha-2 code. Frozen.
 *
 * @example
 * ```ts
 * import { states } from 'sco-data'
 *
 * states.find((state) => state.code === 'KZ')?.name // 'Kazakhstan'
 * ```
 * @category States and status
 */
export const states = all
