import { describe } from './describe.js'

/**
 * A state code as the data writes it: the user's text in upper case, so `kz` and `Kz` find `KZ`.
 *
 * @throws `TypeError` when `value` is not a string; the message names `name`.
 */
export function toStateCode(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name}: expected an alpha-2 code string such as "KZ", got ${describe(value)}`)
  return value.toUpperCase()
}

/**
 * Checks that an id argument is a string.
 *
 * @throws `TypeError` when `value` is not a string; the message names `name` and what was expected.
 */
export function checkId(value: unknown, name: string, example: string): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${name}: expected an id string such as "${example}", got ${describe(value)}`)
}
