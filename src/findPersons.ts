import { describe } from './describe.js'
import { normalizeText } from './normalize-text.js'
import { persons } from './persons.js'
import type { Person } from './types.js'

let searchableNames: Map<Person, string> | undefined

/** Every name of a person (English, Russian, Chinese, aliases), folded, built on the first search only. */
function namesOf(person: Person): string {
  searchableNames ??= new Map(
    persons.map((p) => [p, [p.name.en, p.name.ru, p.name.zh, ...p.aliases].filter((n) => n !== undefined).map(normalizeText).join('\n')]),
  )
  return searchableNames.get(person)!
}

/**
 * The persons any of whose names — English, Russian, Chinese, or an alias a source uses — contains
 * `text`, ignoring case, diacritics and runs of white space, ordered by id, as a new array.
 *
 * @throws `TypeError` when `text` is not a string or holds only white space.
 * @example
 * ```ts
 * import { findPersons } from 'sco-data'
 *
 * findPersons('svaradzh').map((person) => person.id) // ['sushma-swaraj']
 * findPersons('ПУТИН').map((person) => person.id) // ['vladimir-putin']
 * findPersons('nobody atall') // []
 * ```
 * @category People and offices
 */
export function findPersons(text: string): Person[] {
  if (typeof text !== 'string') throw new TypeError(`text: expected a name or part of one, got ${describe(text)}`)
  const needle = normalizeText(text)
  if (needle === '') throw new TypeError(`text: expected a name or part of one, got ${describe(text)}`)
  return persons.filter((person) => namesOf(person).includes(needle))
}
