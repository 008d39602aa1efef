import { participationsBySummit } from './data.js'
import type { Participation } from './types.js'

/**
 * The heads of delegation at a summit, as a new array. Empty for a summit whose attendance is not
 * recorded yet, or an unknown id.
 *
 * @example
 * ```ts
 * import { participantsOf } from 'sco-data'
 *
 * participantsOf('2024-astana').find((p) => p.state === 'IN')?.role // 'Minister of External Affairs'
 * ```
 * @category Participants
 */
export function participantsOf(summitId: string): Participation[] {
  return typeof summitId === 'string' ? [...(participationsBySummit().get(summitId) ?? [])] : []
}
