/**
 * A strict RFC 4180 reader, for what src/csv/write-csv.ts writes: the tests read the tables back
 * with it. It accepts LF and CRLF line ends, so a file re-saved by a spreadsheet still reads, and
 * rejects a byte order mark, which the writer never writes.
 */

/** The first character that ends an unquoted field, or makes it malformed. */
const fieldEnd = /[,\r\n"]/g

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
