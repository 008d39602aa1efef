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
