/**
 * A type whose every property and array, however deep, is read-only: the type of the data this
 * package exports, which is frozen at run time as well.
 *
 * @example
 * ```ts
 * import { getSummit, type DeepReadonly, type Summit } from 'sco-data'
 *
 * const summit: Summit = getSummit('2024-astana')
 * // summit.sources.push(...) is a type error, and throws at run time
 * ```
 * @category Types
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T
