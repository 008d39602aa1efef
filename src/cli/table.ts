import { eastAsianWidth } from 'get-east-asian-width'
/** A table cell as the terminal shows it: `null` and `undefined` as a dash. */
export type TableCell = string | number | boolean | null | undefined

/** How {@link formatTable} lays out one column. */
export interface TableColumn {
  /** The header. */
  header: string
  /** `right` for numbers; `left` when left out. */
  align?: 'left' | 'right' | undefined
  /** Whether this column may be narrowed, its cells wrapped onto more lines, when the table is wider than the terminal. */
  shrink?: boolean
}

/** Options of {@link formatTable}. */
export interface TableOptions {
  /** The terminal's width: columns marked `shrink` are narrowed, their cells wrapped, until the table fits. */
  maxWidth?: number | undefined
  /** Whether to print the header and its rule; `true` when left out. */
  header?: boolean
}

// Stryker disable next-line ObjectLiteral: grapheme is already Intl.Segmenter's default granularity; it is written out for the reader
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** Columns one grapheme cluster takes in a terminal: 0, 1 or 2. */
function graphemeWidth(grapheme: string): number {
  const first = grapheme.codePointAt(0)!
  if (/^[\p{Cc}\p{Cf}\p{M}]/u.test(grapheme)) return 0
  // Unicode's East Asian Width (UAX #11) from a maintained table: Wide and Fullwidth take two.
  if (eastAsianWidth(first) === 2 || /\p{Emoji_Presentation}|\uFE0F/u.test(grapheme)) return 2
  return 1
}

/**
 * The number of terminal columns `text` takes: Chinese, Japanese and Korean characters and emoji
 * take two, combining marks and control characters none, everything else one.
 *
 * @example
 * ```ts
 * import { displayWidth } from '../../src/cli/table.js'
 *
 * displayWidth('Astana') // 6
 * displayWidth('上海合作组织') // 12
 * displayWidth('Cafe\u0301') // 4
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment)
  return width
}

/** One grapheme run cut into pieces of at most `width` columns: itself alone when it fits. */
function split(word: string, width: number): string[] {
  const pieces: { text: string; used: number }[] = []
  for (const { segment } of graphemes.segment(word)) {
    const w = graphemeWidth(segment)
    const piece = pieces.at(-1)
    if (piece !== undefined && piece.used + w <= width) {
      piece.text += segment
      piece.used += w
    } else pieces.push({ text: segment, used: w })
  }
  // An empty word (between two spaces) is kept, so wrap keeps the spaces.
  return pieces.length === 0 ? [''] : pieces.map((piece) => piece.text)
}

/**
 * `text` wrapped into lines of at most `width` columns, breaking at spaces where it can and inside
 * a word only when the word alone is wider than the column.
 *
 * @example
 * ```ts
 * import { wrap } from '../../src/cli/table.js'
 *
 * wrap('Astana Declaration of the Council', 12) // ['Astana', 'Declaration', 'of the', 'Council']
 * wrap('上海合作组织', 6) // ['上海合', '作组织']
 * ```
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    for (const piece of split(word, width)) {
      const candidate = line === '' ? piece : `${line} ${piece}`
      // A piece wider than the line (a wide character in a one-column line) starts a line of its own.
      if (line === '' || displayWidth(candidate) <= width) line = candidate
      else {
        lines.push(line)
        line = piece
      }
    }
  }
  return [...lines, line]
}

// Stryker disable next-line StringLiteral: pad only asks whether align is 'right', so any other default is left too
function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

/** One line of terminal text: control characters (new lines, tabs, escapes) become spaces. */
function cellText(cell: TableCell): string {
  if (cell === null || cell === undefined) return '—'
  return String(cell).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
}

const gap = '  '
const narrowest = 8

/**
 * A table aligned for a terminal: a header, a rule, then the rows, columns two spaces apart and padded
 * by display width (so Chinese titles line up). Given `maxWidth`, the columns marked `shrink` are
 * narrowed, widest first, until the table fits (but never below 8 columns), and their long cells
 * wrap onto more lines: nothing is cut. `header: false` leaves out the header and its rule.
 *
 * @example
 * ```ts
 * import { formatTable } from '../../src/cli/table.js'
 *
 * formatTable([{ header: 'code' }, { header: 'name' }], [['CN', '中国'], ['KZ', null]]).split('\n') // ['code  name', '----  ----', 'CN    中国', 'KZ    —', '']
 * ```
 */
export function formatTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: TableOptions = {},
): string {
  const { maxWidth, header = true } = options
  const texts = rows.map((row) => columns.map((_, i) => cellText(row[i])))
  const widths = columns.map((column, i) =>
    Math.max(header ? displayWidth(column.header) : 0, ...texts.map((row) => displayWidth(row[i]!))),
  )
  fit(columns, widths, maxWidth ?? Infinity)
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, columns[i]!.align))
      .join(gap)
      .trimEnd()
  /** A row as terminal lines: each cell wrapped to its column, the row as tall as its tallest cell. */
  const rowLines = (cells: readonly string[]) => {
    const wrapped = cells.map((cell, i) => (displayWidth(cell) > widths[i]! ? wrap(cell, widths[i]!) : [cell]))
    const height = Math.max(...wrapped.map((lines) => lines.length))
    return Array.from({ length: height }, (_, k) => line(wrapped.map((lines) => lines[k] ?? '')))
  }
  const head = header ? [line(columns.map((column) => column.header)), line(widths.map((width) => '-'.repeat(width)))] : []
  return [...head, ...texts.flatMap(rowLines), ''].join('\n')
}

/** Narrows the shrinkable columns, widest first, until the table fits `maxWidth` or none can give more. */
function fit(columns: readonly TableColumn[], widths: number[], maxWidth: number): void {
  const total = () => widths.reduce((sum, width) => sum + width, 0) + gap.length * (widths.length - 1)
  while (total() > maxWidth) {
    const candidates = widths
      .map((width, i) => ({ width, i }))
      .filter(({ width, i }) => columns[i]!.shrink && width > narrowest)
    if (candidates.length === 0) return
    // One column at a time, so that the widest columns end up within one column of each other.
    const widest = candidates.reduce((a, b) => (b.width > a.width ? b : a))
    widths[widest.i] = widest.width - 1
  }
}
