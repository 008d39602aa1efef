/**
 * The closed vocabularies of the data model, as plain arrays: the schemas build their enums from
 * them, and the accessors and the command line check input against them without loading zod.
 */

/**
 * The bodies that meet, as `Summit.body` takes them.
 *
 * @example
 * ```ts
 * import { bodies } from 'sco-data'
 *
 * bodies // ['heads-of-state', 'heads-of-government', 'shanghai-five']
 * ```
 * @category Summits
 */
export const bodies = ['heads-of-state', 'heads-of-government', 'shanghai-five'] as const

/**
 * The statuses a state can hold, as `StatusPeriod.status` takes them.
 *
 * @example
 * ```ts
 * import { statuses } from 'sco-data'
 *
 * statuses // ['member', 'observer', 'dialogue-partner', 'partner']
 * ```
 * @category States and status
 */
export const statuses = ['member', 'observer', 'dialogue-partner', 'partner'] as const

/**
 * The kinds of document, as `Document.kind` takes them.
 *
 * @example
 * ```ts
 * import { documentKinds } from 'sco-data'
 *
 * documentKinds.includes('declaration') // true
 * ```
 * @category Documents
 */
export const documentKinds = [
  'declaration',
  'charter',
  'convention',
  'treaty',
  'agreement',
  'decision',
  'statement',
  'strategy',
  'programme',
  'plan',
  'initiative',
  'memorandum',
  'communique',
  'protocol',
  'other',
] as const

/**
 * The capacities a delegation comes in, as `Participation.capacity` takes them.
 *
 * @example
 * ```ts
 * import { capacities } from 'sco-data'
 *
 * capacities.at(-1) // 'sco-body'
 * ```
 * @category Participants
 */
export const capacities = [...statuses, 'guest', 'sco-body'] as const

/**
 * The SCO offices the data records holders of, as `Officeholder.office` takes them:
 * `secretary-general` (the Secretary-General, head of the Secretariat in Beijing) and
 * `rats-director` (the Director of the Executive Committee of the Regional Anti-Terrorist
 * Structure, in Tashkent).
 *
 * @example
 * ```ts
 * import { offices } from 'sco-data'
 *
 * offices // ['secretary-general', 'rats-director']
 * ```
 * @category People and offices
 */
export const offices = ['secretary-general', 'rats-director'] as const

/**
 * What kind of publisher a source is, as `Source.type` takes it: `official` (the SCO and its bodies;
 * a government, its ministries and embassies; a parliament; the UN), `news` (news agencies and
 * newspapers, state-owned included), `reference` (encyclopedias, document collections, scholarship)
 * or `copy` (a mirror or repost of another publisher's text; `copyOf` names the original).
 *
 * @example
 * ```ts
 * import { sourceTypes } from 'sco-data'
 *
 * sourceTypes[0] // 'official'
 * ```
 * @category Data
 */
export const sourceTypes = ['official', 'news', 'reference', 'copy'] as const
