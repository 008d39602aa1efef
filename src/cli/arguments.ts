import { dataAsOf, getState, getSummit, stateName, states, summits, type State, type Summit } from '../index.js'
import { didYouMean } from '../describe.js'
import { notFound, usageError } from './errors.js'

/** An upper-case alpha-2 code from what the user typed (`kz` is accepted as `KZ`). */
export function stateCode(text: string, name: string): string {
  const code = text.toUpperCase()
  if (!/^[A-Z]{2}$/.test(code)) {
    throw usageError(`${name}: expected an ISO 3166-1 alpha-2 code such as KZ, got ${JSON.stringify(text)}${didYouMean(code, states.map((s) => s.code))}`)
  }
  return code
}

/** A code the platform knows as a region (so `--host XX` is a usage error, not an empty list). */
export function regionCode(text: string, name: string): string {
  const code = stateCode(text, name)
  if (stateName(code) === undefined) throw usageError(`${name}: ${JSON.stringify(text)} is not an ISO 3166-1 alpha-2 code`)
  return code
}

/** The state with the code the user typed, or "not found" with the nearest code. */
export function knownState(text: string, name: string): State {
  const code = stateCode(text, name)
  const state = getState(code)
  if (!state) {
    throw notFound(`no state with code ${code} holds or has held an SCO status${didYouMean(code, states.map((s) => s.code))} (list them with: sco-data states)`)
  }
  return state
}

/** The summit with the id the user typed, or "not found" with the nearest id. */
export function knownSummit(id: string): Summit {
  const summit = getSummit(id)
  if (!summit) {
    throw notFound(`no summit with id ${JSON.stringify(id)}${didYouMean(id, summits.map((s) => s.id))} (list them with: sco-data summits)`)
  }
  return summit
}

export function year(text: string, name = '--year'): number {
  if (!/^\d{4}$/.test(text)) throw usageError(`${name}: expected a year such as 2024, got ${JSON.stringify(text)}`)
  return Number(text)
}

/** Today in local time, written `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date()
  const two = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
}

/** The note for stderr when a day asked about is after the data's last check, else nothing. */
export function freshnessNotes(days: readonly (string | undefined)[]): string[] {
  // The days given have passed the accessors, which take only real days written YYYY-MM-DD: they compare as text.
  const later = days.filter((day): day is string => (day ?? '') > dataAsOf).sort()
  if (later.length === 0) return []
  return [`note: the data was checked against sources up to ${dataAsOf}; anything after that day (${later.at(-1)} was asked) is not in it`]
}

/** The state's English name for a title, from the data or the platform. */
export function nameOf(code: string): string {
  return getState(code)?.name ?? stateName(code) ?? code
}
