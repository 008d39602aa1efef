import { describe, expect, it, vi } from 'vitest'
import {
  attendanceOf,
  findPersons,
  officeholdersOn,
  statesOn,
  documents,
  documentsOf,
  findDocuments,
  findSummits,
  getDocument,
  getState,
  getSummit,
  memberStatesOn,
  participantsOf,
  participations,
  stateName,
  states,
  statusHistory,
  statusOn,
  statusPeriods,
  summits,
} from '../src/index.js'
import { normalizeText } from '../src/normalize-text.js'
import { rawDocuments } from './helpers/raw-data.js'
import { straddles } from './helpers/straddles.js'

const founders = ['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']

describe('summits', () => {
  it('is in chronological order, ties broken by id', () => {
    const keys = summits.map((s) => `${s.startDate} ${s.id}`)
    expect(keys).toEqual([...keys].sort())
  })

  it('getSummit returns the record for a known id and undefined otherwise', () => {
    expect(getSummit('2024-astana')).toMatchObject({ body: 'heads-of-state', host: 'KZ', city: 'Astana', number: 24 })
    expect(getSummit('2024-nowhere')).toBeUndefined()
    expect(() => getSummit(42 as unknown as string)).toThrow(new TypeError('id: expected an id string such as "2024-astana", got the number 42'))
    expect(() => getSummit(undefined as never)).toThrow(new TypeError('id: expected an id string such as "2024-astana", got undefined'))
  })

  it('findSummits filters by body, year and host, in order', () => {
    const kz = findSummits({ body: 'heads-of-state', host: 'KZ' })
    expect(kz.length).toBeGreaterThan(0)
    expect(kz.every((s) => s.host === 'KZ' && s.body === 'heads-of-state')).toBe(true)
    expect(findSummits({ body: 'heads-of-state', year: 2024 }).map((s) => s.id)).toEqual(['2024-astana'])
    expect(findSummits()).toEqual([...summits])
  })

  it('findSummits treats from and to as inclusive bounds on the meeting days', () => {
    const astana = getSummit('2024-astana')
    expect(findSummits({ from: astana.endDate, to: astana.endDate }).map((s) => s.id)).toContain('2024-astana')
    expect(findSummits({ from: astana.startDate, to: astana.startDate }).map((s) => s.id)).toContain('2024-astana')
    expect(findSummits({ to: '1995-12-31' })).toEqual([])
    expect(findSummits({ from: new Date(2024, 6, 5), to: '2024-12-31' }).map((s) => s.id)).not.toContain('2024-astana')
  })

  it('findSummits rejects bad filters with errors that name them', () => {
    expect(() => findSummits({ body: 'heads-of-states' as never })).toThrow(
      new RangeError('body: expected one of heads-of-state, heads-of-government, shanghai-five, got "heads-of-states" (did you mean "heads-of-state"?)'),
    )
    expect(() => findSummits({ body: 7 as never })).toThrow(TypeError)
    expect(() => findSummits({ year: '2024' as never })).toThrow(new TypeError('year: expected an integer, got "2024"'))
    expect(() => findSummits({ year: 2024.5 })).toThrow(RangeError)
    expect(() => findSummits({ from: '2024-02-30' })).toThrow(/^from: expected a real day written YYYY-MM-DD, got "2024-02-30"$/)
    expect(() => findSummits({ to: 20240704 as never })).toThrow(TypeError)
    expect(() => findSummits(null as never)).toThrow(TypeError)
  })

  it('returns a fresh array the caller may change', () => {
    const found = findSummits({ year: 2024 })
    found.pop()
    expect(findSummits({ year: 2024 }).length).toBe(found.length + 1)
  })
})

describe('states and status', () => {
  it('states are ordered by code and getState finds each', () => {
    expect(states.map((s) => s.code)).toEqual([...states.map((s) => s.code)].sort())
    for (const state of states) expect(getState(state.code)).toBe(state)
    expect(getState('FR')).toBeUndefined()
    expect(getState('kz')).toBe(getState('KZ'))
    expect(getState('Kz')?.code).toBe('KZ')
    expect(getState('kzz')).toBeUndefined()
    expect(() => getState(undefined as never)).toThrow(new TypeError('code: expected an alpha-2 code string such as "KZ", got undefined'))
  })

  it('statusHistory is oldest first and covers every period', () => {
    expect(statusHistory('BY').map((p) => p.status)).toEqual(['dialogue-partner', 'observer', 'member'])
    expect(states.flatMap((s) => statusHistory(s.code)).length).toBe(statusPeriods.length)
    expect(statusHistory('FR')).toEqual([])
  })

  it('statusOn includes the first and the last day of a period', () => {
    expect(statusOn('BY', '2024-07-03')).toBe('observer')
    expect(statusOn('BY', '2024-07-04')).toBe('member')
    expect(statusOn('IN', '2017-06-08')).toBe('observer')
    expect(statusOn('IN', '2017-06-09')).toBe('member')
    expect(statusOn('KZ', '2001-06-14')).toBeUndefined()
    expect(statusOn('KZ', '2001-06-15')).toBe('member')
    expect(statusOn('KZ', new Date(2001, 5, 15))).toBe('member')
    expect(statusOn('MN', '2025-08-31')).toBe('observer')
    expect(statusOn('MN', '2025-09-01')).toBe('partner')
    expect(statusOn('FR', '2024-07-04')).toBeUndefined()
  })

  it('statusOn rejects a day that does not exist, naming the value', () => {
    expect(() => statusOn('KZ', '2023-02-29')).toThrow(new RangeError('date: expected a real day written YYYY-MM-DD, got "2023-02-29"'))
    expect(() => statusOn('KZ', new Date(Number.NaN))).toThrow(RangeError)
    expect(() => statusOn('KZ', 1 as never)).toThrow(
      new TypeError('date: expected a YYYY-MM-DD string, a plain date ({ year, month, day }) or a Date, got the number 1'),
    )
    expect(() => (statusOn as (code: string) => unknown)('BY')).toThrow(
      new TypeError('date: expected a YYYY-MM-DD string, a plain date ({ year, month, day }) or a Date, got undefined'),
    )
    expect(() => statusOn('KZ', { year: 2023, month: 2, day: 29 })).toThrow(new RangeError('date: expected a real day, got { year: 2023, month: 2, day: 29 }'))
    expect(() => statusOn('KZ', { year: 2024, month: 13, day: 1 })).toThrow(RangeError)
    expect(() => statusOn('KZ', { year: 2024, month: 7, day: 0 })).toThrow(RangeError)
    expect(() => statusOn('KZ', { year: 2024, month: 7.5, day: 1 })).toThrow(TypeError)
    expect(() => statusOn('KZ', { year: 2024, month: 7 } as never)).toThrow(TypeError)
    expect(() => statusOn('KZ', { year: 2024, month: 7, day: 4, calendarId: 'hebrew' } as never)).toThrow(RangeError)
  })

  it('memberStatesOn follows the enlargements', () => {
    const codes = (day: string) => memberStatesOn(day).map((s) => s.code)
    expect(codes('2001-06-14')).toEqual([])
    expect(codes('2001-06-15')).toEqual(founders)
    expect(codes('2017-06-08')).toEqual(founders)
    expect(codes('2017-06-09')).toEqual([...founders, 'IN', 'PK'].sort())
    expect(codes('2023-07-04')).toEqual([...founders, 'IN', 'PK', 'IR'].sort())
    expect(codes('2024-07-03')).toHaveLength(9)
    expect(codes('2024-07-04')).toEqual([...founders, 'IN', 'PK', 'IR', 'BY'].sort())
  })

  it('stateName uses the platform for any locale', () => {
    expect(stateName('KZ')).toBe('Kazakhstan')
    expect(stateName('KZ', 'ru')).toBe('Казахстан')
    expect(stateName('CN', 'zh')).toBe('中国')
    expect(stateName('XX')).toBeUndefined()
    expect(stateName('kz')).toBe('Kazakhstan')
    expect(stateName('kzz')).toBeUndefined()
    expect(() => stateName('KZ', 'not a locale!')).toThrow(RangeError)
    expect(() => stateName(7 as never)).toThrow(TypeError)
  })
})

describe('documents', () => {
  it('is ordered by date, then id', () => {
    const keys = documents.map((d) => `${d.date} ${d.id}`)
    expect(keys).toEqual([...keys].sort())
  })

  it('getDocument and documentsOf find the Astana 2024 documents', () => {
    expect(getDocument('2024-astana/astana-declaration')).toMatchObject({ kind: 'declaration', summit: '2024-astana' })
    expect(getDocument('nope/nope')).toBeUndefined()
    const astana = documentsOf('2024-astana')
    expect(astana).toHaveLength(getSummit('2024-astana').documentsReported!)
    expect(astana.every((d) => d.summit === '2024-astana')).toBe(true)
    expect(documentsOf('2010-dushanbe-hog')).toEqual([])
    expect(() => documentsOf('nope')).toThrow(new RangeError('summitId: no summit has the id "nope"'))
    expect(() => documentsOf('2024-astanaa')).toThrow(new RangeError('summitId: no summit has the id "2024-astanaa" (did you mean "2024-astana"?)'))
    expect(() => documentsOf(undefined as never)).toThrow(new TypeError('summitId: expected an id string such as "2024-astana", got undefined'))
  })

  it('findDocuments filters by kind, summit and dates', () => {
    expect(findDocuments({ summit: '2024-astana' })).toEqual(documentsOf('2024-astana'))
    const declarations = findDocuments({ kind: 'declaration', from: '2024-07-04', to: '2024-07-04' })
    expect(declarations.map((d) => d.id)).toContain('2024-astana/astana-declaration')
    expect(declarations.every((d) => d.kind === 'declaration' && d.date === '2024-07-04')).toBe(true)
  })

  it('findDocuments text search ignores case, diacritics and spacing, in every language', () => {
    const drug = findDocuments({ text: 'anti-drug  STRATEGY', summit: '2024-astana' })
    expect(drug.length).toBeGreaterThan(0)
    expect(drug.every((d) => /anti-drug strategy/i.test(d.title.en))).toBe(true)
    const withRussian = documents.find((d) => d.title.ru)!
    const word = withRussian.title.ru!.split(' ').find((w) => w.length > 5)!
    expect(findDocuments({ text: word.toUpperCase() })).toContain(withRussian)
    expect(findDocuments({ text: 'Decláration' }).length).toBe(findDocuments({ text: 'declaration' }).length)
    expect(findDocuments({ text: 'zzzz-no-such-title' })).toEqual([])
  })

  it('findDocuments matches within one title, never across the end of one language and the start of the next', async () => {
    // A fresh module, so that its search index is built in this test (a mutation run ties the code
    // that builds it to the test that first runs it).
    vi.resetModules()
    const { findDocuments } = await import('../src/findDocuments.js')
    const titlesOf = (d: (typeof rawDocuments)[number]) => [d.title.en, d.title.ru, d.title.zh].filter((t): t is string => t !== undefined).map(normalizeText)
    const needles = rawDocuments.flatMap((document) => straddles(titlesOf(document)))
    expect(needles.length).toBeGreaterThan(20)
    for (const needle of needles) {
      const expected = rawDocuments.filter((d) => titlesOf(d).some((title) => title.includes(needle))).map((d) => d.id)
      expect(findDocuments({ text: needle }).map((d) => d.id).sort(), needle).toEqual(expected.sort())
    }
  })

  it('findDocuments rejects bad filters', () => {
    expect(() => findDocuments({ kind: 'manifesto' as never })).toThrow(RangeError)
    expect(() => findDocuments({ text: 5 as never })).toThrow(new TypeError('text: expected a string, got the number 5'))
    expect(() => findDocuments({ title: 'terrorism' } as never)).toThrow(
      new TypeError('query: unknown key "title"; the keys are kind, summit, from, to, text'),
    )
    expect(() => findDocuments({ summit: '2024-astanaa' })).toThrow(/^summit: no summit has the id "2024-astanaa" \(did you mean "2024-astana"\?\)$/)
    expect(() => findDocuments({ kind: 'declarations' as never })).toThrow(/did you mean "declaration"/)
    expect(() => findDocuments({ from: 'yesterday' })).toThrow(RangeError)
  })
})

describe('participants', () => {
  it('participantsOf lists the heads of delegation of a summit', () => {
    const astana = participantsOf('2024-astana')
    expect(astana.find((p) => p.state === 'IN')).toMatchObject({ person: 'subrahmanyam-jaishankar', personName: 'Subrahmanyam Jaishankar', capacity: 'member' })
    expect(astana.find((p) => p.state === 'BY')).toMatchObject({ capacity: 'member' })
    expect(new Set(astana.filter((p) => p.capacity === 'member').map((p) => p.state))).toEqual(
      new Set(memberStatesOn('2024-07-04').map((s) => s.code)),
    )
    expect(participantsOf('2001-almaty-hog')).toEqual([])
    expect(() => participantsOf('nope')).toThrow(RangeError)
  })

  it('participations holds every summit’s participants, in summit order', () => {
    const order = summits.map((s) => s.id)
    const seen = participations.map((p) => order.indexOf(p.summit))
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
  })
})

describe('attendanceOf', () => {
  it('lists a state’s delegations in summit order, matching participations', () => {
    const india = attendanceOf('IN')
    expect(india).toEqual(participations.filter((p) => p.state === 'IN'))
    expect(india.length).toBeGreaterThan(10)
    const order = summits.map((s) => s.id)
    const positions = india.map((p) => order.indexOf(p.summit))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(attendanceOf('in')).toEqual(india)
    expect(() => attendanceOf('FR')).toThrow(/^who: no state with the code "FR" attended or holds a status/)
    expect(() => attendanceOf('nope')).toThrow(RangeError)
  })

  it('answers "which summits did India’s prime minister attend in person?"', () => {
    const inPerson = attendanceOf('IN').filter((p) => p.role === 'Prime Minister' && p.mode === 'in-person')
    expect(inPerson.length).toBeGreaterThan(0)
    expect(inPerson.every((p) => p.state === 'IN' && p.mode === 'in-person')).toBe(true)
  })

  it('matches people and organisations by whole words, ignoring case and diacritics', () => {
    const putin = attendanceOf({ person: 'putin' })
    expect(putin.length).toBeGreaterThan(10)
    expect(putin.every((p) => p.person === 'vladimir-putin')).toBe(true)
    expect(putin).toEqual(attendanceOf({ person: 'vladimir-putin' }))
    expect(attendanceOf({ person: 'Antonio Guterres' })).toEqual(attendanceOf({ person: 'António GUTERRES' }))
    expect(attendanceOf({ person: 'Put' })).toEqual([])
    const un = attendanceOf({ organisation: 'united nations' })
    expect(un.length).toBeGreaterThan(0)
    expect(un.every((p) => p.state === null && /united nations/i.test(p.organisation!))).toBe(true)
  })

  it('rejects what is not a code, a person or an organisation', () => {
    expect(() => attendanceOf(null as never)).toThrow(TypeError)
    expect(() => attendanceOf({ person: '  ' })).toThrow(new TypeError('person: expected a name, got "  "'))
    expect(() => attendanceOf({ person: 3 } as never)).toThrow(new TypeError('person: expected a name, got the number 3'))
    expect(() => attendanceOf({ name: 'x' } as never)).toThrow(new TypeError('who: unknown key "name"; the keys are person, organisation'))
    expect(() => attendanceOf({ person: 'Putin', organisation: 'United Nations' } as never)).toThrow(TypeError)
    expect(() => attendanceOf(undefined as never)).toThrow(new TypeError('who: expected an alpha-2 code, { person } or { organisation }, got undefined'))
  })

  it('every Council of Heads of State meeting since 2015 has a delegation for every member state', () => {
    for (const summit of findSummits({ body: 'heads-of-state', from: '2015-01-01' })) {
      const present = new Set(participantsOf(summit.id).map((p) => p.state))
      const missing = memberStatesOn(summit.endDate).filter((s) => !present.has(s.code))
      expect({ summit: summit.id, missing }).toEqual({ summit: summit.id, missing: [] })
    }
  })
})

describe('immutability', () => {
  it('the shared data is deeply frozen', () => {
    'use strict'
    const astana = getSummit('2024-astana') as unknown as { city: string | null; sources: unknown[] }
    expect(() => {
      astana.city = 'Nur-Sultan'
    }).toThrow(TypeError)
    expect(() => astana.sources.push({})).toThrow(TypeError)
    expect(() => (summits as unknown as unknown[]).pop()).toThrow(TypeError)
    expect(Object.isFrozen(getDocument('2024-astana/astana-declaration')!.title)).toBe(true)
  })
})

describe('results are the caller’s own', () => {
  it('changing an array an accessor returned changes nothing the next caller gets', () => {
    const calls: [string, () => unknown[]][] = [
      ['findSummits', () => findSummits({ year: 2024 })],
      ['statusHistory', () => statusHistory('BY')],
      ['memberStatesOn', () => memberStatesOn('2024-07-04')],
      ['statesOn', () => statesOn('2024-07-04')],
      ['documentsOf', () => documentsOf('2024-astana')],
      ['findDocuments', () => findDocuments({ summit: '2024-astana' })],
      ['participantsOf', () => participantsOf('2024-astana')],
      ['attendanceOf (state)', () => attendanceOf('IN')],
      ['attendanceOf (person id)', () => attendanceOf({ person: 'vladimir-putin' })],
      ['findPersons', () => findPersons('Singh')],
      ['officeholdersOn', () => officeholdersOn('2019-01-01')],
    ]
    for (const [name, call] of calls) {
      const first = call()
      const expected = [...first]
      expect(first.length, name).toBeGreaterThan(0)
      first.length = 0
      first.push('intruder')
      expect(call(), name).toEqual(expected)
    }
  })
})
