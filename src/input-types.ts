import type { z } from 'zod'
import type { ChairmanshipSchema } from './schemas/chairmanship.js'
import type { DatasetSchema } from './schemas/dataset.js'
import type { OfficeholderSchema } from './schemas/officeholder.js'
import type { PersonSchema } from './schemas/person.js'
import type { DocumentSchema } from './schemas/document.js'
import type { ParticipationSchema } from './schemas/participation.js'
import type { SourceSchema } from './schemas/source.js'
import type { StateSchema } from './schemas/state.js'
import type { StatusPeriodSchema } from './schemas/status-period.js'
import type { SummitSchema } from './schemas/summit.js'

/**
 * A source as you write one: mutable, what {@link SourceSchema} accepts. The record the data holds is
 * the read-only `Source`.
 *
 * @example
 * ```ts
 * import { SourceSchema, type SourceInput } from 'sco-data/schemas'
 *
 * const source: SourceInput = { url: 'https://tass.com/politics/1811359', publisher: 'TASS', title: 'Twenty-four documents', type: 'news' }
 * source.language = 'en'
 * SourceSchema.parse(source).language // 'en'
 * ```
 * @category Input types
 */
export type SourceInput = z.input<typeof SourceSchema>

/**
 * A state as you write one: what {@link StateSchema} accepts. The data holds the read-only `State`.
 *
 * @example
 * ```ts
 * import type { StateInput } from 'sco-data/schemas'
 *
 * const code: StateInput['code'] = 'KZ'
 * code // 'KZ'
 * ```
 * @category Input types
 */
export type StateInput = z.input<typeof StateSchema>

/**
 * A status period as you write one: what {@link StatusPeriodSchema} accepts. The data holds the
 * read-only `StatusPeriod`.
 *
 * @example
 * ```ts
 * import { StatusPeriodSchema, type StatusPeriodInput } from 'sco-data/schemas'
 *
 * const period: StatusPeriodInput = {
 *   state: 'IN', status: 'member', from: '2017-06-09', to: null, decidedAt: '2017-astana',
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * }
 * StatusPeriodSchema.safeParse(period).success // true
 * ```
 * @category Input types
 */
export type StatusPeriodInput = z.input<typeof StatusPeriodSchema>

/**
 * A summit as you write one: mutable, what {@link SummitSchema} accepts. The data holds the
 * read-only `Summit`; spread one to start from it.
 *
 * @example
 * ```ts
 * import { getSummit } from 'sco-data'
 * import { SummitSchema, type SummitInput } from 'sco-data/schemas'
 *
 * const astana = getSummit('2024-astana')
 * const draft: SummitInput = { ...astana, sources: astana.sources.map((source) => ({ ...source })), alternatives: undefined }
 * draft.notes = 'Our own remark.'
 * SummitSchema.parse(draft).notes // 'Our own remark.'
 * ```
 * @category Input types
 */
export type SummitInput = z.input<typeof SummitSchema>

/**
 * A document as you write one: what {@link DocumentSchema} accepts. The data holds the read-only
 * `Document`.
 *
 * @example
 * ```ts
 * import type { DocumentInput } from 'sco-data/schemas'
 *
 * const title: DocumentInput['title'] = { en: 'Astana Declaration' }
 * title.en // 'Astana Declaration'
 * ```
 * @category Input types
 */
export type DocumentInput = z.input<typeof DocumentSchema>

/**
 * A participation as you write one: what {@link ParticipationSchema} accepts. The data holds the
 * read-only `Participation`.
 *
 * @example
 * ```ts
 * import type { ParticipationInput } from 'sco-data/schemas'
 *
 * const mode: ParticipationInput['mode'] = 'video'
 * mode // 'video'
 * ```
 * @category Input types
 */
export type ParticipationInput = z.input<typeof ParticipationSchema>

/**
 * A whole dataset as you write one: what {@link DatasetSchema} accepts.
 *
 * @example
 * ```ts
 * import type { DatasetInput } from 'sco-data/schemas'
 *
 * const empty: Pick<DatasetInput, 'documents'> = { documents: [] }
 * empty.documents.length // 0
 * ```
 * @category Input types
 */
export type DatasetInput = z.input<typeof DatasetSchema>

/**
 * A person as you write one: what {@link PersonSchema} accepts. The data holds the read-only `Person`.
 *
 * @example
 * ```ts
 * import { PersonSchema, type PersonInput } from 'sco-data/schemas'
 *
 * const person: PersonInput = {
 *   id: 'sushma-swaraj', name: { en: 'Sushma Swaraj' }, aliases: ['S. Swaraj'], state: 'IN',
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * }
 * PersonSchema.safeParse(person).success // true
 * ```
 * @category Input types
 */
export type PersonInput = z.input<typeof PersonSchema>

/**
 * A term of office as you write one: what {@link OfficeholderSchema} accepts.
 *
 * @example
 * ```ts
 * import type { OfficeholderInput } from 'sco-data/schemas'
 *
 * const office: OfficeholderInput['office'] = 'rats-director'
 * office // 'rats-director'
 * ```
 * @category Input types
 */
export type OfficeholderInput = z.input<typeof OfficeholderSchema>

/**
 * A chairmanship as you write one: what {@link ChairmanshipSchema} accepts.
 *
 * @example
 * ```ts
 * import type { ChairmanshipInput } from 'sco-data/schemas'
 *
 * const to: ChairmanshipInput['to'] = null
 * to // null
 * ```
 * @category Input types
 */
export type ChairmanshipInput = z.input<typeof ChairmanshipSchema>
