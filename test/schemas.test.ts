import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  DatasetSchema,
  DocumentSchema,
  IsoDateSchema,
  ParticipationSchema,
  SourceSchema,
  StateSchema,
  StatusPeriodSchema,
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
const state = { code: 'BY', iso3: 'BLR', name: 'Belarus', sources: [source], notes: null }
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

describe('IsoDateSchema', () => {
  it.each(['2024-02-29', '2001-06-15'])('accepts %s', (day) => expect(IsoDateSchema.safeParse(day).success).toBe(true))
  it.each(['2023-02-29', '2023-02-30', '2024-13-01', '2024-7-4', '2024-07-04T00:00:00Z', ''])('rejects %j', (day) =>
    expect(IsoDateSchema.safeParse(day).success).toBe(false),
  )
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

describe('DatasetSchema cross-record checks', () => {
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

  it.each([
    ['a duplicate summit id', { ...base, summits: [summit, summit] }, ['summits.1.id']],
    ['a duplicate document id', { ...base, documents: [document, document] }, ['documents.1.id']],
    ['a duplicate state', { ...base, states: [state, kz, state] }, ['states.2.code', 'states.2.iso3']],
    ['an unknown summit in a document', { ...base, documents: [{ ...document, summit: '2023-virtual', id: '2023-virtual/x' }] }, ['documents.0.summit']],
    ['a document dated outside its summit', { ...base, documents: [{ ...document, date: '2024-07-05' }] }, ['documents.0.date']],
    ['an unknown state in a period', { ...base, statusPeriods: [...base.statusPeriods, { ...period, state: 'FR' }] }, ['statusPeriods.3.state']],
    ['an unknown deciding summit', { ...base, statusPeriods: [base.statusPeriods[0], { ...period, decidedAt: '2024-bishkek' }, kzMember] }, ['statusPeriods.1.decidedAt']],
    ['a decision after the status took effect', { ...base, statusPeriods: [base.statusPeriods[0], period, { ...kzMember, decidedAt: '2024-astana' }] }, ['statusPeriods.2.decidedAt']],
    ['overlapping periods', { ...base, statusPeriods: [{ ...base.statusPeriods[0], to: '2024-07-04' }, period, kzMember] }, ['statusPeriods.1.from']],
    ['a state with no period', { ...base, statusPeriods: [kzMember] }, ['states.0.code', 'participations.0.capacity']],
    ['a capacity the state did not hold', { ...base, participations: [{ ...participation, capacity: 'observer' }] }, ['participations.0.capacity']],
    ['an unknown summit in a participation', { ...base, participations: [{ ...participation, summit: '2023-virtual' }] }, ['participations.0.summit']],
    ['a duplicate delegation', { ...base, participations: [participation, participation] }, ['participations.1']],
    ['a state code no registry knows', { ...base, participations: [{ ...participation, state: 'QQ', capacity: 'guest' }] }, ['participations.0.state']],
    ['an unknown person in a participation', { ...base, participations: [{ ...participation, person: 'nobody' }] }, ['participations.0.person']],
    ['a name that is not the person’s', { ...base, participations: [{ ...participation, personName: 'A. Lukashenka' }] }, ['participations.0.personName']],
    ['two persons sharing an alias', { ...base, persons: [lukashenko, norov, { ...alimov, aliases: ['alexander  LUKASHENKO'] }] }, ['persons.2.aliases.0']],
    ['a duplicate person id', { ...base, persons: [lukashenko, norov, alimov, { ...alimov, name: { en: 'R. Alimov' } }] }, ['persons.3.id']],
    ['an unknown person in a term', { ...base, officeholders: [alimovTerm, { ...norovTerm, person: 'nobody' }] }, ['officeholders.1.person']],
    ['an unknown appointing summit', { ...base, officeholders: [alimovTerm, { ...norovTerm, appointedAt: '2018-qingdao' }] }, ['officeholders.1.appointedAt']],
    ['overlapping terms of one office', { ...base, officeholders: [{ ...alimovTerm, to: '2019-01-01' }, norovTerm] }, ['officeholders.1.from']],
    ['an open term after another serving one', { ...base, officeholders: [{ ...alimovTerm, to: null, serving: true }, norovTerm] }, ['officeholders.1.from', 'officeholders.1.serving', 'officeholders.0.serving']],
    ['a gap between chairmanships', { ...base, chairmanships: [kzChair, { ...cnChair, from: '2024-07-06' }] }, ['chairmanships.1.from']],
    ['an overlap between chairmanships', { ...base, chairmanships: [kzChair, { ...cnChair, from: '2024-07-04' }] }, ['chairmanships.1.from']],
    ['a current chairmanship before the last', { ...base, chairmanships: [{ ...kzChair, to: null }, cnChair] }, ['chairmanships.0.to']],
    ['a summit chair who did not hold the chairmanship', { ...base, summits: [{ ...summit, chair: 'CN' }] }, ['summits.0.chair']],
  ])('rejects %s', (_, value, expected) => expect(paths(DatasetSchema, value)).toEqual(expected))
})
