import type { bodies, capacities, documentKinds, offices, sourceTypes, statuses } from './vocabulary.js'

// The record interfaces' members are written from the Zod schemas by `npm run types`
// (scripts/record-types.ts), each with its field's description: edit the schemas, not the members.
// The documentation above each declaration is written here.

/**
 * A page a fact rests on, as the data holds it: deeply read-only. See {@link "sco-data/schemas"!SourceSchema | SourceSchema} for each
 * field; `SourceInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import type { Source } from 'sco-data'
 *
 * const source: Source = { url: 'https://tass.com/politics/1811359', publisher: 'TASS', title: 'Twenty-four documents', type: 'news' }
 * source.publisher // 'TASS'
 * ```
 * @category Types
 */
export interface Source {
  /** The absolute `http:` or `https:` address of the page (https wherever the site serves it). */
  readonly url: string
  /** Who published the page: `Kremlin`, `TASS`, `Xinhua`, a foreign ministry… */
  readonly publisher: string
  /** The page's headline or title as the publisher gives it (see `descriptiveTitle`). */
  readonly title: string
  /** `true` when the curators did not see the page's own headline and `title` describes the page instead; absent when `title` is the headline. */
  readonly descriptiveTitle?: true
  /** The day the page was published, where known. */
  readonly published?: string
  /** The page's language as a BCP 47 tag (`en`, `ru`, `zh`), where known. */
  readonly language?: string
  /** What kind of publisher: `official` (the SCO, a government, a parliament, the UN), `news` (a news agency or newspaper), `reference` (an encyclopedia or document collection) or `copy` (a repost of another publisher's text). */
  readonly type: SourceType
  /** For a `copy`: the publisher of the original text; only a copy has one. */
  readonly copyOf?: string
}

/**
 * What kind of publisher a source is: `official`, `news`, `reference` or `copy` (see
 * {@link sourceTypes}).
 *
 * @example
 * ```ts
 * import type { SourceType } from 'sco-data'
 *
 * const type: SourceType = 'official'
 * type // 'official'
 * ```
 * @category Types
 */
export type SourceType = (typeof sourceTypes)[number]

/**
 * Another value that cited sources give for one field `F` of a record, of that field's type `V`:
 * the record's own value is the best supported, and each alternative keeps what the other sources
 * say. A record's `alternatives` list them (`SummitAlternative` for a summit, and so on).
 *
 * @example
 * ```ts
 * import { getSummit, type Alternative } from 'sco-data'
 *
 * const counts = getSummit('2025-tianjin').alternatives?.filter((a): a is Alternative<'documentsReported', number | null> => a.field === 'documentsReported')
 * counts?.map((a) => a.value) // [24, 20]
 * ```
 * @category Types
 */
export interface Alternative<F extends string, V> {
  /** One of the record's own fields (not `sources`, `notes`, nor the field that identifies the record), that sources give another value for. */
  readonly field: F
  /** The other value, of that field's own type; it differs from the record's. */
  readonly value: V
  /** The pages that give it. */
  readonly sources: readonly Source[]
  /** What a reader should know about it, where the sources alone do not say. */
  readonly note?: string
}
/**
 * A state holding or having held an SCO status, as the data holds it: deeply read-only. See
 * {@link "sco-data/schemas"!StateSchema | StateSchema}; `StateInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { getState, type State } from 'sco-data'
 *
 * const state: State = getState('KZ')
 * state.name // 'Kazakhstan'
 * ```
 * @category Types
 */
export interface State {
  /** ISO 3166-1 alpha-2 code, the state's id throughout the dataset (`KZ`). */
  readonly code: string
  /** ISO 3166-1 alpha-3 code (`KAZ`). */
  readonly iso3: string
  /** Short English name (`Kazakhstan`). Names in other languages come from the platform's `Intl.DisplayNames`: see `stateName`. */
  readonly name: string
  /** ISO 3166-1 numeric code, three digits with leading zeros (`398`). */
  readonly isoNumeric: string
  /** The state's Correlates of War codes, for merging with COW-coded data (its state system list, the IGO data); `null` for a state COW does not code. */
  readonly cow: { readonly code: number; readonly abbreviation: string } | null
  /** The pages this record rests on: at least one, no URL cited twice. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers: how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly StateAlternative[]
}

/**
 * Another value that cited sources give for one field of a state: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { getState, type StateAlternative } from 'sco-data'
 *
 * const alternatives: readonly StateAlternative[] = getState('KZ').alternatives ?? []
 * Array.isArray(alternatives) // true
 * ```
 * @category Types
 */
export type StateAlternative =
  | Alternative<"iso3", string>
  | Alternative<"name", string>
  | Alternative<"isoNumeric", string>
  | Alternative<"cow", { readonly code: number; readonly abbreviation: string } | null>
/**
 * `member`, `observer`, `dialogue-partner` or `partner`. See {@link "sco-data/schemas"!StatusSchema | StatusSchema}.
 *
 * @example
 * ```ts
 * import { statusOn, type Status } from 'sco-data'
 *
 * const status: Status | undefined = statusOn('IN', '2017-06-09')
 * status // 'member'
 * ```
 * @category Types
 */
export type Status = (typeof statuses)[number]
/**
 * One stretch of one status held by one state, as the data holds it: deeply read-only. See
 * {@link "sco-data/schemas"!StatusPeriodSchema | StatusPeriodSchema}; `StatusPeriodInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { statusHistory, type StatusPeriod } from 'sco-data'
 *
 * const statusesOf = (periods: readonly StatusPeriod[]) => periods.map((period) => period.status)
 * statusesOf(statusHistory('IN')) // ['observer', 'member']
 * ```
 * @category Types
 */
export interface StatusPeriod {
  /** The state's alpha-2 code. */
  readonly state: string
  /** The status held. */
  readonly status: Status
  /** The first day the status was held: the day it took effect. */
  readonly from: string
  /** The last day it was held, or `null` while it lasts. */
  readonly to: string | null
  /** The id of the summit that decided it, where a summit did; otherwise `null`. The summit may not start after `from`. */
  readonly decidedAt: string | null
  /** The pages this record rests on: at least one, no URL cited twice. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers (the days of decision and of entry into force where they differ): how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly StatusPeriodAlternative[]
}

/**
 * Another value that cited sources give for one field of a status period: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { statusHistory, type StatusPeriodAlternative } from 'sco-data'
 *
 * const laos: readonly StatusPeriodAlternative[] = statusHistory('LA')[0]?.alternatives ?? []
 * laos.map((a) => a.value) // ['dialogue-partner']
 * ```
 * @category Types
 */
export type StatusPeriodAlternative =
  | Alternative<"status", Status>
  | Alternative<"from", string>
  | Alternative<"to", string | null>
  | Alternative<"decidedAt", string | null>
/**
 * Which body met. See {@link "sco-data/schemas"!BodySchema | BodySchema}.
 *
 * @example
 * ```ts
 * import { getSummit, type Body } from 'sco-data'
 *
 * const body: Body = getSummit('2024-astana').body
 * body // 'heads-of-state'
 * ```
 * @category Types
 */
export type Body = (typeof bodies)[number]
/**
 * A meeting city's names in Russian and Chinese, each where a source in that language gives it.
 *
 * @example
 * ```ts
 * import { getSummit, type CityNames } from 'sco-data'
 *
 * const names: CityNames | undefined = getSummit('2024-astana').cityNames
 * names?.ru // 'Астана'
 * ```
 * @category Types
 */
export interface CityNames {
  /** The name in Cyrillic as a cited Russian-language source writes it. */
  readonly ru?: string
  /** The name in simplified Han characters as a cited Chinese-language source writes it. */
  readonly zh?: string
}

/**
 * A summit, as the data holds it: deeply read-only. See {@link "sco-data/schemas"!SummitSchema | SummitSchema}; `SummitInput` from
 * `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { getSummit, summits, type Summit } from 'sco-data'
 *
 * const summit: Summit = getSummit('2024-astana')
 * summit.host // 'KZ'
 * summits.map((s: Summit) => s.id).includes('2024-astana') // true
 * ```
 * @category Types
 */
export interface Summit {
  /** Stable slug, `YYYY-city` (`2024-astana`); `-hog` appended for the Council of Heads of Government (`2019-tashkent-hog`); `virtual` in place of the city for a meeting held only by video (`2020-virtual`). Starts with the year of `startDate`. */
  readonly id: string
  /** Which body met. */
  readonly body: Body
  /** The ordinal the SCO itself gives the meeting ("the 24th meeting"), or `null` where no source gives it. */
  readonly number: number | null
  /** The first day of the meeting. */
  readonly startDate: string
  /** The last day of the meeting (equal to `startDate` for a one-day meeting). */
  readonly endDate: string
  /** The city's English name as it was called then; `null` for a meeting held only by video. */
  readonly city: string | null
  /** The city's name in Russian and in Chinese, each as a cited source in that language writes it; absent for a meeting held only by video, and a language left out where no source in it was found. */
  readonly cityNames?: CityNames
  /** Alpha-2 code of the state where the meeting took place; for a meeting held only by video, the state that convened it. */
  readonly host: string
  /** Alpha-2 code of the state that chaired it, or `null` where no source says. A Council of Heads of State meeting is chaired by the state holding the SCO chairmanship on its first day: usually the host, but in 2003 Kazakhstan chaired in Moscow. */
  readonly chair: string | null
  /** `in-person`, or `virtual` for a meeting held only by video. An in-person meeting has a city. */
  readonly format: "in-person" | "virtual"
  /** How many documents the sources say were adopted or signed there, or `null` where no source gives a total. Compare with the documents listed to see what is missing. */
  readonly documentsReported: number | null
  /** The pages this record rests on: at least one, no URL cited twice. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers: how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly SummitAlternative[]
}

/**
 * Another value that cited sources give for one field of a summit: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { getSummit, type SummitAlternative } from 'sco-data'
 *
 * const tianjin: readonly SummitAlternative[] = getSummit('2025-tianjin').alternatives ?? []
 * tianjin.map((a) => a.field) // ['documentsReported', 'documentsReported']
 * ```
 * @category Types
 */
export type SummitAlternative =
  | Alternative<"body", Body>
  | Alternative<"number", number | null>
  | Alternative<"startDate", string>
  | Alternative<"endDate", string>
  | Alternative<"city", string | null>
  | Alternative<"cityNames", CityNames>
  | Alternative<"host", string>
  | Alternative<"chair", string | null>
  | Alternative<"format", "in-person" | "virtual">
  | Alternative<"documentsReported", number | null>
/**
 * A document's titles: English always, Russian and Chinese where a source in that language gives
 * them.
 *
 * @example
 * ```ts
 * import { getDocument, type DocumentTitle } from 'sco-data'
 *
 * const title: DocumentTitle = getDocument('2024-astana/astana-declaration').title
 * title.en.includes('Astana') // true
 * ```
 * @category Types
 */
export interface DocumentTitle {
  /** The title as an English-language source gives it. */
  readonly en: string
  /** The title in Cyrillic as a Russian-language source gives it, where one does (Latin letters only in an acronym such as COVID). */
  readonly ru?: string
  /** The title in simplified Han characters as a Chinese-language source gives it, where one does (no Latin letters). */
  readonly zh?: string
}

/**
 * The kind of a document. See {@link "sco-data/schemas"!DocumentKindSchema | DocumentKindSchema}.
 *
 * @example
 * ```ts
 * import { getDocument, type DocumentKind } from 'sco-data'
 *
 * const kind: DocumentKind = getDocument('2024-astana/astana-declaration').kind
 * kind // 'declaration'
 * ```
 * @category Types
 */
export type DocumentKind = (typeof documentKinds)[number]
/**
 * A document adopted or signed, as the data holds it: deeply read-only. See {@link "sco-data/schemas"!DocumentSchema | DocumentSchema};
 * `DocumentInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { getDocument, type Document } from 'sco-data'
 *
 * const document: Document = getDocument('2024-astana/astana-declaration')
 * document.summit // '2024-astana'
 * ```
 * @category Types
 */
export interface Document {
  /** Stable id: `summitId/slug` (`2024-astana/astana-declaration`); it starts with its summit's id. */
  readonly id: string
  /** The id of the summit that adopted it, or `null` for one adopted outside a summit. */
  readonly summit: string | null
  /** Its title in English always, and in Russian and Chinese where a source in that language gives it. */
  readonly title: DocumentTitle
  /** `true` when no source read gives the document's formal English title and `title.en` describes it instead (or translates a title from another language; `notes` says which); absent when `title.en` is the formal title as a source gives it. */
  readonly descriptiveTitle?: true
  /** The kind of act. */
  readonly kind: DocumentKind
  /** The day it was adopted or signed; within its summit's days. */
  readonly date: string
  /** `true` if signed, `false` if adopted without signing, `null` where no source says. */
  readonly signed: boolean | null
  /** The years a programme, plan or strategy covers (`{ from: 2025, to: 2027 }`), where it has such a span. */
  readonly covers?: { readonly from: number | null; readonly to: number }
  /** The pages this record rests on: at least one, no URL cited twice. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers: how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly DocumentAlternative[]
}

/**
 * Another value that cited sources give for one field of a document: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { documents, type DocumentAlternative } from 'sco-data'
 *
 * const all: DocumentAlternative[] = documents.flatMap((d) => d.alternatives ?? [])
 * all.every((a) => a.sources.length > 0) // true
 * ```
 * @category Types
 */
export type DocumentAlternative =
  | Alternative<"summit", string | null>
  | Alternative<"title", DocumentTitle>
  | Alternative<"descriptiveTitle", true>
  | Alternative<"kind", DocumentKind>
  | Alternative<"date", string>
  | Alternative<"signed", boolean | null>
  | Alternative<"covers", { readonly from: number | null; readonly to: number }>
/**
 * The capacity a delegation came in. See {@link "sco-data/schemas"!CapacitySchema | CapacitySchema}.
 *
 * @example
 * ```ts
 * import type { Capacity } from 'sco-data'
 *
 * const capacity: Capacity = 'guest'
 * capacity // 'guest'
 * ```
 * @category Types
 */
export type Capacity = (typeof capacities)[number]
/**
 * The head of one delegation at one summit, as the data holds it: deeply read-only. See
 * {@link "sco-data/schemas"!ParticipationSchema | ParticipationSchema}; `ParticipationInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { participantsOf, type Participation } from 'sco-data'
 *
 * const india: Participation | undefined = participantsOf('2024-astana').find((p) => p.state === 'IN')
 * india?.capacity // 'member'
 * ```
 * @category Types
 */
export interface Participation {
  /** The summit's id. */
  readonly summit: string
  /** The delegation's state (alpha-2), or `null` for an international organisation. Guests may be states with no SCO status. */
  readonly state: string | null
  /** The organisation's English name where the delegation is not a state's; else `null`. Exactly one of `state` and `organisation` is set. */
  readonly organisation: string | null
  /** The head of delegation's person id, or `null` where no source names the delegate or the name cannot be tied to one person (`notes` says which). */
  readonly person: string | null
  /** The name exactly as the cited source writes it ("S. Svaradzh"), or `null` where the sources name no one (for instance, a state that sent no delegation: see `notes`). It is the person's name or one of their aliases. */
  readonly personName: string | null
  /** The person's office (`President`, `Prime Minister`, `Minister of External Affairs`…), or `null` where unknown. */
  readonly role: string | null
  /** The capacity in which the delegation came. */
  readonly capacity: Capacity
  /** `in-person`, `video` (took part by video link), or `null` where no source says. */
  readonly mode: "in-person" | "video" | null
  /** The pages this record rests on: at least one, no URL cited twice. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers (a state that sent no one, or only its ambassador): how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly ParticipationAlternative[]
}

/**
 * Another value that cited sources give for one field of a delegation: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { participantsOf, type ParticipationAlternative } from 'sco-data'
 *
 * const iran = participantsOf('2010-dushanbe-hog').find((p) => p.state === 'IR')
 * const other: ParticipationAlternative | undefined = iran?.alternatives?.find((a) => a.field === 'person')
 * other?.value // 'esfandiar-rahim-mashaei'
 * ```
 * @category Types
 */
export type ParticipationAlternative =
  | Alternative<"person", string | null>
  | Alternative<"personName", string | null>
  | Alternative<"role", string | null>
  | Alternative<"capacity", Capacity>
  | Alternative<"mode", "in-person" | "video" | null>
/**
 * A day written `YYYY-MM-DD`. See {@link "sco-data/schemas"!IsoDateSchema | IsoDateSchema}.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'sco-data'
 *
 * const day: IsoDate = '2024-07-04'
 * day.length // 10
 * ```
 * @category Types
 */
export type IsoDate = string
/**
 * The whole dataset, deeply read-only. See {@link "sco-data/schemas"!DatasetSchema | DatasetSchema}; `DatasetInput` from
 * `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { summits, type Dataset } from 'sco-data'
 *
 * const count: Dataset['summits']['length'] = summits.length
 * count > 0 // true
 * ```
 * @category Types
 */
export interface Dataset {
  /** Every state that holds or held a status in the SCO. */
  readonly states: readonly State[]
  /** Every stretch of time during which a state held one status. */
  readonly statusPeriods: readonly StatusPeriod[]
  /** Every meeting of the SCO's top bodies, and of the Shanghai Five before them. */
  readonly summits: readonly Summit[]
  /** Every document adopted or signed at the summits (or, rarely, outside one). */
  readonly documents: readonly Document[]
  /** The head of every delegation at every summit. */
  readonly participations: readonly Participation[]
  /** Every person who headed a delegation or held an SCO office. */
  readonly persons: readonly Person[]
  /** Every term of the Secretary-General and of the RATS Director. */
  readonly officeholders: readonly Officeholder[]
  /** Every chairmanship of the SCO, in order. */
  readonly chairmanships: readonly Chairmanship[]
}
/**
 * A person's name: English always, Russian and Chinese where a source in that language gives them.
 *
 * @example
 * ```ts
 * import { getPerson, type PersonName } from 'sco-data'
 *
 * const name: PersonName | undefined = getPerson('xi-jinping')?.name
 * name?.en // 'Xi Jinping'
 * ```
 * @category Types
 */
export interface PersonName {
  /** The name in the English form the person's own government (or organisation) uses. */
  readonly en: string
  /** The name in Cyrillic as a cited Russian-language source writes it, where one does. */
  readonly ru?: string
  /** The name in simplified Han characters (parts joined by ·) as a cited Chinese-language source writes it, where one does. */
  readonly zh?: string
}

/**
 * A person who headed a delegation or held an SCO office, as the data holds it: deeply read-only.
 * See {@link "sco-data/schemas"!PersonSchema | PersonSchema}; `PersonInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { getPerson, type Person } from 'sco-data'
 *
 * const swaraj: Person | undefined = getPerson('sushma-swaraj')
 * swaraj?.state // 'IN'
 * ```
 * @category Types
 */
export interface Person {
  /** Stable slug of the name in the English form the person's own government (or, for an official of an international organisation, that organisation) uses: `sushma-swaraj`. */
  readonly id: string
  /** The name in that English form, and in Russian and Chinese where a cited source in that language writes it. */
  readonly name: PersonName
  /** Every other spelling a cited source uses ("S. Swaraj", "S. Svaradzh"), never the English name itself. No two persons share a name or an alias. */
  readonly aliases: readonly string[]
  /** The state the person served (alpha-2), or `null` for an official of an international organisation. */
  readonly state: string | null
  /** The pages that establish who the person is and the office that ties each spelling to them. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers: how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly PersonAlternative[]
}

/**
 * Another value that cited sources give for one field of a person: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { persons, type PersonAlternative } from 'sco-data'
 *
 * const all: PersonAlternative[] = persons.flatMap((p) => p.alternatives ?? [])
 * all.every((a) => a.sources.length > 0) // true
 * ```
 * @category Types
 */
export type PersonAlternative =
  | Alternative<"name", PersonName>
  | Alternative<"aliases", readonly string[]>
  | Alternative<"state", string | null>
/**
 * An SCO office: `secretary-general` or `rats-director`. See {@link "sco-data/schemas"!OfficeSchema | OfficeSchema}.
 *
 * @example
 * ```ts
 * import type { Office } from 'sco-data'
 *
 * const office: Office = 'secretary-general'
 * office // 'secretary-general'
 * ```
 * @category Types
 */
export type Office = (typeof offices)[number]
/**
 * One term of one SCO office, as the data holds it: deeply read-only. See
 * {@link "sco-data/schemas"!OfficeholderSchema | OfficeholderSchema}; `OfficeholderInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { officeholders, type Officeholder } from 'sco-data'
 *
 * const first: Officeholder | undefined = officeholders.find((term) => term.office === 'secretary-general')
 * first?.person // 'zhang-deguang'
 * ```
 * @category Types
 */
export interface Officeholder {
  /** `secretary-general`, or `rats-director` for the Director of the RATS Executive Committee. */
  readonly office: Office
  /** The holder's person id. */
  readonly person: string
  /** The first day of the term, or `null` where no source gives it. */
  readonly from: string | null
  /** The last day of the term; `null` while serving, or where no source gives it (then `serving` is `false` and `notes` says so). */
  readonly to: string | null
  /** `true` for the current holder only. */
  readonly serving: boolean
  /** The id of the summit whose Council of Heads of State decided the appointment, or `null` where no source names it. */
  readonly appointedAt: string | null
  /** The pages this record rests on: at least one, no URL cited twice. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers: how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly OfficeholderAlternative[]
}

/**
 * Another value that cited sources give for one field of a term of office: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { officeholders, type OfficeholderAlternative } from 'sco-data'
 *
 * const all: OfficeholderAlternative[] = officeholders.flatMap((t) => t.alternatives ?? [])
 * all.every((a) => a.sources.length > 0) // true
 * ```
 * @category Types
 */
export type OfficeholderAlternative =
  | Alternative<"person", string>
  | Alternative<"from", string | null>
  | Alternative<"to", string | null>
  | Alternative<"serving", boolean>
  | Alternative<"appointedAt", string | null>
/**
 * One state's chairmanship of the SCO, as the data holds it: deeply read-only. See
 * {@link "sco-data/schemas"!ChairmanshipSchema | ChairmanshipSchema}; `ChairmanshipInput` from `sco-data/schemas` is the type for writing one.
 *
 * @example
 * ```ts
 * import { chairmanships, type Chairmanship } from 'sco-data'
 *
 * const current: Chairmanship | undefined = chairmanships.at(-1)
 * current?.to // null
 * ```
 * @category Types
 */
export interface Chairmanship {
  /** The chairing state (alpha-2). */
  readonly state: string
  /** The first day: the day after the meeting at which it passed (for the first, the first day of the founding meeting). */
  readonly from: string
  /** The last day (the closing day of the meeting at which it passed on), or `null` for the current one. */
  readonly to: string | null
  /** The pages this record rests on: at least one, no URL cited twice. */
  readonly sources: readonly Source[]
  /** Curators' remarks for readers: how sources disagree, what could not be confirmed, context; `null` when there is nothing to say. */
  readonly notes: string | null
  /** Other values that cited sources give for one of this record's fields, where sources disagree: `{ field, value, sources, note? }`. The record's own value is the best supported. */
  readonly alternatives?: readonly ChairmanshipAlternative[]
}

/**
 * Another value that cited sources give for one field of a chairmanship: one {@link Alternative} per
 * field an alternative may name, so that `value` has that field's type.
 *
 * @example
 * ```ts
 * import { chairmanships, type ChairmanshipAlternative } from 'sco-data'
 *
 * const all: ChairmanshipAlternative[] = chairmanships.flatMap((c) => c.alternatives ?? [])
 * all.every((a) => a.sources.length > 0) // true
 * ```
 * @category Types
 */
export type ChairmanshipAlternative =
  | Alternative<"from", string>
  | Alternative<"to", string | null>
