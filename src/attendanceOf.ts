import { participations } from './participations.js'
import { participationsByPerson, participationsByState, personById, stateByCode } from './data.js'
import { normalizeText } from './normalize-text.js'
import { checkOptions, describe, didYouMean } from './describe.js'
import type { Participation } from './types.js'

/**
 * Whose attendance {@link attendanceOf} looks up: a state's alpha-2 code, or a person or an
 * organisation by name.
 *
 * @example
 * ```ts
 * import { attendanceOf, type Attendee } from 'sco-data'
 *
 * const who: Attendee = { person: 'Jaishankar' }
 * attendanceOf(who).some((p) => p.summit === '2024-astana') // true
 * ```
 * @category Participants
 */
export type Attendee = string | { person: string } | { organisation: string }


const whoKeys = ['person', 'organisation'] as const

/** The words of a name, folded, so "V. Putin" and "Vladimir Putin" share the word "putin". */
function words(name: string): string[] {
  // Stryker disable next-line Regex: one separator or a run of them gives the same words once the empty ones are filtered out
  return normalizeText(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** Whether every word of `query` is a word of one of `names`. */
function nameMatches(names: readonly (string | null | undefined)[], query: string[]): boolean {
  return names.some((name) => {
    if (name === null || name === undefined) return false
    const own = new Set(words(name))
    return query.every((word) => own.has(word))
  })
}

/** The names a participation's head of delegation goes by: as the source wrote it, and every name of the person. */
function namesOf(participation: Participation): (string | undefined | null)[] {
  // Stryker disable next-line ConditionalExpression: looking up a null person finds none, as the test for null says
  const person = participation.person === null ? undefined : personById().get(participation.person)
  return person ? [participation.personName, person.name.en, person.name.ru, person.name.zh, ...person.aliases] : [participation.personName]
}

/**
 * Every summit a state, a person or an organisation attended, as the heads-of-delegation records
 * in summit order, as a new array. A string is a state's alpha-2 code, in any letter case.
 * `{ person }` given a person id (`{ person: 'sushma-swaraj' }`) is exact: the participations whose
 * `person` is that id. Given other text, it matches by whole words, ignoring case and diacritics,
 * against the name as the source wrote it and every name and alias of the person, so
 * `{ person: 'Svaradzh' }` finds every delegation Sushma Swaraj headed, however spelt.
 * `{ organisation }` matches organisation names by whole words. Filter the result by `role` or
 * `mode` to ask, say, which summits India's prime minister attended in person.
 *
 * Like every `…Of` accessor, it tells "none recorded" (an empty array) from a state the dataset
 * does not know at all (a `RangeError`); a name that matches no one gives an empty array.
 *
 * @throws `TypeError` when `who` is none of the forms above, has another key, or its name is empty.
 * @throws `RangeError` for a state code that no record of the dataset names.
 * @example
 * ```ts
 * import { attendanceOf } from 'sco-data'
 *
 * attendanceOf('IN').find((p) => p.summit === '2024-astana')?.role // 'Minister of External Affairs'
 * attendanceOf('in').length === attendanceOf('IN').length // true
 * attendanceOf('IN').filter((p) => p.role === 'Prime Minister' && p.mode === 'in-person').length > 0 // true
 * attendanceOf({ organisation: 'United Nations' }).length > 0 // true
 * attendanceOf({ person: 'sushma-swaraj' }).length === attendanceOf({ person: 'Svaradzh' }).length // true
 * attendanceOf({ person: 'Nobody Atall' }) // []
 * ```
 * @category Participants
 */
export function attendanceOf(who: Attendee): Participation[] {
  if (typeof who === 'string') {
    const code = who.toUpperCase()
    const attended = participationsByState().get(code)
    if (attended) return [...attended]
    if (stateByCode().has(code)) return []
    throw new RangeError(`who: no state with the code ${JSON.stringify(who)} attended or holds a status${didYouMean(code, stateByCode().keys())}`)
  }
  if (who === null || typeof who !== 'object' || Object.keys(who).length !== 1) {
    throw new TypeError(`who: expected an alpha-2 code, { person } or { organisation }, got ${describe(who)}`)
  }
  checkOptions(who, 'who', whoKeys)
  const [field, name] = Object.entries(who)[0] as [(typeof whoKeys)[number], unknown]
  if (typeof name !== 'string') throw new TypeError(`${field}: expected a name, got ${describe(name)}`)
  const query = words(name)
  if (query.length === 0) throw new TypeError(`${field}: expected a name, got ${describe(name)}`)
  if (field === 'person' && personById().has(name)) return [...(participationsByPerson().get(name) ?? [])]
  return participations.filter((p) => nameMatches(field === 'person' ? namesOf(p) : [p.organisation], query))
}
