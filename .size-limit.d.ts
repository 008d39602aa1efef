/** The size budgets of .size-limit.js, as size-limit reads them. */
export interface SizeBudget {
  name: string
  path: string
  import: string
  gzip: boolean
  /** size-limit's unit: `'24 kB'`, 1 kB being 1000 bytes. */
  limit: string
}
/** What the whole API may add to the data, in bytes. */
export declare const wholeApiCodeBytes: number
/** The gzip size (level 9) of the packed data the build ships. */
export declare function dataGzipBytes(): number
declare const budgets: SizeBudget[]
export default budgets
