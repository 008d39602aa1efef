/**
 * The one CSV writer: the shipped tables (dist/csv/, scripts/emit-csv.ts) and the command line's
 * `--csv` both write with it, so the two agree byte for byte.
 *
 * Choices RFC 4180 leaves open, made once here:
 * - Every record, the last included, ends with LF (`\n`), not the RFC's CRLF: what Git, POSIX
 *   tools, pandas, R, spreadsheets and Frictionless read without configuration, and what keeps
 *   diffs of the files clean. The command line's output is the same, so that
 *   `sco-data summits --csv` prints exactly summits.csv.
 * - The text is meant to be written as UTF-8 without a byte order mark: a BOM becomes part of the
 *   first header name in most tools that do not expect it. A field starting with U+FEFF is quoted,
 *   so no output ever starts with one.
 * - A field is quoted when it contains a comma, a double quote, CR or LF (quotes inside doubled),
 *   when it starts with U+FEFF, and when it is the only field of its row and empty: an unquoted
 *   empty line is skipped as blank by pandas and others, `""` is not.
 * - Every row has the same number of fields, at least one; the writer refuses anything else,
 *   naming the row.
 */

/** A surrogate not paired with another: in `u` mode a pair is one code point, so only lone ones match. */
const loneSurrogate = /\p{Cs}/u

/** Whether `field` must be quoted: see the module comment. */
function needsQuotes(field: string, onlyField: boolean): boolean {
  return /[",\r\n]/.test(field) || field.startsWith('\uFEFF') || (onlyField && field === '')
}

/**
 * Writes rows of string fields as RFC 4180 CSV text, each record ending with LF. The first row is
 * usually the header. Write the result as UTF-8 (Node's default), without a BOM.
 *
 * Throws a `TypeError` for a field that is not a string, a `RangeError` for a row with no fields,
 * a row whose width differs from the first row's, or a field holding a lone surrogate (which
 * UTF-8 cannot encode); each names the row and field (counted from 0).
 *
 * @example
 * ```ts
 * import { writeCsv } from '../../src/csv/write-csv.js'
 *
 * writeCsv([['id', 'title'], ['a', 'Say "hi", then\nleave']]) // 'id,title\na,"Say ""hi"", then\nleave"\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const width = rows[0]?.length
  let text = ''
  rows.forEach((row, rowIndex) => {
    if (row.length === 0) throw new RangeError(`writeCsv: row ${rowIndex} has no fields; every row needs at least one`)
    if (row.length !== width) {
      throw new RangeError(`writeCsv: row ${rowIndex} has ${row.length} fields, the first row has ${width}`)
    }
    const cells = row.map((field, fieldIndex) => {
      if (typeof field !== 'string') {
        throw new TypeError(`writeCsv: row ${rowIndex} field ${fieldIndex} is ${typeof field} ${String(field)}, expected a string`)
      }
      if (loneSurrogate.test(field)) {
        throw new RangeError(`writeCsv: row ${rowIndex} field ${fieldIndex} holds a lone surrogate, which UTF-8 cannot encode`)
      }
      return needsQuotes(field, row.length === 1) ? `"${field.replaceAll('"', '""')}"` : field
    })
    text += `${cells.join(',')}\n`
  })
  return text
}
