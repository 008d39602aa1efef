import { summitById } from './data.js'
import { didYouMean } from './describe.js'
import { checkId } from './state-code.js'

/**
 * Checks that `id` names a summit in the dataset: the `…Of` accessors tell "no such summit" (this
 * error) from "a summit with none" (an empty array).
 *
 * @throws `TypeError` when `id` is not a string.
 * @throws `RangeError` when no summit has it, with the nearest id.
 */
export function checkSummitId(id: unknown, name: string): asserts id is string {
  checkId(id, name, '2024-astana')
  if (!summitById().has(id)) {
    throw new RangeError(`${name}: no summit has the id ${JSON.stringify(id)}${didYouMean(id, summitById().keys())}`)
  }
}
