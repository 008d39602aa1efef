/**
 * Property-based tests: for arbitrary input every accessor returns a documented value or throws the
 * documented error naming the bad argument, and every accessor gives what a plain scan of the raw
 * files in data/ gives (test/helpers/raw-data.ts), on every day where something starts or ends, the
 * days either side, and random days from 1995 to 2030.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  attendanceOf,
  bodies,
  chairOn,
  documents,
  documentsOf,
  findDocuments,
  findSummits,
  getDocument,
  getState,
  getSummit,
  isSummitId,
  memberStatesOn,
  officeholdersOn,
  offices,
  participantsOf,
  stateName,
  states,
  statesOn,
  statuses,
  statusHistory,
  statusOn,
  summits,
} from '../src/index.js'
import type { DocumentKind, Status, SummitQuery } from '../src/index.js'
import {
  boundaryDays,
  oracle,
  rawDocuments,
  rawParticipations,
  rawPeriods,
  rawStateCodes,
  rawSummits,
  shiftDay,
  withNeighbours,
} from './helpers/raw-data.js'

const anything = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.object(),
  fc.array(fc.anything()),
)
const knownCodes = states.map((s) => s.code)
const code = fc.oneof(fc.constantFrom(...knownCodes), fc.string({ minLength: 0, maxLength: 3 }))

/** Runs `call`; a throw must be a TypeError or RangeError whose message starts with `argument:`. */
function documentedOutcome(call: () => unknown, argument: RegExp): unknown {
  try {
    return call()
  } catch (error) {
    expect(error instanceof TypeError || error instanceof RangeError).toBe(true)
    expect((error as Error).message).toMatch(argument)
    return error
  }
}

describe('hostile input', () => {
  it('id lookups return a record or undefined for a string, and a TypeError naming the argument otherwise', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const id = value as string
        const isText = typeof value === 'string'
        const lookups = [
          [() => getSummit(id), [undefined, ...summits], /^id: /],
          [() => getState(id), [undefined, ...states], /^code: /],
          [() => getDocument(id), [undefined, ...documents], /^id: /],
        ] as const
        for (const [call, allowed, argument] of lookups) {
          const result = documentedOutcome(call, argument)
          if (isText) expect(allowed).toContain(result)
          else expect(result).toBeInstanceOf(TypeError)
        }
        const history = documentedOutcome(() => statusHistory(id), /^code: /)
        expect(isText ? Array.isArray(history) : history instanceof TypeError).toBe(true)
        for (const call of [() => documentsOf(id), () => participantsOf(id)]) {
          const result = documentedOutcome(call, /^summitId: /)
          if (!isText) expect(result).toBeInstanceOf(TypeError)
          else expect(Array.isArray(result) === isSummitId(id)).toBe(true)
        }
      }),
    )
  })

  it('date arguments either work or throw a TypeError/RangeError naming the argument', () => {
    fc.assert(
      fc.property(code, anything, (state, date) => {
        const status = documentedOutcome(() => statusOn(state, date as string), /^date: /)
        if (!(status instanceof Error)) expect([undefined, 'member', 'observer', 'dialogue-partner', 'partner']).toContain(status)
        const members = documentedOutcome(() => memberStatesOn(date as string), /^date: /)
        if (!(members instanceof Error)) expect(Array.isArray(members)).toBe(true)
      }),
    )
  })

  it('query objects either work or throw naming the bad filter', () => {
    const query = fc.record(
      { body: anything, year: anything, host: anything, from: anything, to: anything, kind: anything, summit: anything, text: anything },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(query, anything), (q) => {
        const s = documentedOutcome(() => findSummits(q as never), /^(query|body|year|host|from|to|text): /)
        if (!(s instanceof Error)) expect(Array.isArray(s)).toBe(true)
        const d = documentedOutcome(() => findDocuments(q as never), /^(query|kind|summit|text|from|to): /)
        if (!(d instanceof Error)) expect(Array.isArray(d)).toBe(true)
      }),
    )
  })

  it('stateName and attendanceOf return documented values or throw TypeError/RangeError', () => {
    fc.assert(
      fc.property(anything, fc.oneof(fc.constant(undefined), fc.constantFrom('en', 'ru', 'zh'), fc.string()), (value, locale) => {
        const name = documentedOutcome(() => stateName(value as string, locale), /^(code: |locale: |Incorrect locale|Invalid language tag)/i)
        if (!(name instanceof Error)) expect(name === undefined || typeof name === 'string').toBe(true)
        const attended = documentedOutcome(() => attendanceOf(value as string), /^(who|person|organisation): /)
        if (!(attended instanceof Error)) expect(Array.isArray(attended)).toBe(true)
      }),
    )
  })
})

/** A random day from 1995 to 2030, as `YYYY-MM-DD`. */
const randomDay = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
/** A day where something in data/ starts or ends, or a neighbour of one, or a random day. */
const day = fc.oneof(fc.constantFrom(...boundaryDays), randomDay)
/**
 * fast-check options that run every example, then `random` draws: fast-check counts examples within
 * `numRuns` and leaves out those beyond it, so numRuns must count both.
 */
const examplesThen = <T extends unknown[]>(examples: T[], random = 200) => ({ examples, numRuns: examples.length + random })
/** Every boundary day first, then random draws: each first and last day is always probed. */
const everyBoundary = examplesThen(boundaryDays.map((d) => [d] as [string]))
/** A state code as a caller may write it: a known one in any case, or one the data does not know. */
const anyCode = fc.oneof(
  fc.constantFrom(...rawStateCodes),
  fc.constantFrom(...rawStateCodes).map((c) => c.toLowerCase()),
  fc.constantFrom('FR', 'us', 'XX', ''),
)
const plainDate = (d: string) => {
  const [year, month, dayOfMonth] = d.split('-').map(Number) as [number, number, number]
  return { year, month, day: dayOfMonth }
}

/** Meetings as `startDate id`, which sorts chronologically with ties by id. */
const chronological = (list: readonly { startDate: string; id: string }[]) => list.map((s) => `${s.startDate} ${s.id}`)

describe('the accessors give what a plain scan of data/ gives', () => {
  it('statusOn: the status of the period that holds the day, first and last day included', () => {
    const examples = rawPeriods.flatMap((p) => withNeighbours([p.from, p.to]).map((d) => [p.state, d] as [string, string]))
    fc.assert(
      fc.property(anyCode, day, (c, d) => {
        expect(statusOn(c, d)).toBe(oracle.statusOn(c, d))
      }),
      examplesThen(examples, 300),
    )
  })

  it('statesOn, with and without a status, as a string and as a plain date', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(undefined, ...statuses), (d, status) => {
        const expected = oracle.statesOn(d, status)
        expect(statesOn(d, status).map((s) => s.code)).toEqual(expected)
        expect(statesOn(plainDate(d), status).map((s) => s.code)).toEqual(expected)
      }),
      examplesThen(boundaryDays.flatMap((d) => [undefined, ...statuses].map((status): [string, Status | undefined] => [d, status])), 300),
    )
  })

  it('memberStatesOn: the states whose period holding the day is a membership', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(memberStatesOn(d).map((s) => s.code)).toEqual(oracle.statesOn(d, 'member'))
      }),
      everyBoundary,
    )
  })

  it('statusHistory: every period of the state, oldest first', () => {
    fc.assert(
      fc.property(anyCode, (c) => {
        expect(statusHistory(c).map((p) => `${p.status} ${p.from} ${p.to}`)).toEqual(oracle.statusHistory(c))
      }),
      examplesThen(rawStateCodes.map((c) => [c] as [string]), 100),
    )
  })

  it('chairOn: the chairmanship that holds the day, first and last day included', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(chairOn(d)).toBe(oracle.chairOn(d))
      }),
      everyBoundary,
    )
  })

  it('officeholdersOn: the terms running on the day, for each office and both', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(undefined, ...offices), (d, office) => {
        expect(officeholdersOn(d, office).map((t) => `${t.office} ${t.person}`).sort()).toEqual(oracle.officeholdersOn(d, office))
      }),
      examplesThen(boundaryDays.map((d) => [d, undefined] as [string, undefined]), 300),
    )
  })

  it('findSummits: the meetings matching every filter given, in chronological order', () => {
    const hosts = [...new Set(rawSummits.map((s) => s.host))]
    // Every city name held, in each language, and pieces of them: first and last characters, the upper-case form.
    const cityNames = (s: (typeof rawSummits)[number]) => [s.city, s.cityNames?.ru, s.cityNames?.zh].filter((name): name is string => typeof name === 'string')
    const names = [...new Set(rawSummits.flatMap(cityNames))]
    const pieces = names.flatMap((name) => [name, name.slice(0, 2), name.slice(-2), name.toUpperCase()])
    const query = fc.record(
      {
        text: fc.constantFrom(...pieces, 'Atlantis', 'санкт петербург'),
        body: fc.constantFrom(...bodies),
        year: fc.integer({ min: 1995, max: 2030 }),
        host: fc.oneof(fc.constantFrom(...hosts), fc.constantFrom(...hosts).map((h) => h.toLowerCase()), fc.constant('FR')),
        from: day,
        to: day,
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(query, (q) => {
        const expected = rawSummits.filter(
          (s) =>
            (q.body === undefined || s.body === q.body) &&
            (q.year === undefined || Number(s.startDate.slice(0, 4)) === q.year) &&
            (q.host === undefined || s.host === q.host.toUpperCase()) &&
            // A meeting overlaps the range: it ends on or after `from` and starts on or before `to`.
            (q.from === undefined || s.endDate >= q.from) &&
            (q.to === undefined || s.startDate <= q.to) &&
            (q.text === undefined || cityNames(s).some((name) => name.toLowerCase().includes(q.text!.toLowerCase()))),
        )
        expect(chronological(findSummits(q))).toEqual(chronological(expected).sort())
      }),
      examplesThen(withNeighbours(rawSummits.flatMap((s) => [s.startDate, s.endDate])).flatMap((d): [SummitQuery][] => [[{ from: d }], [{ to: d }]]), 500),
    )
  })

  it('findSummits: from and to are inclusive bounds on a meeting’s days, tested on meetings of several days', () => {
    const multiDay = rawSummits.filter((s) => s.startDate < s.endDate)
    expect(multiDay.length).toBeGreaterThanOrEqual(10)
    for (const s of multiDay) {
      const found = (q: Parameters<typeof findSummits>[0]) => findSummits(q).map((x) => x.id)
      // From its last day, a meeting that began the day before is still found; from the next day it is not.
      expect(found({ from: s.endDate }), `${s.id} from its last day`).toContain(s.id)
      expect(found({ from: shiftDay(s.endDate, 1) }), `${s.id} from the day after`).not.toContain(s.id)
      // Up to its first day, a meeting that ends the day after is found; up to the day before it is not.
      expect(found({ to: s.startDate }), `${s.id} to its first day`).toContain(s.id)
      expect(found({ to: shiftDay(s.startDate, -1) }), `${s.id} to the day before`).not.toContain(s.id)
      // A range inside the meeting's days finds it: its last day alone, its first day alone.
      expect(found({ from: s.endDate, to: s.endDate }), `${s.id} on its last day`).toContain(s.id)
      expect(found({ from: s.startDate, to: s.startDate }), `${s.id} on its first day`).toContain(s.id)
    }
  })

  it('findDocuments and documentsOf: the documents matching every filter given', () => {
    const summitIds = rawSummits.map((s) => s.id)
    const kinds = [...new Set(rawDocuments.map((d) => d.kind as DocumentKind))]
    const query = fc.record({ kind: fc.constantFrom(...kinds), summit: fc.constantFrom(...summitIds), from: day, to: day }, { requiredKeys: [] })
    fc.assert(
      fc.property(query, (q) => {
        const expected = rawDocuments.filter(
          (d) =>
            (q.kind === undefined || d.kind === q.kind) &&
            (q.summit === undefined || d.summit === q.summit) &&
            (q.from === undefined || d.date >= q.from) &&
            (q.to === undefined || d.date <= q.to),
        )
        const result = findDocuments(q)
        expect(result.map((d) => d.id).sort()).toEqual(expected.map((d) => d.id).sort())
        expect(result.map((d) => d.date)).toEqual(result.map((d) => d.date).sort())
        if (q.summit !== undefined) expect(documentsOf(q.summit).map((d) => d.id).sort()).toEqual(rawDocuments.filter((d) => d.summit === q.summit).map((d) => d.id).sort())
      }),
      examplesThen(rawDocuments.map((d) => [{ from: d.date, to: d.date }] as [{ from: string; to: string }]), 300),
    )
  })

  it('participantsOf: the delegations of the summit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rawSummits.map((s) => s.id)), (id) => {
        const delegation = (p: { state: string | null; organisation: string | null }) => p.state ?? p.organisation
        expect(participantsOf(id).map(delegation).sort()).toEqual(rawParticipations.filter((p) => p.summit === id).map(delegation).sort())
      }),
    )
  })

  it('findDocuments({ text }) finds every document by any word of its English title, in any case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rawDocuments), (document) => {
        const word = document.title.en.split(/\s+/).sort((a, b) => b.length - a.length)[0]!
        expect(findDocuments({ text: word.toUpperCase() }).map((d) => d.id)).toContain(document.id)
      }),
    )
  })
})

describe('the accessors agree with one another', () => {
  it('a Date built from local parts and its YYYY-MM-DD string give the same answers', () => {
    fc.assert(
      fc.property(code, day, (state, d) => {
        const { year, month, day: dayOfMonth } = plainDate(d)
        const local = new Date(year, month - 1, dayOfMonth)
        expect(statusOn(state, local)).toBe(statusOn(state, d))
        expect(chairOn(local)).toBe(chairOn(d))
      }),
    )
  })

  it('documentsOf(id) equals findDocuments({ summit: id }), and both refuse an unknown id', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...summits.map((s) => s.id)), fc.string()), (id) => {
        if (isSummitId(id)) expect(documentsOf(id)).toEqual(findDocuments({ summit: id }))
        else {
          expect(() => documentsOf(id)).toThrow(RangeError)
          expect(() => findDocuments({ summit: id })).toThrow(RangeError)
        }
      }),
    )
  })

  it('state codes in any letter case give the same answers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...knownCodes), day, fc.boolean(), (state, d, lowerFirst) => {
        const mixed = lowerFirst ? state[0]!.toLowerCase() + state[1] : state[0] + state[1]!.toLowerCase()
        expect(statusOn(mixed, d)).toBe(statusOn(state, d))
        expect(getState(mixed)).toBe(getState(state))
        expect(statusHistory(mixed.toLowerCase())).toEqual(statusHistory(state))
      }),
    )
  })

  it('arrays returned fresh are the caller’s to change without harm to the next call', () => {
    fc.assert(
      fc.property(fc.constantFrom(...summits.map((s) => s.id)), (id) => {
        const documentCount = documentsOf(id).length
        const participantCount = participantsOf(id).length
        documentsOf(id).length = 0
        participantsOf(id).splice(0)
        findSummits({}).reverse()
        expect(documentsOf(id).length).toBe(documentCount)
        expect(participantsOf(id).length).toBe(participantCount)
        expect(chronological(findSummits({}))).toEqual(chronological(summits).sort())
      }),
      { numRuns: 30 },
    )
  })
})
