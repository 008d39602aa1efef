import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { alternativeId, collections, namedRecords, organisationSlug, recordIdOf, recordIds, recordTypes } from '../src/record-ids.js'
import {
  ChairmanshipSchema,
  DatasetSchema,
  DocumentIdSchema,
  DocumentSchema,
  IsoDateSchema,
  NotesSchema,
  OfficeholderSchema,
  ParticipationSchema,
  PersonIdSchema,
  PersonSchema,
  SourceSchema,
  StateCodeSchema,
  StateSchema,
  StatusPeriodSchema,
  SummitIdSchema,
  SummitSchema,
} from '../src/schemas.js'

const source = { url: 'https://tass.com/politics/1811359', publisher: 'TASS', title: 'Twenty-four documents', type: 'news' }

const summit = {
  id: '2024-astana',
  body: 'heads-of-state',
  number: 24,
  startDate: '2024-07-04',
  endDate: '2024-07-04',
  city: 'Astana',
  host: 'KZ',
  chair: 'KZ',
  format: 'in-person',
  documentsReported: 24,
  sources: [source],
  notes: null,
}
const document = {
  id: '2024-astana/astana-declaration',
  summit: '2024-astana',
  title: { en: 'Astana Declaration', ru: 'Астанинская декларация' },
  kind: 'declaration',
  date: '2024-07-04',
  signed: true,
  sources: [source],
  notes: null,
}
const state = { code: 'BY', iso3: 'BLR', name: 'Belarus', isoNumeric: '112', cow: { code: 370, abbreviation: 'BLR' }, sources: [source], notes: null }
const period = { state: 'BY', status: 'member', from: '2024-07-04', to: null, decidedAt: '2024-astana', sources: [source], notes: null }
const participation = {
  summit: '2024-astana',
  state: 'BY',
  organisation: null,
  person: 'aleksandr-lukashenko',
  personName: 'Alexander Lukashenko',
  role: 'President',
  capacity: 'member',
  mode: 'in-person',
  sources: [source],
  notes: null,
}

/** Zod's issue codes: a refinement of ours reports `custom`, a built-in check its own code. */
const issueCodes = ['custom', 'invalid_format', 'invalid_type', 'invalid_value', 'invalid_union', 'too_small', 'too_big', 'unrecognized_keys']

/** Every issue as `path: message`, the path joined with dots; each issue must carry one of Zod's codes. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value)
  if (result.success) return []
  for (const issue of result.error.issues) expect(issueCodes, issue.message).toContain(issue.code)
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

/** The paths of every issue, joined with dots, for compact assertions. */
function paths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
}

describe('valid records', () => {
  it.each([
    ['SourceSchema', SourceSchema, source],
    ['SummitSchema', SummitSchema, summit],
    ['DocumentSchema', DocumentSchema, document],
    ['StateSchema', StateSchema, state],
    ['StatusPeriodSchema', StatusPeriodSchema, period],
    ['ParticipationSchema', ParticipationSchema, participation],
  ] as const)('%s accepts a well-formed record unchanged', (_, schema, record) => {
    expect((schema as z.ZodType).parse(record)).toEqual(record)
  })

  it('accepts optional fields on sources and documents', () => {
    expect(paths(SourceSchema, { ...source, published: '2024-07-02', language: 'en' })).toEqual([])
    expect(paths(DocumentSchema, { ...document, covers: { from: 2025, to: 2027 } })).toEqual([])
  })
})

describe('invalid records name the field at fault', () => {
  it.each([
    ['a non-http URL', { ...source, url: 'ftp://tass.com/x' }, ['url']],
    ['a relative URL', { ...source, url: '/politics/1' }, ['url']],
    ['an empty publisher', { ...source, publisher: ' ' }, ['publisher']],
    ['an unknown key', { ...source, author: 'x' }, ['']],
    ['a bad language tag', { ...source, language: 'English' }, ['language']],
  ])('SourceSchema rejects %s', (_, value, expected) => expect(paths(SourceSchema, value)).toEqual(expected))

  it.each([
    ['an end before the start', { ...summit, startDate: '2024-07-05' }, ['endDate']],
    ['an id of another year than its start', { ...summit, startDate: '2025-07-05', endDate: '2025-07-05' }, ['id']],
    ['an impossible date', { ...summit, endDate: '2024-02-30' }, ['endDate']],
    ['an unknown body', { ...summit, body: 'council' }, ['body']],
    ['a lower-case host', { ...summit, host: 'kz' }, ['host']],
    ['an id of another year', { ...summit, id: '2023-astana' }, ['id']],
    ['no sources', { ...summit, sources: [] }, ['sources']],
    ['the same source twice', { ...summit, sources: [source, source] }, ['sources.1.url']],
    ['a missing field', (({ format: _format, ...rest }) => rest)(summit), ['format']],
    ['an in-person meeting with no city', { ...summit, city: null }, ['city']],
    ['a fractional number', { ...summit, number: 2.5 }, ['number']],
  ])('SummitSchema rejects %s', (_, value, expected) => expect(paths(SummitSchema, value)).toEqual(expected))

  it.each([
    ['an unknown kind', { ...document, kind: 'manifesto' }, ['kind']],
    ['an id outside its summit', { ...document, id: '2023-virtual/astana-declaration' }, ['id']],
    ['no English title', { ...document, title: { ru: 'Декларация' } }, ['title.en']],
    ['a reversed span', { ...document, covers: { from: 2027, to: 2025 } }, ['covers.to']],
    ['a string for signed', { ...document, signed: 'yes' }, ['signed']],
  ])('DocumentSchema rejects %s', (_, value, expected) => expect(paths(DocumentSchema, value)).toEqual(expected))

  it.each([
    ['an alpha-3 code', { ...state, code: 'BLR' }, ['code']],
    ['an alpha-2 iso3', { ...state, iso3: 'BY' }, ['iso3']],
  ])('StateSchema rejects %s', (_, value, expected) => expect(paths(StateSchema, value)).toEqual(expected))

  it.each([
    ['an end before the start', { ...period, to: '2024-07-03' }, ['to']],
    ['an unknown status', { ...period, status: 'associate' }, ['status']],
    ['a malformed summit id', { ...period, decidedAt: 'Astana 2024' }, ['decidedAt']],
  ])('StatusPeriodSchema rejects %s', (_, value, expected) => expect(paths(StatusPeriodSchema, value)).toEqual(expected))

  it.each([
    ['neither state nor organisation', { ...participation, state: null }, ['organisation', 'capacity']],
    ['both state and organisation', { ...participation, organisation: 'CIS' }, ['organisation']],
    ['an unknown mode', { ...participation, mode: 'hologram' }, ['mode']],
    ['an organisation name with no Latin letter or digit, which its id is built from', { ...participation, state: null, organisation: 'ШОС', capacity: 'guest' }, ['organisation']],
  ])('ParticipationSchema rejects %s', (_, value, expected) =>
    expect(paths(ParticipationSchema, value)).toEqual(expected),
  )
})

const lukashenko = { id: 'aleksandr-lukashenko', name: { en: 'Aleksandr Lukashenko' }, aliases: ['Alexander Lukashenko'], state: 'BY', sources: [source], notes: null }
const norov = { id: 'vladimir-norov', name: { en: 'Vladimir Norov' }, aliases: [], state: null, sources: [source], notes: null }
const alimov = { id: 'rashid-alimov', name: { en: 'Rashid Alimov' }, aliases: [], state: null, sources: [source], notes: null }
const term = { office: 'secretary-general', serving: false, appointedAt: null, sources: [source], notes: null }
const alimovTerm = { ...term, person: 'rashid-alimov', from: '2016-01-01', to: '2018-12-31' }
const norovTerm = { ...term, person: 'vladimir-norov', from: '2019-01-01', to: null, serving: true }
const kzChair = { state: 'KZ', from: '2023-07-05', to: '2024-07-04', sources: [source], notes: null }
const cnChair = { state: 'CN', from: '2024-07-05', to: null, sources: [source], notes: null }

describe('records of every kind', () => {
  it.each([
    ['PersonSchema', PersonSchema, lukashenko],
    ['OfficeholderSchema', OfficeholderSchema, alimovTerm],
    ['OfficeholderSchema', OfficeholderSchema, norovTerm],
    ['OfficeholderSchema', OfficeholderSchema, { ...term, person: 'rashid-alimov', from: null, to: null }],
    ['ChairmanshipSchema', ChairmanshipSchema, kzChair],
    ['ChairmanshipSchema', ChairmanshipSchema, cnChair],
    ['StatusPeriodSchema', StatusPeriodSchema, { ...period, to: '2024-07-04' }],
    ['DocumentSchema', DocumentSchema, { ...document, covers: { from: null, to: 2030 } }],
    ['DocumentSchema', DocumentSchema, { ...document, summit: null, id: 'sco/regulations-on-observer-status' }],
  ] as const)('%s accepts %j', (_, schema, record) => expect(paths(schema as z.ZodType, record)).toEqual([]))

  it('a range with a day that is not real reports that day alone, not the order', () => {
    expect(problems(StatusPeriodSchema, { ...period, from: '2024-13-01', to: '2024-07-03' })).toEqual(['from: expected a real calendar day written YYYY-MM-DD'])
    expect(problems(StatusPeriodSchema, { ...period, from: '2024-07-04', to: '2024-02-30' })).toEqual(['to: expected a real calendar day written YYYY-MM-DD'])
  })
})

describe('ids, codes, tags and URLs are matched whole', () => {
  it.each([
    [SummitIdSchema, '2019-tashkent-hog', true],
    [SummitIdSchema, 'x2024-astana', false],
    [SummitIdSchema, '2024-astana!', false],
    [DocumentIdSchema, '2024-astana/astana-declaration', true],
    [DocumentIdSchema, 'X2024-astana/astana-declaration', false],
    [DocumentIdSchema, '2024-astana/astana-declaration!', false],
    [PersonIdSchema, 'li-peng', true],
    [PersonIdSchema, 'Dr-li-peng', false],
    [PersonIdSchema, 'li-peng!', false],
    [StateCodeSchema, 'xKZ', false],
    [StateCodeSchema, 'KZX', false],
    [NotesSchema, ' ', false],
    [NotesSchema, '', false],
    [NotesSchema, null, true],
  ] as const)('%#: %j is accepted: %s', (schema, value, accepted) => {
    expect((schema as z.ZodType).safeParse(value).success).toBe(accepted)
  })

  it.each([
    ['an alpha-3 code with a lower-case letter before it', { ...state, iso3: 'xBLR' }, ['iso3']],
    ['an alpha-3 code with a letter after it', { ...state, iso3: 'BLRX' }, ['iso3']],
    ['a blank name', { ...state, name: ' ' }, ['name']],
    ['a numeric code with a digit before it', { ...state, isoNumeric: '1112' }, ['isoNumeric']],
    ['a numeric code with a digit after it', { ...state, isoNumeric: '1120' }, ['isoNumeric']],
    ['a COW abbreviation with a letter before it', { ...state, cow: { code: 370, abbreviation: 'xBLR' } }, ['cow.abbreviation']],
    ['a COW abbreviation with a letter after it', { ...state, cow: { code: 370, abbreviation: 'BLRX' } }, ['cow.abbreviation']],
  ])('StateSchema rejects %s', (_, value, expected) => expect(paths(StateSchema, value)).toEqual(expected))

  it.each([
    ['a region subtag', 'en-GB', true],
    ['a script subtag', 'zh-Hans', true],
    ['an empty subtag', 'en-', false],
    ['a character after the tag', 'en-GB!', false],
    ['an underscore', 'en_GB', false],
  ])('a language tag with %s (%s) is accepted: %s', (_, language, accepted) => {
    expect(SourceSchema.safeParse({ ...source, language }).success).toBe(accepted)
  })

  it.each([
    ['http', 'http://tass.com/politics/1811359', true],
    ['an IPv4 host', 'http://195.2.1.3/news/1', true],
    ['another scheme ending in https', 'git+https://tass.com/x', false],
    ['another scheme starting with https', 'httpsx://tass.com/x', false],
    ['a host with no domain', 'https://localhost/x', false],
    ['non-ASCII characters inside the path', 'https://tass.com/новости/1', false],
  ])('a URL with %s (%s) is accepted: %s', (_, url, accepted) => {
    expect(SourceSchema.safeParse({ ...source, url }).success).toBe(accepted)
  })

  it.each([
    ['SummitSchema', ['city'], SummitSchema, summit],
    ['DocumentSchema', ['title.en', 'title.ru', 'title.zh'], DocumentSchema, document],
    ['PersonSchema', ['name.en', 'name.ru', 'name.zh', 'aliases.0'], PersonSchema, lukashenko],
    ['ParticipationSchema', ['personName', 'role'], ParticipationSchema, participation],
    ['ParticipationSchema', ['organisation'], ParticipationSchema, { ...participation, state: null, organisation: 'CIS', capacity: 'guest' }],
  ] as const)('%s: a blank %j is rejected', (_, fields, schema, record) => {
    for (const field of fields) {
      const [key, sub] = field.split('.') as [string, string | undefined]
      const own = (record as Record<string, unknown>)[key]
      const blank = sub === undefined ? ' ' : Array.isArray(own) ? [' '] : { ...(own as object), [sub]: ' ' }
      expect([...new Set(paths(schema as z.ZodType, { ...record, [key]: blank }))], field).toEqual([field])
    }
  })

  it('a blank organisation is both too short and gives no id', () => {
    expect(paths(ParticipationSchema, { ...participation, state: null, organisation: ' ', capacity: 'guest' })).toEqual(['organisation', 'organisation'])
  })

  it.each([
    ['a blank title', { ...source, title: ' ' }, ['title']],
    ['a blank copyOf', { ...source, type: 'copy', copyOf: ' ' }, ['copyOf']],
  ])('SourceSchema rejects %s', (_, value, expected) => expect(paths(SourceSchema, value)).toEqual(expected))
})

describe('alternatives', () => {
  const other = (field: string, value: unknown) => ({ alternatives: [{ field, value, sources: [source] }] })
  it.each([
    ['SummitSchema', SummitSchema, summit, ['id', 'sources', 'notes', 'alternatives'], other('city', 'Nur-Sultan')],
    ['DocumentSchema', DocumentSchema, document, ['id'], other('date', '2024-07-03')],
    ['PersonSchema', PersonSchema, lukashenko, ['id'], other('state', 'RU')],
    ['StateSchema', StateSchema, state, ['code'], other('name', 'Byelorussia')],
    ['StatusPeriodSchema', StatusPeriodSchema, period, ['state'], other('from', '2024-07-03')],
    ['ChairmanshipSchema', ChairmanshipSchema, kzChair, ['state'], other('from', '2023-07-04')],
    ['OfficeholderSchema', OfficeholderSchema, alimovTerm, ['office'], other('from', '2016-01-02')],
    ['ParticipationSchema', ParticipationSchema, participation, ['summit', 'state', 'organisation'], other('mode', 'video')],
  ] as const)('%s: none names %j, one may name another field', (_, schema, record, forbidden, allowed) => {
    for (const field of forbidden) expect(paths(schema as z.ZodType, { ...record, ...other(field, 'x') }), field).toEqual(['alternatives.0.field'])
    expect(paths(schema as z.ZodType, { ...record, ...allowed })).toEqual([])
  })
})

describe('our messages say what was expected', () => {
  const cases: [name: string, schema: z.ZodType, value: unknown, expected: string[]][] = [
    ['IsoDateSchema', IsoDateSchema, '2023-02-29', [': expected a real calendar day written YYYY-MM-DD']],
    ['SourceSchema', SourceSchema, { ...source, url: 'ftp://tass.com/x' }, ['url: expected an absolute http(s) URL']],
    ['SourceSchema', SourceSchema, { ...source, url: 'https://tass.com/новости' }, ['url: expected an ASCII URL: percent-encode other characters']],
    ['SourceSchema', SourceSchema, { ...source, language: 'English' }, ['language: expected a BCP 47 language tag such as "en" or "ru"']],
    ['SourceSchema', SourceSchema, { ...source, copyOf: 'Kremlin' }, ['copyOf: copyOf goes only with type "copy"']],
    ['SourceSchema', SourceSchema, { ...source, type: 'copy' }, ['copyOf: a copy names the publisher of the original in copyOf']],
    ['StateSchema', StateSchema, { ...state, isoNumeric: '11' }, ['isoNumeric: expected an ISO 3166-1 numeric code of three digits, such as "398"']],
    ['StateSchema', StateSchema, { ...state, cow: { code: 370, abbreviation: 'blr' } }, ['cow.abbreviation: expected a Correlates of War state abbreviation in upper case, such as "KZK"']],
    ['SummitSchema', SummitSchema, { ...summit, sources: [] }, ['sources: expected at least one source']],
    ['SummitSchema', SummitSchema, { ...summit, sources: [source, source] }, ['sources.1.url: the URL https://tass.com/politics/1811359 is cited twice']],
    ['SummitSchema', SummitSchema, { ...summit, host: 'kz' }, ['host: expected an ISO 3166-1 alpha-2 code in upper case, such as "KZ"']],
    ['SummitSchema', SummitSchema, { ...summit, id: 'Astana 2024' }, ['id: expected a summit id such as "2024-astana": year, then lower-case words joined by hyphens', 'id: id "Astana 2024" must start with the year of startDate (2024)']],
    ['SummitSchema', SummitSchema, { ...summit, startDate: '2024-07-05' }, ['endDate: endDate (2024-07-04) is before startDate (2024-07-05)']],
    ['SummitSchema', SummitSchema, { ...summit, id: '2023-astana' }, ['id: id "2023-astana" must start with the year of startDate (2024)']],
    ['SummitSchema', SummitSchema, { ...summit, city: null }, ['city: an in-person meeting needs a city']],
    ['SummitSchema', SummitSchema, { ...summit, alternatives: [] }, ['alternatives: leave alternatives out rather than empty']],
    [
      'SummitSchema',
      SummitSchema,
      { ...summit, alternatives: [{ field: 'documentsReported', value: 24, sources: [source] }] },
      ["alternatives.0.value: the alternative repeats the record's own documentsReported: an alternative gives another value"],
    ],
    ['DocumentSchema', DocumentSchema, { ...document, id: 'astana-declaration' }, ['id: expected a document id such as "2024-astana/astana-declaration"', 'id: id "astana-declaration" must start with its summit id "2024-astana/"']],
    ['DocumentSchema', DocumentSchema, { ...document, covers: { from: 2027, to: 2025 } }, ['covers.to: covers.to (2025) is before covers.from (2027)']],
    ['StateSchema', StateSchema, { ...state, iso3: 'blr' }, ['iso3: expected an ISO 3166-1 alpha-3 code in upper case, such as "KAZ"']],
    ['StatusPeriodSchema', StatusPeriodSchema, { ...period, to: '2024-07-03' }, ['to: to (2024-07-03) is before from (2024-07-04)']],
    ['ParticipationSchema', ParticipationSchema, { ...participation, organisation: 'CIS' }, ['organisation: expected exactly one of state and organisation to be set']],
    ['ParticipationSchema', ParticipationSchema, { ...participation, state: null, organisation: 'ШОС', capacity: 'guest' }, ["organisation: expected the English name, with a Latin letter or digit: the participation's id is built from it"]],
    ['ParticipationSchema', ParticipationSchema, { ...participation, personName: null }, ['personName: a participation that names a person keeps the name as the source writes it']],
    ['ParticipationSchema', ParticipationSchema, { ...participation, state: null, organisation: 'CIS' }, ['capacity: an organisation cannot come in the capacity "member"']],
    ['ParticipationSchema', ParticipationSchema, { ...participation, person: 'Lukashenko' }, ['person: expected a person id such as "sushma-swaraj": lower-case ASCII words joined by hyphens']],
    ['PersonSchema', PersonSchema, { ...lukashenko, aliases: ['Aleksandr Lukashenko'] }, ['aliases.0: "Aleksandr Lukashenko" is the name or another alias already']],
    ['PersonSchema', PersonSchema, { ...lukashenko, aliases: ['A. Lukashenko', 'A. Lukashenko'] }, ['aliases.1: "A. Lukashenko" is the name or another alias already']],
    ['OfficeholderSchema', OfficeholderSchema, { ...norovTerm, to: '2024-12-31' }, ['to: a term still being served has no last day: expected null']],
    ['OfficeholderSchema', OfficeholderSchema, { ...alimovTerm, to: '2015-12-31' }, ['to: to (2015-12-31) is before from (2016-01-01)']],
    ['ChairmanshipSchema', ChairmanshipSchema, { ...kzChair, to: '2023-07-04' }, ['to: to (2023-07-04) is before from (2023-07-05)']],
  ]
  it.each(cases.map(([name, schema, value, expected]) => ({ name, schema, value, expected, says: expected.join(' | ') })))('$name: $says', ({ schema, value, expected }) =>
    expect(problems(schema, value)).toEqual(expected),
  )
})


describe('DatasetSchema cross-record checks', () => {
  it('describes each of its collections', () => {
    const properties = (z.toJSONSchema(DatasetSchema) as { properties: Record<string, { description?: string }> }).properties
    expect(Object.keys(properties)).toEqual([...collections])
    for (const [name, property] of Object.entries(properties)) expect(property.description, name).toMatch(/^Every |^The head of every delegation/)
  })


  const kz = { ...state, code: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' }
  const kzMember = { ...period, state: 'KZ', from: '2001-06-15', decidedAt: null }
  const base = {
    states: [state, kz],
    statusPeriods: [{ ...period, status: 'observer', from: '2015-07-10', to: '2024-07-03', decidedAt: null }, period, kzMember],
    summits: [summit],
    documents: [document],
    participations: [participation],
    persons: [lukashenko, norov, alimov],
    officeholders: [alimovTerm, norovTerm],
    chairmanships: [kzChair, cnChair],
  }

  it('accepts a consistent dataset', () => expect(paths(DatasetSchema, base)).toEqual([]))

  // Each message written out from the case's own values: which record, what was wrong, what was expected.
  it.each([
    ['a duplicate summit id', { ...base, summits: [summit, summit] }, ['summits.1.id: duplicate summit id "2024-astana"']],
    ['a duplicate document id', { ...base, documents: [document, document] }, ['documents.1.id: duplicate document id "2024-astana/astana-declaration"']],
    ['a duplicate state', { ...base, states: [state, kz, state] }, ['states.2.code: duplicate state code "BY"', 'states.2.iso3: duplicate iso3 code "BLR"']],
    [
      'a state of no known region',
      { ...base, states: [state, kz, { ...state, code: 'QQ', iso3: 'QQQ' }] },
      ['states.2.code: "QQ" is not a known ISO 3166-1 region', 'states.2.code: state "QQ" has no status period'],
    ],
    ['a summit hosted by no known region', { ...base, summits: [{ ...summit, host: 'QQ' }] }, ['summits.0.host: "QQ" is not a known ISO 3166-1 region']],
    ['a person of no known region', { ...base, persons: [{ ...lukashenko, state: 'QQ' }, norov, alimov] }, ['persons.0.state: "QQ" is not a known ISO 3166-1 region']],
    ['an unknown summit in a document', { ...base, documents: [{ ...document, summit: '2023-virtual', id: '2023-virtual/x' }] }, ['documents.0.summit: unknown summit "2023-virtual"']],
    ['a document dated outside its summit', { ...base, documents: [{ ...document, date: '2024-07-05' }] }, ["documents.0.date: 2024-07-05 is outside its summit's days (2024-07-04 to 2024-07-04)"]],
    ['a document dated before its summit', { ...base, documents: [{ ...document, date: '2024-07-03' }] }, ["documents.0.date: 2024-07-03 is outside its summit's days (2024-07-04 to 2024-07-04)"]],
    ['an unknown state in a period', { ...base, statusPeriods: [...base.statusPeriods, { ...period, state: 'FR' }] }, ['statusPeriods.3.state: unknown state "FR"']],
    ['an unknown deciding summit', { ...base, statusPeriods: [base.statusPeriods[0], { ...period, decidedAt: '2024-bishkek' }, kzMember] }, ['statusPeriods.1.decidedAt: unknown summit "2024-bishkek"']],
    [
      'a decision after the status took effect',
      { ...base, statusPeriods: [base.statusPeriods[0], period, { ...kzMember, decidedAt: '2024-astana' }] },
      ['statusPeriods.2.decidedAt: summit "2024-astana" (2024-07-04) comes after the status took effect (2001-06-15)'],
    ],
    [
      'overlapping periods',
      { ...base, statusPeriods: [{ ...base.statusPeriods[0], to: '2024-07-04' }, period, kzMember] },
      ['statusPeriods.1.from: BY: member from 2024-07-04 overlaps observer from 2015-07-10 to 2024-07-04'],
    ],
    [
      'a period overlapping an open one',
      { ...base, statusPeriods: [{ ...period, status: 'observer', from: '2015-07-10', decidedAt: null }, period, kzMember] },
      ['statusPeriods.1.from: BY: member from 2024-07-04 overlaps observer from 2015-07-10 to now'],
    ],
    [
      'a state with no period',
      { ...base, statusPeriods: [kzMember] },
      ['states.0.code: state "BY" has no status period', 'participations.0.capacity: BY did not hold the status "member" during 2024-astana (held: none)'],
    ],
    [
      'a capacity the state did not hold',
      { ...base, participations: [{ ...participation, capacity: 'observer' }] },
      ['participations.0.capacity: BY did not hold the status "observer" during 2024-astana (held: member)'],
    ],
    ['an unknown summit in a participation', { ...base, participations: [{ ...participation, summit: '2023-virtual' }] }, ['participations.0.summit: unknown summit "2023-virtual"']],
    ['a duplicate delegation', { ...base, participations: [participation, participation] }, ['participations.1: duplicate delegation "2024-astana/BY"']],
    [
      'two names of one organisation that give one id',
      { ...base, participations: [participation, ...['United Nations', 'United  Nations (UN)', 'united nations'].map((organisation) => ({ ...participation, state: null, organisation, capacity: 'guest' }))] },
      ['participations.3: duplicate delegation "2024-astana/united-nations"'],
    ],
    ['a state code no registry knows', { ...base, participations: [{ ...participation, state: 'QQ', capacity: 'guest' }] }, ['participations.0.state: "QQ" is not a known ISO 3166-1 region']],
    ['an unknown person in a participation', { ...base, participations: [{ ...participation, person: 'nobody' }] }, ['participations.0.person: unknown person "nobody"']],
    [
      'a name that is not the person’s',
      { ...base, participations: [{ ...participation, personName: 'A. Lukashenka' }] },
      ['participations.0.personName: "A. Lukashenka" is neither the name nor an alias of "aleksandr-lukashenko"'],
    ],
    [
      'two persons sharing an alias',
      { ...base, persons: [lukashenko, norov, { ...alimov, aliases: ['alexander  LUKASHENKO'] }] },
      ['persons.2.aliases.0: "alexander  LUKASHENKO" is also a name or alias of "aleksandr-lukashenko"'],
    ],
    ['a person named as another is', { ...base, persons: [lukashenko, norov, { ...alimov, name: { en: 'Vladimir NOROV' } }] }, ['persons.2.name: "Vladimir NOROV" is also a name or alias of "vladimir-norov"']],
    ['a duplicate person id', { ...base, persons: [lukashenko, norov, alimov, { ...alimov, name: { en: 'R. Alimov' } }] }, ['persons.3.id: duplicate person id "rashid-alimov"']],
    ['an unknown person in a term', { ...base, officeholders: [alimovTerm, { ...norovTerm, person: 'nobody' }] }, ['officeholders.1.person: unknown person "nobody"']],
    ['an unknown appointing summit', { ...base, officeholders: [alimovTerm, { ...norovTerm, appointedAt: '2018-qingdao' }] }, ['officeholders.1.appointedAt: unknown summit "2018-qingdao"']],
    [
      'overlapping terms of one office',
      { ...base, officeholders: [{ ...alimovTerm, to: '2019-01-01' }, norovTerm] },
      ['officeholders.1.from: secretary-general: the term of "vladimir-norov" from 2019-01-01 overlaps that of "rashid-alimov" from 2016-01-01'],
    ],
    [
      'a second term of one person in one office',
      { ...base, officeholders: [alimovTerm, { ...alimovTerm, from: '2019-01-01', to: '2020-12-31' }] },
      [`officeholders.1.person: duplicate term "secretary-general/rashid-alimov": one person's time in one office is one record, its id the office and the person`],
    ],
    [
      'an open term after another serving one',
      { ...base, officeholders: [{ ...alimovTerm, to: null, serving: true }, norovTerm] },
      [
        'officeholders.1.from: secretary-general: the term of "vladimir-norov" from 2019-01-01 overlaps that of "rashid-alimov" from 2016-01-01',
        'officeholders.1.serving: only one holder of an office can be serving',
        'officeholders.0.serving: a later term (from 2019-01-01) follows this one',
      ],
    ],
    [
      'a gap between chairmanships',
      { ...base, chairmanships: [kzChair, { ...cnChair, from: '2024-07-06' }] },
      ['chairmanships.1.from: expected 2024-07-05, the day after the previous chairmanship ends: chairmanships tile time, in order, with no gap or overlap'],
    ],
    [
      'an overlap between chairmanships',
      { ...base, chairmanships: [kzChair, { ...cnChair, from: '2024-07-04' }] },
      ['chairmanships.1.from: expected 2024-07-05, the day after the previous chairmanship ends: chairmanships tile time, in order, with no gap or overlap'],
    ],
    ['a current chairmanship before the last', { ...base, chairmanships: [{ ...kzChair, to: null }, cnChair] }, ['chairmanships.0.to: only the last chairmanship can be current (to: null)']],
    ['a chairmanship of no known region', { ...base, chairmanships: [kzChair, { ...cnChair, state: 'QQ' }] }, ['chairmanships.1.state: "QQ" is not a known ISO 3166-1 region']],
    [
      'a summit chair who did not hold the chairmanship',
      { ...base, summits: [{ ...summit, chair: 'CN' }] },
      ['summits.0.chair: 2024-astana is chaired by CN, but KZ holds the SCO chairmanship on 2024-07-04'],
    ],
    [
      'a summit chair of no known region',
      { ...base, summits: [{ ...summit, chair: 'QQ' }] },
      ['summits.0.chair: "QQ" is not a known ISO 3166-1 region', 'summits.0.chair: 2024-astana is chaired by QQ, but KZ holds the SCO chairmanship on 2024-07-04'],
    ],
    [
      'no chair for a summit in a chairmanship',
      { ...base, summits: [{ ...summit, chair: null }] },
      ['summits.0.chair: 2024-astana is chaired by nobody, but KZ holds the SCO chairmanship on 2024-07-04'],
    ],
    [
      'overlapping periods listed latest first',
      { ...base, statusPeriods: [period, { ...base.statusPeriods[0], to: '2024-07-04' }, kzMember] },
      ['statusPeriods.1.from: BY: observer from 2015-07-10 overlaps member from 2024-07-04 to now'],
    ],
    [
      'a summit on the first day of a chairmanship, chaired by the one before',
      { ...base, chairmanships: [{ ...kzChair, to: '2024-07-03' }, { ...cnChair, from: '2024-07-04' }] },
      ['summits.0.chair: 2024-astana is chaired by KZ, but CN holds the SCO chairmanship on 2024-07-04'],
    ],
    [
      'a capacity not held on either day of a two-day summit, when the state changed status between them',
      { ...base, summits: [{ ...summit, startDate: '2024-07-03' }], participations: [{ ...participation, capacity: 'dialogue-partner' }] },
      ['participations.0.capacity: BY did not hold the status "dialogue-partner" during 2024-astana (held: observer, member)'],
    ],
    [
      'a capacity held only from after the summit',
      { ...base, statusPeriods: [{ ...base.statusPeriods[0], to: '2024-07-04' }, { ...period, from: '2024-07-05' }, kzMember] },
      ['participations.0.capacity: BY did not hold the status "member" during 2024-astana (held: observer)'],
    ],
    [
      'overlapping terms listed latest first, the earlier ending on the later one’s first day',
      { ...base, officeholders: [norovTerm, { ...alimovTerm, to: '2019-01-01' }] },
      ['officeholders.1.from: secretary-general: the term of "rashid-alimov" from 2016-01-01 overlaps that of "vladimir-norov" from 2019-01-01'],
    ],
    [
      'a serving term followed by a later one',
      {
        ...base,
        officeholders: [
          { ...alimovTerm, person: 'vladimir-norov', from: '2020-01-01', to: '2020-12-31' },
          { ...norovTerm, person: 'rashid-alimov', from: '2019-01-01', to: null },
          { ...alimovTerm, person: 'aleksandr-lukashenko', from: '2010-01-01', to: '2010-12-31' },
        ],
      },
      [
        'officeholders.1.from: secretary-general: the term of "rashid-alimov" from 2019-01-01 overlaps that of "vladimir-norov" from 2020-01-01',
        'officeholders.1.serving: a later term (from 2020-01-01) follows this one',
      ],
    ],
    [
      'a summit chair of no known region, with no chairmanship recorded',
      { ...base, summits: [{ ...summit, chair: 'QQ' }], chairmanships: [] },
      ['summits.0.chair: "QQ" is not a known ISO 3166-1 region'],
    ],
  ])('rejects %s', (_, value, expected) => expect(problems(DatasetSchema, value)).toEqual(expected))

  it('names an alias by its index, a number, as Zod does', () => {
    const result = DatasetSchema.safeParse({ ...base, persons: [lukashenko, norov, { ...alimov, aliases: ['R. Alimov', 'Vladimir Norov'] }] })
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['persons', 2, 'aliases', 1]])
  })

  it.each([
    ['a Council of Heads of Government meeting, chaired by a state other than the chairmanship’s', { summits: [summit, { ...summit, id: '2024-islamabad-hog', body: 'heads-of-government', city: 'Islamabad', host: 'PK', chair: 'PK' }] }],
    ['a summit before the first chairmanship, with any chair', { summits: [summit, { ...summit, id: '2001-shanghai', startDate: '2001-06-15', endDate: '2001-06-15', chair: 'CN' }] }],
    ['a summit under the current, open chairmanship', { summits: [summit, { ...summit, id: '2025-tianjin', startDate: '2025-08-31', endDate: '2025-09-01', chair: 'CN' }] }],
    ['a summit with a null chair where no chairmanship is recorded', { summits: [{ ...summit, chair: null }], chairmanships: [] }],
    ['a Shanghai Five meeting attended by a state as "member" before any status', { summits: [summit, { ...summit, id: '1998-almaty', body: 'shanghai-five', startDate: '1998-07-03', endDate: '1998-07-03', chair: 'KZ' }], participations: [participation, { ...participation, summit: '1998-almaty' }] }],
    ['a document adopted outside a summit', { documents: [document, { ...document, id: 'sco/charter-note', summit: null, date: '2002-06-07' }] }],
    ['periods listed latest first that do not overlap', { statusPeriods: [period, base.statusPeriods[0], kzMember] }],
    ['terms listed latest first, the earlier one closed', { officeholders: [norovTerm, alimovTerm] }],
    ['a term with no known days beside the others', { officeholders: [alimovTerm, norovTerm, { ...term, office: 'secretary-general', person: 'aleksandr-lukashenko', from: null, to: null }] }],
  ])('accepts %s', (_, change) => expect(problems(DatasetSchema, { ...base, ...change })).toEqual([]))
})

/** How each kind of record is named (src/record-ids.ts): checked by hand, kind by kind. */
describe('record ids', () => {
  it.each([
    ['states', state, 'BY'],
    ['statusPeriods', period, 'BY/2024-07-04'],
    ['summits', summit, '2024-astana'],
    ['documents', document, '2024-astana/astana-declaration'],
    ['participations', participation, '2024-astana/BY'],
    ['participations', { ...participation, state: null, organisation: '  Conférence on Interaction & Confidence-Building (CICA) ' }, '2024-astana/conference-on-interaction-confidence-building-cica'],
    ['persons', lukashenko, 'aleksandr-lukashenko'],
    ['officeholders', alimovTerm, 'secretary-general/rashid-alimov'],
    ['chairmanships', kzChair, 'KZ/2023-07-05'],
  ] as const)('%s: %j is %s', (collection, record, id) => {
    expect(recordIdOf(collection, record as never)).toBe(id)
  })

  it('each collection has its record type, named as its JSON Schema file is', () => {
    expect(Object.fromEntries(collections.map((c) => [c, recordIds[c].type]))).toEqual({
      states: 'state',
      statusPeriods: 'status-period',
      summits: 'summit',
      documents: 'document',
      participations: 'participation',
      persons: 'person',
      officeholders: 'officeholder',
      chairmanships: 'chairmanship',
    })
    expect(recordTypes.filter((type) => type !== 'alternative')).toEqual(collections.map((c) => recordIds[c].type))
    expect(alternativeId('summit', '2025-tianjin', 2)).toBe('summit:2025-tianjin#2')
  })

  it('an organisation with no Latin letter or digit has no slug', () => {
    expect(organisationSlug('ШОС')).toBe('')
    expect(organisationSlug('-- ')).toBe('')
    expect(organisationSlug('ООН (UN)')).toBe('un')
  })

  it('namedRecords names every record of a dataset, collection by collection', () => {
    const dataset = { states: [state], statusPeriods: [period], summits: [summit], documents: [document], participations: [participation], persons: [lukashenko], officeholders: [alimovTerm], chairmanships: [kzChair] }
    expect(namedRecords(dataset as never).map(({ collection, id }) => `${collection} ${id}`)).toEqual([
      'states BY',
      'statusPeriods BY/2024-07-04',
      'summits 2024-astana',
      'documents 2024-astana/astana-declaration',
      'participations 2024-astana/BY',
      'persons aleksandr-lukashenko',
      'officeholders secretary-general/rashid-alimov',
      'chairmanships KZ/2023-07-05',
    ])
  })
})
