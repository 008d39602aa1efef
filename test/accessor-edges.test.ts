/**
 * The edges of the accessors that a user meets when something is off: which argument an error
 * names, what the type guards say of any value, the forms of a day they refuse, the free-text
 * searches across every spelling, and the loader's unpacking. Expected values are hand-checked
 * against data/ (the Astana Declaration's Russian title, Rahmon's 1996 spelling).
 */
import { describe, expect, it } from 'vitest'
import {
  attendanceOf,
  findDocuments,
  findPersons,
  findSummits,
  getDocument,
  getPerson,
  isDocumentId,
  isStateCode,
  isSummitId,
  officeholdersOn,
  participations,
  stateName,
  statesOn,
  statusOn,
} from '../src/index.js'
import { joinSources, unpackRecords } from '../src/packed.js'
import type { Source } from '../src/types.js'

const anyOf = (value: unknown) => value as never

describe('type guards', () => {
  it.each([
    ['isStateCode', isStateCode, 'BY', ['by', 'XX', '', 42, null, undefined, {}]],
    ['isSummitId', isSummitId, '2024-astana', ['2024-Astana', '2099-nowhere', '', 2024, null]],
    ['isDocumentId', isDocumentId, '2024-astana/astana-declaration', ['2024-astana', '', 1, null, ['2024-astana/astana-declaration']]],
  ] as const)('%s is true for a known id and false for anything else', (_, guard, known, others) => {
    expect(guard(known)).toBe(true)
    for (const other of others) expect(guard(other)).toBe(false)
  })
})

describe('errors name the argument at fault', () => {
  it.each([
    [() => statusOn(anyOf(42), '2024-07-04'), TypeError, /^code: /],
    [() => statusOn('BY', 'soon'), RangeError, /^date: expected a real day written YYYY-MM-DD, got "soon"$/],
    [() => statusOn('BY', new Date(Number.NaN)), RangeError, /^date: expected a valid date, got an invalid Date$/],
    [() => statusOn('BY', anyOf({ year: 2024, month: 7, day: 4, calendarId: 'gregory' })), RangeError, /^date: expected a date in the ISO calendar, got one in the "gregory" calendar$/],
    [() => findSummits({ body: anyOf(42) }), TypeError, /^body: expected one of heads-of-state, heads-of-government, shanghai-five, got the number 42$/],
    [() => findSummits({ year: 2024.5 }), RangeError, /^year: expected an integer, got the number 2024\.5$/],
    [() => findSummits({ host: anyOf(7) }), TypeError, /^host: /],
    [() => findSummits({ from: '2024-01-01', to: 'tomorrow' }), RangeError, /^to: /],
    [() => findDocuments({ kind: anyOf(3) }), TypeError, /^kind: expected one of declaration, charter, convention, treaty, agreement, decision, statement, strategy, programme, plan, initiative, memorandum, communique, protocol, other, got the number 3$/],
    [() => findDocuments({ from: 'yesterday' }), RangeError, /^from: /],
    [() => getDocument(anyOf(1)), TypeError, /^id: expected an id string such as "2024-astana\/astana-declaration", got the number 1$/],
    [() => getPerson(anyOf(1)), TypeError, /^id: expected an id string such as "sushma-swaraj", got the number 1$/],
    [() => attendanceOf('B1'), RangeError, /^who: /],
    [() => stateName('BY', anyOf(5)), TypeError, /^locale: expected a BCP 47 tag such as "ru", got the number 5$/],
    [() => statesOn('2020-01-01', anyOf(42)), TypeError, /^status: expected one of member, observer, dialogue-partner, partner, got the number 42$/],
    [() => officeholdersOn('2020-01-01', anyOf(42)), TypeError, /^office: expected one of secretary-general, rats-director, got the number 42$/],
    [() => officeholdersOn('2020-01-01', anyOf('secretary-generl')), TypeError, /got "secretary-generl" \(did you mean "secretary-general"\?\)$/],
  ])('%s', (call, type, message) => {
    expect(call).toThrow(type)
    expect(call).toThrow(message)
  })

  it('a plain date in the ISO calendar is taken whether or not it says so', () => {
    expect(statusOn('BY', anyOf({ year: 2024, month: 7, day: 4, calendarId: 'iso8601' }))).toBe('member')
    expect(statusOn('BY', { year: 2024, month: 7, day: 3 })).toBe('observer')
  })
})

describe('free-text searches read every spelling', () => {
  it('a document by a word of its Russian title, at the start of that title', () => {
    expect(findDocuments({ text: 'Астанинская' }).map((d) => d.id)).toContain('2024-astana/astana-declaration')
  })

  it('a person by the first word of their Russian name', () => {
    expect(findPersons('Абдулла').map((p) => p.id)).toContain('abdulla-aripov')
  })

  it('a delegate by a spelling of their name that the record of that meeting does not use', () => {
    const rahmon1996 = participations.find((p) => p.summit === '1996-shanghai' && p.state === 'TJ')!
    expect(rahmon1996.personName).toBe('Emomali Rakhmonov')
    expect(attendanceOf({ person: 'Emomali Rahmon' })).toContain(rahmon1996)
    expect(attendanceOf({ person: 'Rakhmonov' })).toContain(rahmon1996)
  })

  it('an organisation by a word of its name', () => {
    const found = attendanceOf({ organisation: 'Nations' })
    expect(found.length).toBeGreaterThan(0)
    for (const participation of found) expect(participation.organisation).toMatch(/nations/i)
  })
})

describe('unpacking the data', () => {
  const source = (url: string): Source => ({ url, publisher: 'P', title: 'T', type: 'news' }) as Source

  it('joins the shards of a module in order, one shard as itself', () => {
    const one = [source('https://a.example/1')]
    const two = [source('https://b.example/2'), source('https://b.example/3')]
    expect(joinSources(one)).toBe(one)
    expect(joinSources(one, two)).toEqual([...one, ...two])
  })

  it('resolves positions to the shared sources and freezes records with and without alternatives', () => {
    const sources = [source('https://a.example/1'), source('https://a.example/2')]
    const records = unpackRecords<{ id: string; sources: Source[]; alternatives?: unknown[] }>(
      [
        { id: 'plain', sources: [1] },
        { id: 'disputed', sources: [0, 1], alternatives: [{ field: 'id', value: 'other', sources: [0] }] },
      ],
      sources,
    )
    expect(records.map((r) => r.id)).toEqual(['plain', 'disputed'])
    expect(records[0]!.sources[0]).toBe(sources[1])
    expect(records[1]!.sources).toEqual([sources[0], sources[1]])
    expect(Object.isFrozen(records)).toBe(true)
    expect(records.every((r) => Object.isFrozen(r) && Object.isFrozen(r.sources))).toBe(true)
    expect(Object.isFrozen(records[1]!.alternatives![0])).toBe(true)
  })
})
