/**
 * Where a mutation run's time goes: reads the timing lines test/setup/mutation-timing.ts wrote
 * (`MUTATION_TIMING=<file> npm run mutation`) and the run's JSON report, and prints the time spent
 * per kind of mutant (static: run when a module loads, so every test file runs until one fails;
 * runtime: only the tests that reach it), per source folder and per test file, with the average
 * number of test files a mutant's run loads. Times are worker time: with two workers, a run's wall
 * time is about half their sum.
 *
 *   tsx scripts/mutation-timing.ts .tmp/mutation/timing.jsonl .tmp/mutation/mutation.json
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

interface RunLine {
  mode?: string
  mutant: string | null
  ms: number
  files: { file: string; load: number; run: number; tests: number }[]
}

interface Report {
  files: Record<string, { mutants: { id: string; static?: boolean; status: string }[] }>
}

/** Seconds, to one decimal place. */
const seconds = (ms: number) => (ms / 1000).toFixed(1)

/** The summary as lines of text. */
export function summarise(lines: readonly RunLine[], report: Report): string[] {
  const mutants = new Map<string, { source: string; static: boolean; status: string }>()
  for (const [source, file] of Object.entries(report.files)) {
    for (const mutant of file.mutants) mutants.set(mutant.id, { source, static: mutant.static === true, status: mutant.status })
  }
  const runs = lines.filter((line) => line.mode === 'mutant' && line.mutant !== null)
  const total = runs.reduce((sum, line) => sum + line.ms, 0)
  const out = [`${runs.length} mutant runs, ${seconds(total)} s of worker time (dry runs left out)`]

  const group = (key: (line: RunLine) => string) => {
    const groups = new Map<string, { runs: number; ms: number; files: number }>()
    for (const line of runs) {
      const entry = groups.get(key(line)) ?? { runs: 0, ms: 0, files: 0 }
      entry.runs++
      entry.ms += line.ms
      entry.files += line.files.length
      groups.set(key(line), entry)
    }
    return [...groups].sort((a, b) => b[1].ms - a[1].ms)
  }
  const row = (name: string, { runs: count, ms, files }: { runs: number; ms: number; files: number }) =>
    `  ${name.padEnd(34)} ${String(count).padStart(5)} runs ${seconds(ms).padStart(8)} s  ${(ms / count / 1000).toFixed(2)} s/run  ${(files / count).toFixed(1)} files/run`

  out.push('by kind of mutant:')
  for (const [name, entry] of group((line) => (mutants.get(line.mutant!)?.static ? 'static' : 'runtime'))) out.push(row(name, entry))
  out.push('by source folder:')
  for (const [name, entry] of group((line) => (mutants.get(line.mutant!)?.source ?? 'unknown').replace(/\/[^/]*$/, ''))) out.push(row(name, entry))

  const byTestFile = new Map<string, { loads: number; load: number; run: number }>()
  for (const line of runs) {
    for (const file of line.files) {
      const entry = byTestFile.get(file.file) ?? { loads: 0, load: 0, run: 0 }
      entry.loads++
      entry.load += file.load
      entry.run += file.run
      byTestFile.set(file.file, entry)
    }
  }
  out.push('by test file (loading, then tests and hooks):')
  for (const [file, entry] of [...byTestFile].sort((a, b) => b[1].load + b[1].run - a[1].load - a[1].run)) {
    out.push(`  ${file.padEnd(34)} ${String(entry.loads).padStart(5)} loads ${seconds(entry.load).padStart(8)} s loading ${seconds(entry.run).padStart(8)} s running`)
  }
  return out
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [timingFile, reportFile] = process.argv.slice(2)
  if (!timingFile || !reportFile) {
    console.error('usage: tsx scripts/mutation-timing.ts <timing.jsonl> <mutation.json>')
    process.exit(2)
  }
  const lines = readFileSync(timingFile, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as RunLine)
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
  for (const line of summarise(lines, report)) console.log(line)
}
