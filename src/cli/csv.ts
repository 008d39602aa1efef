/** A CSV cell: `null` and `undefined` become an empty field. */
export type CsvCell = string | number | boolean | null | undefined

const needsQuotes = /[",\r\n]/

/**
 * RFC 4180 CSV: a header row, then one row per record, lines ended by CRLF. A field holding a
 * comma, a double quote, CR or LF is quoted, with its double quotes doubled.
 *
 * @example
 * ```ts
 * import { toCsv } from '../../src/cli/csv.js'
 *
 * toCsv(['id', 'title'], [['a', 'Say "hi", then go'], ['b', null]]) // 'id,title\r\na,"Say ""hi"", then go"\r\nb,\r\n'
 * ```
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}

function csvField(cell: CsvCell): string {
  const text = cell === null || cell === undefined ? '' : String(cell)
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
