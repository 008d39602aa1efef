import type { Result } from './command.js'
import { writeCsv } from '../csv/write-csv.js'
import { formatTable } from './table.js'

/** Where field lists (`sco-data summit`) wrap when the output is not a terminal. */
const fieldsWidthOffTerminal = 100

/** The command's result as JSON (`--json`), CSV (`--csv`: its one listing) or tables fitted to `columns`. */
export function render(result: Result, as: { json: boolean; csv: boolean }, columns: number | undefined): string {
  if (as.json) return `${JSON.stringify(result.json ?? null, null, 2)}\n`
  // The one listing of a command that has CSV, as the shipped tables write it.
  if (as.csv) return writeCsv(result.listings[0]!.csv())
  return result.listings
    .map((table) => {
      const title = table.title === undefined ? '' : `${table.title}\n`
      if (table.rows.length === 0) return `${title}${table.none}\n`
      const body = formatTable(
        table.columns.map((column) => ({ header: column.name, align: column.align, shrink: column.shrink === true })),
        table.rows,
        { maxWidth: columns ?? (table.fields ? fieldsWidthOffTerminal : undefined), header: table.fields !== true },
      )
      return title + body
    })
    .join('\n')
}
