/**
 * Persons, offices and the chairmanship, checked against the raw files in data/ (test/helpers/raw-data.ts,
 * not the loader) and with fast-check for hostile input. chairOn and officeholdersOn are compared
 * with a scan of the raw files on every boundary day in test/properties.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  attendanceOf,
  chairmanships,
  chairOn,
  findPersons,
  findSummits,
  getPerson,
  getSummit,
  officeholders,
  officeholdersOn,
  offices,
  participations,
  persons,
} from '../src/index.js'
import { normalizeText } from '../src/normalize-text.js'
import { straddles } from './helpers/straddles.js'
import { oracle, rawChairs, rawParticipations, rawPersons, shiftDay } from './helpers/raw-data.js'

describe('persons', () => {
  it('holds every person of data/persons.json, by id', () => {
    expect(persons.map((p) => p.id)).toEqual(rawPersons.map((p) => p.id).sort())
    for (const person of rawPersons) expect(getPerson(person.id)?.name.en).toBe(person.name.en)
  })

  it('a search by a person\'s English name finds every delegation they headed, whatever the source wrote', () => {
    for (const person of rawPersons) {
      const headed = rawParticipations.filter((p) => p.person === person.id).length
      const found = attendanceOf({ person: person.name.en }).filter((p) => p.person === person.id)
      expect(found.length, person.id).toBe(headed)
    }
  })

  it('no two persons share a name or an alias, case and diacritics aside', () => {
    const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
    const owners = new Map<string, Set<string>>()
    for (const person of rawPersons) for (const name of [person.name.en, ...person.aliases]) owners.set(fold(name), (owners.get(fold(name)) ?? new Set()).add(person.id))
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([])
  })

  it('every participation that names a person uses a spelling of that person', () => {
    for (const p of rawParticipations.filter((x) => x.person !== null)) {
      const person = rawPersons.find((x) => x.id === p.person)!
      expect([person.name.en, ...person.aliases], `${p.summit} ${p.state ?? p.organisation}`).toContain(p.personName)
    }
  })

  it('findPersons finds a person by every name and alias, in any case', () => {
    for (const person of rawPersons) {
      for (const name of [person.name.en, person.name.ru, person.name.zh, ...person.aliases].filter((n): n is string => n !== undefined)) {
        expect(findPersons(name.toUpperCase()).map((p) => p.id)).toContain(person.id)
      }
    }
    expect(findPersons('Svaradzh').map((p) => p.id)).toEqual(['sushma-swaraj'])
    expect(() => findPersons('  ')).toThrow(TypeError)
    expect(() => findPersons(undefined as never)).toThrow(new TypeError('text: expected a name or part of one, got undefined'))
  })

  it('findPersons matches within one name, never across the end of one and the start of the next', async () => {
    // A fresh module, so that its search index is built in this test (a mutation run ties the code
    // that builds it to the test that first runs it).
    vi.resetModules()
    const { findPersons } = await import('../src/findPersons.js')
    const namesOf = (person: (typeof rawPersons)[number]) =>
      [person.name.en, person.name.ru, person.name.zh, ...person.aliases].filter((n): n is string => n !== undefined).map(normalizeText)
    const needles = rawPersons.flatMap((person) => straddles(namesOf(person)))
    expect(needles.length).toBeGreaterThan(20)
    for (const needle of needles) {
      const expected = rawPersons.filter((p) => namesOf(p).some((name) => name.includes(needle))).map((p) => p.id)
      expect(findPersons(needle).map((p) => p.id), needle).toEqual(expected.sort())
    }
  })

  it('attendanceOf({ person: id }) is exactly the participations whose person is that id', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rawPersons.map((p) => p.id)), (id) => {
        const expected = rawParticipations.filter((p) => p.person === id).map((p) => `${p.summit} ${p.state ?? p.organisation}`).sort()
        expect(attendanceOf({ person: id }).map((p) => `${p.summit} ${p.state ?? p.organisation}`).sort()).toEqual(expected)
      }),
    )
  })

  it('attendanceOf({ person: text }) finds a person by any spelling a source used', () => {
    const swaraj = attendanceOf({ person: 'sushma-swaraj' })
    expect(swaraj.length).toBeGreaterThanOrEqual(3)
    expect(attendanceOf({ person: 'Svaradzh' })).toEqual(swaraj)
    expect(attendanceOf({ person: 'sushma SWARAJ' })).toEqual(swaraj)
  })

  it('attendanceOf({ person: text }) finds a head of delegation with no person record by the name the source wrote', () => {
    const unrecorded = rawParticipations.filter((p) => p.person === null && p.personName !== null)
    expect(unrecorded.length).toBeGreaterThan(0)
    for (const raw of unrecorded) {
      expect(attendanceOf({ person: raw.personName! }).map((p) => `${p.summit} ${p.personName}`)).toContain(`${raw.summit} ${raw.personName}`)
    }
  })

  it('every spelling of a person in the participations is the person’s name or alias', () => {
    for (const p of participations) {
      if (p.person === null) continue
      const person = getPerson(p.person)!
      expect([person.name.en, ...person.aliases]).toContain(p.personName)
    }
  })
})

describe('the chairmanship', () => {
  it('passes on the day after the meeting closes: the closing day is the outgoing chair’s', () => {
    expect(chairOn('2024-07-04')).toBe('KZ')
    expect(chairOn('2024-07-05')).toBe('CN')
    expect(chairOn('2025-09-01')).toBe('CN')
    expect(chairOn('2025-09-02')).toBe('KG')
    expect(chairOn('2001-06-13')).toBeUndefined()
    expect(chairOn({ year: 2003, month: 5, day: 29 })).toBe('KZ')
  })

  it('tiles time from the first chairmanship to the current one', () => {
    expect(chairmanships.at(-1)?.to).toBeNull()
    for (let i = 1; i < rawChairs.length; i++) expect(rawChairs[i]!.from).toBe(shiftDay(rawChairs[i - 1]!.to!, 1))
  })

  it('each Council of Heads of State meeting’s chair holds the chairmanship on its first day', () => {
    const meetings = findSummits({ body: 'heads-of-state' })
    expect(meetings.length).toBeGreaterThanOrEqual(25)
    for (const summit of meetings) expect({ id: summit.id, chair: summit.chair }).toEqual({ id: summit.id, chair: oracle.chairOn(summit.startDate) })
  })

  it('records host and chair apart: Moscow 2003 met in Russia under Kazakhstan’s chairmanship', () => {
    expect(getSummit('2003-moscow')).toMatchObject({ host: 'RU', chair: 'KZ' })
    expect(findSummits({ host: 'RU', body: 'heads-of-state' }).map((s) => s.id)).toContain('2003-moscow')
  })

  it('rejects a day that is not one', () => {
    expect(() => chairOn('2023-02-29')).toThrow(RangeError)
    expect(() => chairOn(5 as never)).toThrow(TypeError)
  })
})

describe('officeholders', () => {
  it('names a Secretary-General for every day from 2004 on', () => {
    for (const d of ['2004-01-15', '2006-12-31', '2007-01-01', '2015-12-31', '2016-01-01', '2024-12-31', '2025-01-01']) {
      expect(officeholdersOn(d, 'secretary-general'), d).toHaveLength(1)
    }
    expect(officeholdersOn('2024-07-04', 'secretary-general')[0]?.person).toBe('zhang-ming')
    expect(officeholdersOn('2004-01-14', 'secretary-general')).toEqual([])
  })

  it('one serving holder per office, the last of its terms', () => {
    for (const office of offices) {
      const terms = officeholders.filter((t) => t.office === office)
      expect(terms.filter((t) => t.serving)).toHaveLength(1)
      expect(terms.at(-1)?.serving).toBe(true)
    }
  })

  it('every holder is a person of the dataset', () => {
    for (const term of officeholders) expect(getPerson(term.person), term.person).toBeDefined()
  })

  it('rejects an unknown office, naming it', () => {
    expect(() => officeholdersOn('2020-01-01', 'secretary' as never)).toThrow(/^office: expected one of secretary-general, rats-director, got "secretary"/)
  })
})

describe('hostile input', () => {
  const anything = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.object(), fc.date({ noInvalidDate: false }))

  it('the new accessors return documented values or throw TypeError/RangeError naming the argument', () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        for (const [call, argument] of [
          [() => getPerson(a as string), /^id: /],
          [() => findPersons(a as string), /^text: /],
          [() => chairOn(a as string), /^date: /],
          [() => officeholdersOn(a as string, b as never), /^(date|office): /],
          [() => attendanceOf({ person: a as string }), /^person: /],
        ] as const) {
          try {
            call()
          } catch (error) {
            expect(error instanceof TypeError || error instanceof RangeError).toBe(true)
            expect((error as Error).message).toMatch(argument)
          }
        }
      }),
    )
  })
})
