/**
 * Lists, for curators, the records that rest on a single source: the first places to look for a
 * second confirmation. `npm run single-source` prints them grouped by file.
 */
import { namedRecords } from '../src/record-ids.js'
import type { Dataset } from '../src/types.js'
import { loadDataOrExit } from './lib/load-data.js'

export interface SingleSourced {
  kind: keyof Dataset
  id: string
  url: string
}

/** Every record with exactly one source, in dataset order. */
export function singleSourced(dataset: Dataset): SingleSourced[] {
  return namedRecords(dataset)
    .filter(({ record }) => record.sources.length === 1)
    .map(({ collection, id, record }) => ({ kind: collection, id, url: record.sources[0]!.url }))
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dataset = loadDataOrExit()
  const rows = singleSourced(dataset)
  const total = Object.values(dataset).reduce((n, records) => n + records.length, 0)
  for (const row of rows) console.log(`${row.kind}\t${row.id}\t${row.url}`)
  console.log(`${rows.length} of ${total} records rest on a single source`)
}
