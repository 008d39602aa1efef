import { documents as all } from './data.js'

/**
 * Every document in the dataset, ordered by date, then id. Frozen.
 *
 * @example
 * ```ts
 * import { documents } from 'sco-data'
 *
 * documents.some((document) => document.kind === 'declaration') // true
 * ```
 * @category Documents
 */
export const documents = all
