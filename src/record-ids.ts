/**
 * How every record is named, in one place: its type and its id. Records with an id of their own
 * (summits, documents, persons) and states (by code) go by it; status periods, participations,
 * terms of office and chairmanships get one built from the fields that identify them. The CSV
 * tables key their rows with these ids, the validator names the record at fault with them, and the
 * curators' tools (data:diff, single-source, sources) match and list records by them.
 */
import { normalizeText } from './normalize-text.js'
import type { Chairmanship, Dataset, Officeholder, Participation, StatusPeriod } from './types.js'

/**
 * The kinds of record, named as their JSON Schema files are: `record_type` in sources.csv and
 * alternatives.csv.
 */
export const recordTypes = ['state', 'status-period', 'summit', 'document', 'participation', 'person', 'officeholder', 'chairmanship', 'alternative'] as const

/** One of {@link recordTypes}. */
export type RecordType = (typeof recordTypes)[number]

/**
 * A status period's id: the state's code and the first day. Unique because one state's periods
 * never overlap.
 *
 * @example
 * ```ts
 * import { statusPeriodId } from '../../src/record-ids.js'
 *
 * statusPeriodId({ state: 'IN', from: '2017-06-09' }) // 'IN/2017-06-09'
 * ```
 */
export const statusPeriodId = (period: Pick<StatusPeriod, 'state' | 'from'>): string => `${period.state}/${period.from}`

/**
 * A lower-case ASCII slug of an organisation's English name, for its delegations' ids; empty when
 * the name has no Latin letter or digit, which ParticipationSchema rejects.
 *
 * @example
 * ```ts
 * import { organisationSlug } from '../../src/record-ids.js'
 *
 * organisationSlug('Commonwealth of Independent States (CIS)') // 'commonwealth-of-independent-states-cis'
 * organisationSlug('Организация Объединённых Наций') // ''
 * ```
 */
export const organisationSlug = (name: string): string =>
  normalizeText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * A participation's id: the summit's id, a slash, and the state's code or the
 * {@link organisationSlug} of the organisation's name. Unique because a summit has one delegation
 * per state or organisation, which DatasetSchema checks by this id.
 *
 * @example
 * ```ts
 * import { participationId } from '../../src/record-ids.js'
 *
 * participationId({ summit: '2024-astana', state: null, organisation: 'United Nations' }) // '2024-astana/united-nations'
 * participationId({ summit: '2024-astana', state: 'IN', organisation: null }) // '2024-astana/IN'
 * ```
 */
export const participationId = (participation: Pick<Participation, 'summit' | 'state' | 'organisation'>): string =>
  // Stryker disable next-line StringLiteral: a participation has a state or an organisation (ParticipationSchema), so the fallback is never read
  `${participation.summit}/${participation.state ?? organisationSlug(participation.organisation ?? '')}`

/**
 * A term of office's id: the office and the person's id. Unique while no one holds an office twice,
 * which DatasetSchema checks.
 *
 * @example
 * ```ts
 * import { officeholderId } from '../../src/record-ids.js'
 *
 * officeholderId({ office: 'secretary-general', person: 'vladimir-norov' }) // 'secretary-general/vladimir-norov'
 * ```
 */
export const officeholderId = (term: Pick<Officeholder, 'office' | 'person'>): string => `${term.office}/${term.person}`

/**
 * A chairmanship's id: the state's code and the first day. Unique because chairmanships tile time.
 *
 * @example
 * ```ts
 * import { chairmanshipId } from '../../src/record-ids.js'
 *
 * chairmanshipId({ state: 'KG', from: '2025-09-02' }) // 'KG/2025-09-02'
 * ```
 */
export const chairmanshipId = (chairmanship: Pick<Chairmanship, 'state' | 'from'>): string => `${chairmanship.state}/${chairmanship.from}`

/**
 * An alternative's id: the record's type, a colon, the record's id, `#` and the alternative's
 * place in the record's list, from 1.
 *
 * @example
 * ```ts
 * import { alternativeId } from '../../src/record-ids.js'
 *
 * alternativeId('summit', '2025-tianjin', 1) // 'summit:2025-tianjin#1'
 * ```
 */
export const alternativeId = (recordType: RecordType, recordId: string, position: number): string => `${recordType}:${recordId}#${position}`

/**
 * Each collection of the dataset with the type of its records and how one is named: the single
 * definition the CSV tables, the validator's messages and the curators' tools derive theirs from.
 *
 * @example
 * ```ts
 * import { recordIds } from '../../src/record-ids.js'
 *
 * recordIds.statusPeriods.type // 'status-period'
 * recordIds.participations.id({ summit: '2024-astana', state: 'IN', organisation: null }) // '2024-astana/IN'
 * ```
 */
export const recordIds = {
  states: { type: 'state', id: (state: { readonly code: string }) => state.code },
  statusPeriods: { type: 'status-period', id: statusPeriodId },
  summits: { type: 'summit', id: (summit: { readonly id: string }) => summit.id },
  documents: { type: 'document', id: (document: { readonly id: string }) => document.id },
  participations: { type: 'participation', id: participationId },
  persons: { type: 'person', id: (person: { readonly id: string }) => person.id },
  officeholders: { type: 'officeholder', id: officeholderId },
  chairmanships: { type: 'chairmanship', id: chairmanshipId },
} as const satisfies { [K in keyof Dataset]: { type: RecordType; id: (record: Dataset[K][number]) => string } }

/** The collections of the dataset, in the order of {@link recordIds}. */
export const collections = Object.keys(recordIds) as (keyof Dataset)[]

/**
 * The id of `record`, a record of the collection `collection` (see {@link recordIds}).
 *
 * @example
 * ```ts
 * import { chairmanships, participations } from 'sco-data'
 * import { recordIdOf } from '../../src/record-ids.js'
 *
 * recordIdOf('chairmanships', chairmanships[0]!) // 'CN/2001-06-14'
 * recordIdOf('participations', participations[0]!).startsWith('1996-shanghai/') // true
 * ```
 */
export function recordIdOf<K extends keyof Dataset>(collection: K, record: Dataset[K][number]): string {
  return (recordIds[collection].id as (record: Dataset[K][number]) => string)(record)
}

/**
 * Every record of `dataset` with its collection and its id, collection by collection in the order
 * of {@link recordIds}.
 *
 * @example
 * ```ts
 * import { states, statusPeriods, summits, documents, participations, persons, officeholders, chairmanships } from 'sco-data'
 * import { namedRecords } from '../../src/record-ids.js'
 *
 * const dataset = { states, statusPeriods, summits, documents, participations, persons, officeholders, chairmanships }
 * namedRecords(dataset).find((named) => named.collection === 'statusPeriods' && named.id === 'IN/2017-06-09')?.record.sources.length! > 0 // true
 * ```
 */
export function namedRecords(dataset: Dataset): { collection: keyof Dataset; id: string; record: Dataset[keyof Dataset][number] }[] {
  return collections.flatMap((collection) => dataset[collection].map((record) => ({ collection, id: recordIdOf(collection, record), record })))
}
