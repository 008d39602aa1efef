import { describe } from './describe.js'
import { toStateCode } from './state-code.js'

/**
 * A state's name in any locale, from the platform's `Intl.DisplayNames` (CLDR data), so the package
 * ships no translations. Works for any ISO 3166-1 alpha-2 code, not only those in the dataset.
 *
 * @param code - alpha-2 code, such as `KZ`, in any letter case.
 * @param locale - a BCP 47 locale, such as `ru` or `zh-Hans`; English when left out.
 * @returns the name, or `undefined` when the platform does not know the code.
 * @throws `RangeError` when `locale` is not a valid locale tag.
 * @throws `TypeError` when `code` or `locale` is not a string.
 * @example
 * ```ts
 * import { stateName } from 'sco-data'
 *
 * stateName('KZ', 'ru') // 'Казахстан'
 * stateName('cn', 'en') // 'China'
 * stateName('QQ') // undefined
 * ```
 * @category States and status
 */
export function stateName(code: string, locale: string = 'en'): string | undefined {
  const region = toStateCode(code, 'code')
  if (typeof locale !== 'string') throw new TypeError(`locale: expected a BCP 47 tag such as "ru", got ${describe(locale)}`)
  if (!/^[A-Z]{2}$/.test(region)) return undefined
  const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(region)
  // Stryker disable next-line LogicalOperator,ConditionalExpression: only an engine without region names gives back the code itself; Node's ICU gives a name or undefined
  return name === undefined || name === region ? undefined : name
}
