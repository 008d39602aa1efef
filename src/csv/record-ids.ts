/**
 * The ids the CSV tables give records that have none in the JSON (status periods, participations,
 * terms of office, chairmanships) and give alternatives, so that every table has a one-column key
 * and sources.csv can point at any record.
 */
import { normalizeText } from '../normalize-text.js'
import type { Chairmanship, Officeholder, Participation, StatusPeriod } from '../types.js'

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
 * import { statusPeriodId } from '../../src/csv/record-ids.js'
 *
 * statusPeriodId({ state: 'IN', from: '2017-06-09' }) // 'IN/2017-06-09'
 * ```
 */
export const statusPeriodId = (period: Pick<StatusPeriod, 'state' | 'from'>): string => `${period.state}/${period.from}`

/**
 * A participation's id: the summit's id, a slash, and the state's code or a lower-case ASCII slug
 * of the organisation's name. Unique because a summit has one delegation per state or
 * organisation. Throws when the name leaves no slug.
 *
 * @example
 * ```ts
 * import { participationId } from '../../src/csv/record-ids.js'
 *
 * participationId({ summit: '2024-astana', state: null, organisation: 'United Nations' }) // '2024-astana/united-nations'
 * participationId({ summit: '2024-astana', state: 'IN', organisation: null }) // '2024-astana/IN'
 * ```
 */
export function participationId(participation: Pick<Participation, 'summit' | 'state' | 'organisation'>): string {
  if (participation.state !== null) return `${participation.summit}/${participation.state}`
  const name = participation.organisation ?? ''
  const slug = normalizeText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  if (slug === '') throw new Error(`participationId: the organisation name ${JSON.stringify(name)} gives an empty slug`)
  return `${participation.summit}/${slug}`
}

/**
 * A term of office's id: the office and the person's id.
 *
 * @example
 * ```ts
 * import { officeholderId } from '../../src/csv/record-ids.js'
 *
 * officeholderId({ office: 'secretary-general', person: 'vladimir-norov' }) // 'secretary-general/vladimir-norov'
 * ```
 */
export const officeholderId = (term: Pick<Officeholder, 'office' | 'person'>): string => `${term.office}/${term.person}`

/**
 * A chairmanship's id: the state's code and the first day.
 *
 * @example
 * ```ts
 * import { chairmanshipId } from '../../src/csv/record-ids.js'
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
 * import { alternativeId } from '../../src/csv/record-ids.js'
 *
 * alternativeId('summit', '2025-tianjin', 1) // 'summit:2025-tianjin#1'
 * ```
 */
export const alternativeId = (recordType: RecordType, recordId: string, position: number): string => `${recordType}:${recordId}#${position}`
