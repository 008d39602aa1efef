/**
 * The closed vocabularies of the data model, as plain arrays: the schemas build their enums from
 * them, and the accessors and the command line check input against them without loading zod.
 */

/** The bodies that meet. See `BodySchema`. */
export const bodies = ['heads-of-state', 'heads-of-government', 'shanghai-five'] as const

/** The statuses a state can hold. See `StatusSchema`. */
export const statuses = ['member', 'observer', 'dialogue-partner', 'partner'] as const

/** The kinds of document. See `DocumentKindSchema`. */
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

/** The capacities a delegation comes in. See `CapacitySchema`. */
export const capacities = [...statuses, 'guest', 'sco-body'] as const
