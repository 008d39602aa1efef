import type { z } from 'zod'
import type { IsoDateSchema } from './schemas/common.js'
import type { DocumentKindSchema, DocumentSchema } from './schemas/document.js'
import type { DatasetSchema } from './schemas/dataset.js'
import type { CapacitySchema, ParticipationSchema } from './schemas/participation.js'
import type { SourceSchema } from './schemas/source.js'
import type { StateSchema } from './schemas/state.js'
import type { StatusPeriodSchema, StatusSchema } from './schemas/status-period.js'
import type { BodySchema, SummitSchema } from './schemas/summit.js'
import type { DeepReadonly } from './deep-readonly.js'
import type { ChairmanshipSchema } from './schemas/chairmanship.js'
import type { OfficeholderSchema, OfficeSchema } from './schemas/officeholder.js'
import type { PersonSchema } from './schemas/person.js'

/**
 * A page a fact rests on, as the data holds it: deeply read-only. See {@link SourceSchema} for each
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
export type Source = DeepReadonly<z.infer<typeof SourceSchema>>
/**
 * A state holding or having held an SCO status, as the data holds it: deeply read-only. See
 * {@link StateSchema}; `StateInput` from `sco-data/schemas` is the type for writing one.
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
export type State = DeepReadonly<z.infer<typeof StateSchema>>
/**
 * `member`, `observer`, `dialogue-partner` or `partner`. See {@link StatusSchema}.
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
export type Status = z.infer<typeof StatusSchema>
/**
 * One stretch of one status held by one state, as the data holds it: deeply read-only. See
 * {@link StatusPeriodSchema}; `StatusPeriodInput` from `sco-data/schemas` is the type for writing one.
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
export type StatusPeriod = DeepReadonly<z.infer<typeof StatusPeriodSchema>>
/**
 * Which body met. See {@link BodySchema}.
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
export type Body = z.infer<typeof BodySchema>
/**
 * A summit, as the data holds it: deeply read-only. See {@link SummitSchema}; `SummitInput` from
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
export type Summit = DeepReadonly<z.infer<typeof SummitSchema>>
/**
 * The kind of a document. See {@link DocumentKindSchema}.
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
export type DocumentKind = z.infer<typeof DocumentKindSchema>
/**
 * A document adopted or signed, as the data holds it: deeply read-only. See {@link DocumentSchema};
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
export type Document = DeepReadonly<z.infer<typeof DocumentSchema>>
/**
 * The capacity a delegation came in. See {@link CapacitySchema}.
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
export type Capacity = z.infer<typeof CapacitySchema>
/**
 * The head of one delegation at one summit, as the data holds it: deeply read-only. See
 * {@link ParticipationSchema}; `ParticipationInput` from `sco-data/schemas` is the type for writing one.
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
export type Participation = DeepReadonly<z.infer<typeof ParticipationSchema>>
/**
 * A day written `YYYY-MM-DD`. See {@link IsoDateSchema}.
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
export type IsoDate = z.infer<typeof IsoDateSchema>
/**
 * The whole dataset, deeply read-only. See {@link DatasetSchema}; `DatasetInput` from
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
export type Dataset = DeepReadonly<z.infer<typeof DatasetSchema>>
/**
 * A person who headed a delegation or held an SCO office, as the data holds it: deeply read-only.
 * See {@link PersonSchema}; `PersonInput` from `sco-data/schemas` is the type for writing one.
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
export type Person = DeepReadonly<z.infer<typeof PersonSchema>>
/**
 * An SCO office: `secretary-general` or `rats-director`. See {@link OfficeSchema}.
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
export type Office = z.infer<typeof OfficeSchema>
/**
 * One term of one SCO office, as the data holds it: deeply read-only. See
 * {@link OfficeholderSchema}; `OfficeholderInput` from `sco-data/schemas` is the type for writing one.
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
export type Officeholder = DeepReadonly<z.infer<typeof OfficeholderSchema>>
/**
 * One state's chairmanship of the SCO, as the data holds it: deeply read-only. See
 * {@link ChairmanshipSchema}; `ChairmanshipInput` from `sco-data/schemas` is the type for writing one.
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
export type Chairmanship = DeepReadonly<z.infer<typeof ChairmanshipSchema>>
