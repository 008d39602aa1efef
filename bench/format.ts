/**
 * How the bench shows a figure: units, aligned tables, section headings naming the machine, and
 * every figure kept with that machine for BENCH_JSON. Apart from the measuring, so that the other
 * parts say what they measure and not how it is printed.
 */
import { writeFileSync } from 'node:fs'
import { cpus, platform, release, totalmem } from 'node:os'
import { resolve } from 'node:path'

export const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  os: `${platform()} ${release()}`,
  node: process.version,
}
export const machineLine = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}`

export const ms = (value: number) => `${value.toFixed(2)} ms`
/** Kilobytes as size-limit counts them. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`
export const opsFormat = (value: number) => `${Math.round(value).toLocaleString('en-US')} ops/s`
export const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}x`

/** Progress goes to stderr, so stdout is the report alone. */
export const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`)

/** Rows as an aligned table: the first row is the header, the first column left-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row, index) => {
      const line = `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`
      return index === 0 ? `${line}\n  ${widths.map((w) => '-'.repeat(w)).join('  ')}` : line
    })
    .join('\n')
}

export function section(title: string) {
  console.log(`\n## ${title}\n   [${machineLine}]`)
}

export interface Figure {
  section: string
  name: string
  value: number
  unit: string
  processes?: number
}
const figures: (Figure & typeof machine)[] = []
export const record = (figure: Figure) => figures.push({ ...figure, ...machine })

/** Writes every recorded figure, each with the machine and Node version, to `file` as JSON. */
export function writeFigures(file: string, runs: number) {
  writeFileSync(resolve(file), `${JSON.stringify({ machine, runs, figures }, null, 2)}\n`)
  progress(`wrote ${file}`)
}
