import { dataAsOf as checkedUpTo } from './generated/meta.js'

/**
 * The day up to which this release's data was checked against sources, `YYYY-MM-DD`. Events after
 * it (a later summit, a new member) are not in the data yet, whatever the accessors say of later
 * days: `statusOn(code, laterDay)` answers as things stood on this day. Each data release moves it.
 *
 * @example
 * ```ts
 * import { dataAsOf, summits } from 'sco-data'
 *
 * /^\d{4}-\d{2}-\d{2}$/.test(dataAsOf) // true
 * summits.every((summit) => summit.endDate <= dataAsOf) // true
 * ```
 * @category Data
 */
export const dataAsOf: string = checkedUpTo
