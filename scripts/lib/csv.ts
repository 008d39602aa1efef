/**
 * A small CSV writer and a strict reader, both RFC 4180.
 *
 * Choices the RFC leaves open, made once here:
 * - Every record, the last included, ends with LF (`\n`), not CRLF: what Git, POSIX tools, pandas,
 *   R and Frictionless read without configuration, and what keeps diffs of the files clean. The
 *   reader accepts LF and CRLF, so a file re-saved by a spreadsheet still reads.
 * - The text is meant to be written as UTF-8 without a byte order mark: a BOM becomes part of the
 *   first header name in most tools that do not expect it. A field starting with U+FEFF is quoted,
 *   so no output ever starts with one, and the reader rejects text that does.
 * - A field is quoted when it contains a comma, a double quote, CR or LF (quotes inside doubled),
 *   when it starts with U+FEFF, and when it is the only field of its row and empty: an unquoted
 *   empty line is skipped as blank by pandas and others, `""` is not.
 * - Every row has the same number of fields, at least one; the writer and the reader both refuse
 *   anything else, naming the row.
 */

/** The first character that ends an unquoted field, or makes it malformed. */
const fieldEnd = /[,\r\n"]/g

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
 * writeCsv([['id', 'title'], ['a', 'Say "hi", then\nleave']])
 * // 'id,title\na,"Say ""hi"", then\nleave"\n'
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

/**
 * Reads RFC 4180 CSV text into rows of string fields, exactly as written: no trimming, no type
 * conversion, empty fields stay `''`. Records may end with LF or CRLF; the last may have no line
 * end. It is strict, and throws a `SyntaxError` naming the line and column (from 1) for a quote
 * inside an unquoted field, text after a closing quote, a quoted field never closed, a CR not
 * followed by LF outside quotes, or a leading byte order mark; and for a row whose width differs
 * from the first row's.
 *
 * `readCsv(writeCsv(rows))` equals `rows` for any rows `writeCsv` accepts.
 *
 * @example
 * ```ts
 * readCsv('id,title\na,"Say ""hi"", then\nleave"\n')
 * // [['id', 'title'], ['a', 'Say "hi", then\nleave']]
 * ```
 */
export function readCsv(text: string): string[][] {
  if (text.startsWith('\uFEFF')) {
    throw new SyntaxError('readCsv: the text starts with a byte order mark (U+FEFF); expected UTF-8 without BOM')
  }
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let line = 1
  let lineStart = 0
  let index = 0
  let atRecordStart = true
  const where = (at: number) => `line ${line}, column ${at - lineStart + 1}`
  const endRow = () => {
    row.push(field)
    const width = rows[0]?.length ?? row.length
    if (row.length !== width) {
      throw new SyntaxError(`readCsv: the record ending on line ${line} has ${row.length} fields, the first has ${width}`)
    }
    rows.push(row)
    row = []
    field = ''
    atRecordStart = true
  }

  while (index < text.length) {
    // At the start of a field.
    atRecordStart = false
    if (text[index] === '"') {
      const opened = index
      index += 1
      for (;;) {
        const quote = text.indexOf('"', index)
        if (quote === -1) throw new SyntaxError(`readCsv: the quoted field opened at ${where(opened)} is never closed`)
        const chunk = text.slice(index, quote)
        field += chunk
        for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) {
          line += 1
          lineStart = index + at + 1
        }
        if (text[quote + 1] === '"') {
          field += '"'
          index = quote + 2
        } else {
          index = quote + 1
          break
        }
      }
      const next = text[index]
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[index + 1] === '\n')) {
        throw new SyntaxError(`readCsv: unexpected ${JSON.stringify(next)} after a closing quote at ${where(index)}`)
      }
    } else {
      fieldEnd.lastIndex = index
      const stop = fieldEnd.exec(text)?.index ?? text.length
      field += text.slice(index, stop)
      index = stop
      if (text[index] === '"') throw new SyntaxError(`readCsv: a double quote inside an unquoted field at ${where(index)}`)
      if (text[index] === '\r' && text[index + 1] !== '\n') {
        throw new SyntaxError(`readCsv: a carriage return not followed by a line feed at ${where(index)}; quote fields that hold one`)
      }
    }
    // After a field: a comma, a line end, or the end of the text.
    if (index >= text.length) break
    if (text[index] === ',') {
      row.push(field)
      field = ''
      index += 1
      continue
    }
    index += text[index] === '\r' ? 2 : 1
    endRow()
    line += 1
    lineStart = index
  }
  // A last record with no line end.
  if (!atRecordStart) endRow()
  return rows
}
