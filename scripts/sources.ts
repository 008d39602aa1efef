/**
 * How many records of each kind cite an official source (the SCO or a government; see
 * `sourceTypes`), and which do not. `npm run sources` prints the table, then the records without
 * one; the README's coverage section shows the same figures (scripts/coverage.ts).
 */
import { collections, namedRecords } from '../src/record-ids.js'
import type { Dataset } from '../src/types.js'
import { loadDataOrExit } from './lib/load-data.js'

export interface OfficialCoverage {
  kind: keyof Dataset
  records: number
  official: number
  /** The ids of the records of this kind that cite no official source (src/record-ids.ts). */
  without: string[]
}

/** For each kind of record, in dataset order, how many cite at least one official source. */
export function officialCoverage(dataset: Dataset): OfficialCoverage[] {
  const named = namedRecords(dataset)
  return collections.map((kind) => {
    const records = named.filter(({ collection }) => collection === kind)
    const without = records.filter(({ record }) => !record.sources.some((source) => source.type === 'official')).map(({ id }) => id)
    return { kind, records: records.length, official: records.length - without.length, without }
  })
}

/** Only the Council of Heads of State meetings, the backbone a reader checks first. */
export function headsOfStateCoverage(dataset: Dataset): { meetings: number; official: number; without: string[] } {
  const meetings = dataset.summits.filter((summit) => summit.body === 'heads-of-state')
  const without = meetings.filter((summit) => !summit.sources.some((source) => source.type === 'official')).map((summit) => summit.id)
  return { meetings: meetings.length, official: meetings.length - without.length, without }
}

export function main(dataset: Dataset = loadDataOrExit(), print: (line: string) => void = console.log): void {
  const rows = officialCoverage(dataset)
  print('kind\trecords\twith an official source')
  for (const row of rows) print(`${row.kind}\t${row.records}\t${row.official}`)
  const hos = headsOfStateCoverage(dataset)
  print(`Council of Heads of State meetings\t${hos.meetings}\t${hos.official}`)
  for (const row of rows) for (const id of row.without) print(`no official source\t${row.kind}\t${id}`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main()
