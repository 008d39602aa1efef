/**
 * Lists, for curators, the records that rest on a single source: the first places to look for a
 * second confirmation. `npm run single-source` prints them grouped by file.
 */
import type { Dataset } from '../src/types.js'
import { loadData } from './lib/load-data.js'

export interface SingleSourced {
  kind: keyof Dataset
  id: string
  url: string
}

/** Every record with exactly one source, in dataset order. */
export function singleSourced(dataset: Dataset): SingleSourced[] {
  const idOf: { [K in keyof Dataset]: (record: Dataset[K][number]) => string } = {
    states: (r) => r.code,
    statusPeriods: (r) => `${r.state} ${r.status} from ${r.from}`,
    summits: (r) => r.id,
    documents: (r) => r.id,
    participations: (r) => `${r.summit} ${r.state ?? r.organisation}`,
  }
  return (Object.keys(idOf) as (keyof Dataset)[]).flatMap((kind) =>
    (dataset[kind] as { sources: { url: string }[] }[])
      .filter((record) => record.sources.length === 1)
      .map((record) => ({ kind, id: (idOf[kind] as (r: unknown) => string)(record), url: record.sources[0]!.url })),
  )
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { dataset, problems } = loadData()
  if (!dataset) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
  const rows = singleSourced(dataset)
  const total = Object.values(dataset).reduce((n, records) => n + records.length, 0)
  for (const row of rows) console.log(`${row.kind}\t${row.id}\t${row.url}`)
  console.log(`${rows.length} of ${total} records rest on a single source`)
}
