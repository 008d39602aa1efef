/**
 * Property-based tests: for arbitrary input every accessor returns a documented value or throws the
 * documented error naming the bad argument, and the accessors agree with one another.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  attendanceOf,
  documents,
  documentsOf,
  findDocuments,
  findSummits,
  getDocument,
  getState,
  getSummit,
  isSummitId,
  memberStatesOn,
  participantsOf,
  stateName,
  states,
  statesOn,
  statuses,
  statusHistory,
  statusOn,
  summits,
} from '../src/index.js'

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
/** Valid days from before the Shanghai Five to well after today, as `YYYY-MM-DD`. */
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

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
        const s = documentedOutcome(() => findSummits(q as never), /^(query|body|year|host|from|to): /)
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

describe('the accessors agree', () => {
  it('statusOn(s, d) is the status of the period of statusHistory(s) that contains d', () => {
    fc.assert(
      fc.property(code, day, (state, d) => {
        const period = statusHistory(state).find((p) => p.from <= d && (p.to === null || d <= p.to))
        expect(statusOn(state, d)).toBe(period?.status)
      }),
      { numRuns: 500 },
    )
  })

  it('memberStatesOn(d) is exactly the states whose statusOn is member', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(memberStatesOn(d)).toEqual(states.filter((s) => statusOn(s.code, d) === 'member'))
      }),
      { numRuns: 300 },
    )
  })

  it('a Date and its YYYY-MM-DD string give the same answers', () => {
    fc.assert(
      fc.property(code, day, (state, d) => {
        const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
        const local = new Date(y, m - 1, dd)
        expect(statusOn(state, local)).toBe(statusOn(state, d))
      }),
    )
  })

  it('findSummits({ year }) is the subset of summits in that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2035 }), (year) => {
        expect(findSummits({ year })).toEqual(summits.filter((s) => s.startDate.startsWith(`${year}-`)))
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

  it('statesOn(d, status) is exactly the states whose statusOn is that status, and a plain date is its string', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(undefined, ...statuses), (d, status) => {
        const expected = states.filter((s) => {
          const held = statusOn(s.code, d)
          return held !== undefined && (status === undefined || held === status)
        })
        expect(statesOn(d, status)).toEqual(expected)
        const [year, month, dayOfMonth] = d.split('-').map(Number) as [number, number, number]
        expect(statesOn({ year, month, day: dayOfMonth }, status)).toEqual(expected)
      }),
      { numRuns: 300 },
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

  it('findDocuments({ text }) finds every document by any word of its English title', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), (document) => {
        const word = document.title.en.split(/\s+/).sort((a, b) => b.length - a.length)[0]!
        expect(findDocuments({ text: word.toUpperCase() })).toContain(document)
      }),
    )
  })

  it('arrays returned fresh are the caller’s to change without harm', () => {
    fc.assert(
      fc.property(fc.constantFrom(...summits.map((s) => s.id)), (id) => {
        const before = documentsOf(id).length
        const mine = documentsOf(id)
        mine.length = 0
        participantsOf(id).splice(0)
        findSummits({}).reverse()
        expect(documentsOf(id).length).toBe(before)
        expect(summits.map((s) => s.startDate)).toEqual([...summits.map((s) => s.startDate)].sort())
      }),
      { numRuns: 30 },
    )
  })
})
