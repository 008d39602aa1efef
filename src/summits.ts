import { summits as all } from './data.js'

/**
 * Every summit in the dataset — Shanghai Five, Council of Heads of State and Council of Heads of
 * Government meetings — in chronological order (by `startDate`, then id). Frozen.
 *
 * @example
 * ```ts
 * import { summits } from 'sco-data'
 *
 * summits.some((summit) => summit.id === '2024-astana') // true
 * summits.every((summit, i) => i === 0 || summits[i - 1]!.startDate <= summit.startDate) // true
 * ```
 * @category Summits
 */
export const summits = all
