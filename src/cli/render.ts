import type { Result } from './command.js'
import { writeCsv } from '../csv/write-csv.js'
import { formatTable } from './table.js'
import type { DisplayLanguage } from './listing.js'

/** Where field lists (`sco-data summit`) wrap when the output is not a terminal. */
const fieldsWidthOffTerminal = 100

/** What {@link render} writes, and how many names and titles it showed in English for want of `lang`. */
export interface Rendered {
  text: string
  fallbacks: number
}

/**
 * The command's result as JSON (`--json`), CSV (`--csv`: its one listing) or tables fitted to
 * `columns` with names and titles in `lang`. JSON and CSV hold every language, so `lang` changes
 * only the tables.
 */
export function render(result: Result, as: { json: boolean; csv: boolean }, columns: number | undefined, lang: DisplayLanguage): Rendered {
  if (as.json) return { text: `${JSON.stringify(result.json ?? null, null, 2)}\n`, fallbacks: 0 }
  // The one listing of a command that has CSV, as the shipped tables write it.
  if (as.csv) return { text: writeCsv(result.listings[0]!.csv()), fallbacks: 0 }
  let fallbacks = 0
  const text = result.listings
    .map((table) => {
      const title = table.title === undefined ? '' : `${table.title}\n`
      const cells = table.cells(lang)
      fallbacks += cells.fallbacks
      if (cells.rows.length === 0) return `${title}${table.none}\n`
      const body = formatTable(
        table.columns.map((column, i) => ({ header: cells.headers[i]!, align: column.align, shrink: column.shrink === true })),
        cells.rows,
        { maxWidth: columns ?? (table.fields ? fieldsWidthOffTerminal : undefined), header: table.fields !== true },
      )
      return title + body
    })
    .join('\n')
  return { text, fallbacks }
}
