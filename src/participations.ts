import { participations as all } from './data.js'

/**
 * Every head of delegation at every summit, in the order of the summits. Frozen.
 *
 * @example
 * ```ts
 * import { participations } from 'sco-data'
 *
 * participations.some((p) => p.summit === '2024-astana' && p.state === 'IN') // true
 * ```
 * @category Participants
 */
export const participations = all
