import { z } from 'zod'
import { statuses } from '../vocabulary.js'
import { normalizeText } from '../normalize-text.js'
import { officeholderId, participationId } from '../record-ids.js'
import { ChairmanshipSchema } from './chairmanship.js'
import { DocumentSchema } from './document.js'
import { OfficeholderSchema } from './officeholder.js'
import { PersonSchema } from './person.js'
import { ParticipationSchema } from './participation.js'
import { StateSchema } from './state.js'
import { StatusPeriodSchema } from './status-period.js'
import { SummitSchema } from './summit.js'

const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' })

/** Whether the platform knows `code` as a region: `Intl.DisplayNames` echoes unknown codes back. */
function isKnownRegion(code: string): boolean {
  return regionNames.of(code) !== code
}

const statusNames: ReadonlySet<string> = new Set(statuses)

/** The `YYYY-MM-DD` day after `day` (in the proleptic Gregorian calendar, no time zone involved). */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/**
 * The whole dataset, with the checks that span records: every id is unique (built ids too: one
 * delegation per summit and state or organisation, one term per person and office), every reference to a
 * state or summit resolves, the status periods of one state do not overlap, a status is decided no
 * later than it takes effect, and a delegation's capacity matches its state's status on the day
 * (for SCO meetings; at Shanghai Five meetings `member` means one of the Five). Persons: no two
 * share a name or an alias, and a participation's `personName` is its person's name or one of their
 * aliases. Offices: the terms of one office do not overlap, and only its latest may be `serving`.
 * Chairmanships tile time from the first to the current with no gap or overlap, and every Council of
 * Heads of State meeting's `chair` holds the chairmanship on its first day.
 * Issue paths point at the offending record and field, such as `['summits', 3, 'endDate']`.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'sco-data/schemas'
 *
 * const result = DatasetSchema.safeParse({
 *   states: [], statusPeriods: [], summits: [], documents: [], participations: [],
 *   persons: [], officeholders: [], chairmanships: [],
 * })
 * result.success // true: an empty dataset is consistent
 * ```
 * @category Schemas
 */
export const DatasetSchema = z
  .strictObject({
    states: z.array(StateSchema).meta({ description: 'Every state that holds or held a status in the SCO.' }),
    statusPeriods: z.array(StatusPeriodSchema).meta({ description: 'Every stretch of time during which a state held one status.' }),
    summits: z.array(SummitSchema).meta({ description: "Every meeting of the SCO's top bodies, and of the Shanghai Five before them." }),
    documents: z.array(DocumentSchema).meta({ description: 'Every document adopted or signed at the summits (or, rarely, outside one).' }),
    participations: z.array(ParticipationSchema).meta({ description: 'The head of every delegation at every summit.' }),
    persons: z.array(PersonSchema).meta({ description: 'Every person who headed a delegation or held an SCO office.' }),
    officeholders: z.array(OfficeholderSchema).meta({ description: 'Every term of the Secretary-General and of the RATS Director.' }),
    chairmanships: z.array(ChairmanshipSchema).meta({ description: 'Every chairmanship of the SCO, in order.' }),
  })
  .superRefine((dataset, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })

    const personsById = new Map<string, z.infer<typeof PersonSchema>>()
    const owners = new Map<string, string>()
    dataset.persons.forEach((person, index) => {
      if (personsById.has(person.id)) issue(['persons', index, 'id'], `duplicate person id "${person.id}"`)
      personsById.set(person.id, person)
      if (person.state !== null && !isKnownRegion(person.state)) issue(['persons', index, 'state'], `"${person.state}" is not a known ISO 3166-1 region`)
      const names: [path: (string | number)[], name: string][] = [[['name'], person.name.en], ...person.aliases.map((alias, i): [(string | number)[], string] => [['aliases', i], alias])]
      for (const [path, name] of names) {
        const folded = normalizeText(name)
        const owner = owners.get(folded)
        if (owner !== undefined && owner !== person.id) issue(['persons', index, ...path], `"${name}" is also a name or alias of "${owner}"`)
        owners.set(folded, person.id)
      }
    })

    const stateCodes = new Set<string>()
    const iso3Codes = new Set<string>()
    dataset.states.forEach((state, index) => {
      if (stateCodes.has(state.code)) issue(['states', index, 'code'], `duplicate state code "${state.code}"`)
      if (iso3Codes.has(state.iso3)) issue(['states', index, 'iso3'], `duplicate iso3 code "${state.iso3}"`)
      if (!isKnownRegion(state.code)) issue(['states', index, 'code'], `"${state.code}" is not a known ISO 3166-1 region`)
      stateCodes.add(state.code)
      iso3Codes.add(state.iso3)
    })

    const summitsById = new Map<string, z.infer<typeof SummitSchema>>()
    dataset.summits.forEach((summit, index) => {
      if (summitsById.has(summit.id)) issue(['summits', index, 'id'], `duplicate summit id "${summit.id}"`)
      if (!isKnownRegion(summit.host)) issue(['summits', index, 'host'], `"${summit.host}" is not a known ISO 3166-1 region`)
      summitsById.set(summit.id, summit)
    })

    const periodsByState = new Map<string, z.infer<typeof StatusPeriodSchema>[]>()
    dataset.statusPeriods.forEach((period, index) => {
      if (!stateCodes.has(period.state)) issue(['statusPeriods', index, 'state'], `unknown state "${period.state}"`)
      if (period.decidedAt !== null) {
        const summit = summitsById.get(period.decidedAt)
        if (!summit) issue(['statusPeriods', index, 'decidedAt'], `unknown summit "${period.decidedAt}"`)
        else if (summit.startDate > period.from) {
          issue(
            ['statusPeriods', index, 'decidedAt'],
            `summit "${summit.id}" (${summit.startDate}) comes after the status took effect (${period.from})`,
          )
        }
      }
      // Stryker disable next-line ArrayDeclaration: a placeholder element has no from, to or status, so no comparison picks it: it acts as the empty list
      const own = periodsByState.get(period.state) ?? []
      for (const other of own) {
        const overlaps = period.from <= (other.to ?? '9999-12-31') && other.from <= (period.to ?? '9999-12-31')
        if (overlaps) {
          issue(
            ['statusPeriods', index, 'from'],
            `${period.state}: ${period.status} from ${period.from} overlaps ${other.status} from ${other.from} to ${other.to ?? 'now'}`,
          )
        }
      }
      own.push(period)
      periodsByState.set(period.state, own)
    })
    dataset.states.forEach((state, index) => {
      if (!periodsByState.has(state.code)) issue(['states', index, 'code'], `state "${state.code}" has no status period`)
    })

    const documentIds = new Set<string>()
    dataset.documents.forEach((document, index) => {
      if (documentIds.has(document.id)) issue(['documents', index, 'id'], `duplicate document id "${document.id}"`)
      documentIds.add(document.id)
      if (document.summit === null) return
      const summit = summitsById.get(document.summit)
      if (!summit) issue(['documents', index, 'summit'], `unknown summit "${document.summit}"`)
      else if (document.date < summit.startDate || document.date > summit.endDate) {
        issue(
          ['documents', index, 'date'],
          `${document.date} is outside its summit's days (${summit.startDate} to ${summit.endDate})`,
        )
      }
    })

    const delegations = new Set<string>()
    dataset.participations.forEach((participation, index) => {
      const summit = summitsById.get(participation.summit)
      if (!summit) {
        issue(['participations', index, 'summit'], `unknown summit "${participation.summit}"`)
        return
      }
      const delegation = participationId(participation)
      if (delegations.has(delegation)) issue(['participations', index], `duplicate delegation "${delegation}"`)
      delegations.add(delegation)
      if (participation.person !== null) {
        const person = personsById.get(participation.person)
        if (!person) issue(['participations', index, 'person'], `unknown person "${participation.person}"`)
        // A null personName reads as the name: ParticipationSchema has already required one wherever a person is named.
        else if (![person.name.en, ...person.aliases].includes(participation.personName ?? person.name.en)) {
          issue(['participations', index, 'personName'], `"${participation.personName}" is neither the name nor an alias of "${person.id}"`)
        }
      }
      const state = participation.state
      if (state === null) return
      if (!isKnownRegion(state)) issue(['participations', index, 'state'], `"${state}" is not a known ISO 3166-1 region`)
      // Shanghai Five meetings predate SCO statuses: there `member` means a member of the Five.
      if (statusNames.has(participation.capacity) && summit.body !== 'shanghai-five') {
        // Stryker disable next-line ArrayDeclaration: a placeholder element has no from, to or status, so no comparison picks it: it acts as the empty list
        const held = (periodsByState.get(state) ?? []).filter(
          (period) => period.from <= summit.endDate && (period.to === null || period.to >= summit.startDate),
        )
        if (!held.some((period) => period.status === participation.capacity)) {
          issue(
            ['participations', index, 'capacity'],
            `${state} did not hold the status "${participation.capacity}" during ${summit.id} (held: ${held.map((p) => p.status).join(', ') || 'none'})`,
          )
        }
      }
    })

    const termsByOffice = new Map<string, { index: number; term: z.infer<typeof OfficeholderSchema> }[]>()
    dataset.officeholders.forEach((term, index) => {
      if (!personsById.has(term.person)) issue(['officeholders', index, 'person'], `unknown person "${term.person}"`)
      if (term.appointedAt !== null && !summitsById.has(term.appointedAt)) issue(['officeholders', index, 'appointedAt'], `unknown summit "${term.appointedAt}"`)
      const own = termsByOffice.get(term.office) ?? []
      if (own.some(({ term: other }) => officeholderId(other) === officeholderId(term))) {
        issue(['officeholders', index, 'person'], `duplicate term "${officeholderId(term)}": one person's time in one office is one record, its id the office and the person`)
      }
      for (const { term: other } of own) {
        // Stryker disable next-line ConditionalExpression,LogicalOperator: comparing null with a day is false in JavaScript, so a term with no first day never overlaps either way: the guard is for the types
        if (term.from === null || other.from === null) continue
        const end = (t: typeof term) => t.to ?? (t.serving ? '9999-12-31' : t.from!)
        if (term.from <= end(other) && other.from <= end(term)) {
          issue(['officeholders', index, 'from'], `${term.office}: the term of "${term.person}" from ${term.from} overlaps that of "${other.person}" from ${other.from}`)
        }
      }
      own.push({ index, term })
      termsByOffice.set(term.office, own)
    })
    for (const terms of termsByOffice.values()) {
      const serving = terms.filter(({ term }) => term.serving)
      for (const { index } of serving.slice(1)) issue(['officeholders', index, 'serving'], 'only one holder of an office can be serving')
      const latestStart = terms.map(({ term }) => term.from ?? '').sort().at(-1)!
      for (const { index, term } of serving) {
        if ((term.from ?? latestStart) < latestStart) issue(['officeholders', index, 'serving'], `a later term (from ${latestStart}) follows this one`)
      }
    }

    dataset.chairmanships.forEach((chairmanship, index) => {
      if (!isKnownRegion(chairmanship.state)) issue(['chairmanships', index, 'state'], `"${chairmanship.state}" is not a known ISO 3166-1 region`)
      const previous = dataset.chairmanships[index - 1]
      if (previous === undefined) return
      if (previous.to === null) issue(['chairmanships', index - 1, 'to'], 'only the last chairmanship can be current (to: null)')
      else if (chairmanship.from !== dayAfter(previous.to)) {
        issue(['chairmanships', index, 'from'], `expected ${dayAfter(previous.to)}, the day after the previous chairmanship ends: chairmanships tile time, in order, with no gap or overlap`)
      }
    })
    const chairOn = (day: string) => dataset.chairmanships.find((c) => c.from <= day && (c.to === null || day <= c.to))?.state
    dataset.summits.forEach((summit, index) => {
      if (summit.chair !== null && !isKnownRegion(summit.chair)) issue(['summits', index, 'chair'], `"${summit.chair}" is not a known ISO 3166-1 region`)
      if (summit.body !== 'heads-of-state') return
      const holder = chairOn(summit.startDate)
      if (holder !== undefined && summit.chair !== holder) {
        issue(['summits', index, 'chair'], `${summit.id} is chaired by ${summit.chair ?? 'nobody'}, but ${holder} holds the SCO chairmanship on ${summit.startDate}`)
      }
    })
  })
