import { personById } from './data.js'
import { checkId } from './state-code.js'
import type { Person } from './types.js'

/**
 * The person with this id, or `undefined` when there is none. {@link findPersons} finds a person by
 * any spelling of the name.
 *
 * @throws `TypeError` when `id` is not a string.
 * @example
 * ```ts
 * import { getPerson } from 'sco-data'
 *
 * getPerson('sushma-swaraj')?.name.en // 'Sushma Swaraj'
 * getPerson('vladimir-putin')?.name.ru // 'Владимир Путин'
 * getPerson('nobody') // undefined
 * ```
 * @category People and offices
 */
export function getPerson(id: string): Person | undefined {
  checkId(id, 'id', 'sushma-swaraj')
  return personById().get(id)
}
