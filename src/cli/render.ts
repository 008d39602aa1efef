import type { Result } from './command.js'
import { toCsv } from './csv.js'
import { formatTable } from './table.js'

/** Where field lists (`sco-data summit`) wrap when the output is not a terminal. */
const fieldsWidthOffTerminal = 100

/** The command's result as JSON, CSV (its one listing) or tables fitted to `columns`. */
export function render(result: Result, format: 'json' | 'csv' | 'table', columns: number | undefined): string {
  if (format === 'json') return `${JSON.stringify(result.json ?? null, null, 2)}\n`
  if (format === 'csv') {
    const [only] = result.listings
    const shown = only!.columns.map((column, i) => ({ column, i })).filter(({ column }) => column.csv !== false)
    return toCsv(
      shown.map(({ column }) => column.name),
      only!.rows.map((row) => shown.map(({ i }) => row[i])),
    )
  }
  return result.listings
    .map((table) => {
      const shown = table.columns.map((column, i) => ({ column, i })).filter(({ column }) => column.table !== false)
      const title = table.title === undefined ? '' : `${table.title}\n`
      if (table.rows.length === 0) return `${title}${table.none}\n`
      const body = formatTable(
        shown.map(({ column }) => ({ header: column.name, ...(column.align ? { align: column.align } : {}), shrink: column.shrink === true })),
        table.rows.map((row) => shown.map(({ i }) => row[i])),
        { maxWidth: columns ?? (table.fields ? fieldsWidthOffTerminal : undefined), header: table.fields !== true },
      )
      return title + body
    })
    .join('\n')
}
