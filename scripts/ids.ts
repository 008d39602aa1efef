/**
 * Keeps stable-ids.json, the committed list of every summit, document, state and person id ever released.
 * `npm run ids` adds new ids; `npm run ids -- --check` fails when an id is missing from the list.
 * test/stable-ids.test.ts fails when a listed id disappears without a major changeset.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadDataOrExit, root } from './lib/load-data.js'
import type { Dataset } from '../src/types.js'

export const stableIdsPath = join(root, 'stable-ids.json')

export interface StableIds {
  summits: string[]
  documents: string[]
  states: string[]
  persons: string[]
}

/** The ids the dataset holds now, sorted. */
export function currentIds(dataset: Dataset): StableIds {
  const sorted = (ids: string[]) => [...ids].sort()
  return {
    summits: sorted(dataset.summits.map((s) => s.id)),
    documents: sorted(dataset.documents.map((d) => d.id)),
    states: sorted(dataset.states.map((s) => s.code)),
    persons: sorted(dataset.persons.map((p) => p.id)),
  }
}

export function readStableIds(): StableIds {
  return JSON.parse(readFileSync(stableIdsPath, 'utf8')) as StableIds
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dataset = loadDataOrExit()
  const now = currentIds(dataset)
  const listed = readStableIds()
  const unlisted = (Object.keys(now) as (keyof StableIds)[]).flatMap((kind) =>
    now[kind].filter((id) => !(listed[kind] ?? []).includes(id)).map((id) => `${kind}: ${id}`),
  )
  if (process.argv.includes('--check')) {
    if (unlisted.length > 0) {
      console.error(`stable-ids.json lacks ${unlisted.length} id(s); run \`npm run ids\`:\n  ${unlisted.join('\n  ')}`)
      process.exit(1)
    }
    console.log('stable-ids.json lists every id')
  } else {
    // Ids are only ever added here: removing one is a major change, made by editing the file by hand.
    const merged = Object.fromEntries(
      (Object.keys(now) as (keyof StableIds)[]).map((kind) => [kind, [...new Set([...(listed[kind] ?? []), ...now[kind]])].sort()]),
    )
    writeFileSync(stableIdsPath, `${JSON.stringify(merged, null, 2)}\n`)
    console.log(`stable-ids.json: ${unlisted.length} id(s) added`)
  }
}
