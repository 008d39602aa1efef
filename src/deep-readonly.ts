/**
 * A type whose every property and array, however deep, is read-only: the type of the data this
 * package exports, which is frozen at run time as well.
 *
 * @example
 * ```ts
 * import { getSummit, type DeepReadonly, type Summit } from 'sco-data'
 *
 * const summit: DeepReadonly<Summit> = getSummit('2024-astana')
 * // summit.sources.push(...) is a type error, and throws at run time
 * ```
 * @category Types
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/**
 * Freezes `value` and everything reachable from it, so no consumer can change shared data. Written
 * for speed, since it runs on every load of the package: it does not descend into objects already
 * frozen (such as the source objects records share).
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) deepFreeze(item)
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      const item: unknown = value[key]
      if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) deepFreeze(item)
    }
  }
  return Object.freeze(value) as DeepReadonly<T>
}
