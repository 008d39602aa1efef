import { participationsBySummit } from './data.js'
import { checkSummitId } from './known-summit.js'
import type { Participation } from './types.js'

/**
 * The heads of delegation at a summit, as a new array. An empty array is a summit whose attendance
 * is not recorded; an id the dataset does not know is a `RangeError` (as for every `…Of` accessor).
 *
 * @throws `RangeError` when no summit has this id.
 * @throws `TypeError` when the id is not a string.
 * @example
 * ```ts
 * import { participantsOf } from 'sco-data'
 *
 * participantsOf('2024-astana').find((p) => p.state === 'IN')?.role // 'Minister of External Affairs'
 * participantsOf('2001-almaty-hog') // []
 * ```
 * @category Participants
 */
export function participantsOf(summitId: string): Participation[] {
  checkSummitId(summitId, 'summitId')
  return [...(participationsBySummit().get(summitId) ?? [])]
}
