import { persons as all } from './data.js'

/**
 * Every person who headed a delegation or held an SCO office, ordered by id. Frozen.
 *
 * @example
 * ```ts
 * import { persons } from 'sco-data'
 *
 * persons.find((person) => person.id === 'sushma-swaraj')?.aliases.includes('S. Svaradzh') // true
 * ```
 * @category People and offices
 */
export const persons = all
