import { chairmanships as all } from './data.js'

/**
 * Every chairmanship of the SCO from the founding meeting to the current one, in order: they tile
 * time with no gap or overlap, and the last has `to: null`. Frozen.
 *
 * @example
 * ```ts
 * import { chairmanships } from 'sco-data'
 *
 * chairmanships[0]?.state // 'CN'
 * chairmanships.at(-1)?.state // 'PK'
 * ```
 * @category People and offices
 */
export const chairmanships = all
