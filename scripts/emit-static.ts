/**
 * Writes the files for users outside JavaScript next to the build: dist/data/*.json (the dataset,
 * one file per record kind plus the whole) and dist/json-schema/*.json (JSON Schema generated from
 * the Zod schemas, so the two can never drift apart); and the data the builds load. It reads the
 * dataset `npm run generate` validated (src/generated/), so a build validates data/ once.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Dataset } from '../src/types.js'
import { generatedDatasetFile, readGeneratedDataset } from './lib/generated-data.js'
import { jsonSchemaOf, shippedDataFiles, shippedSchemas } from './lib/json-schemas.js'
import { root } from './lib/load-data.js'

export function main(dataset: Dataset = readGeneratedDataset()): void {
  const write = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
  const recordsOf: Record<keyof typeof shippedDataFiles, unknown> = {
    dataset,
    states: dataset.states,
    'status-periods': dataset.statusPeriods,
    summits: dataset.summits,
    documents: dataset.documents,
    participations: dataset.participations,
    persons: dataset.persons,
    officeholders: dataset.officeholders,
    chairmanships: dataset.chairmanships,
  } satisfies Record<string, Dataset | Dataset[keyof Dataset]>

  // What the builds load (scripts/generate.ts wrote both layouts into src/generated/data/): Node's
  // one file as dist/index.data.json, the bundlers' modules in dist/modules/. Apart from
  // dist/data/dataset.json, the plain dataset, so users who import that file get their own copy.
  const generated = dirname(generatedDatasetFile)
  copyFileSync(generatedDatasetFile, join(root, 'dist', 'index.data.json'))
  mkdirSync(join(root, 'dist', 'modules'), { recursive: true })
  for (const file of readdirSync(generated).filter((name) => name.endsWith('.json') && name !== 'all.json')) {
    copyFileSync(join(generated, file), join(root, 'dist', 'modules', file))
  }

  const dataDir = join(root, 'dist', 'data')
  mkdirSync(dataDir, { recursive: true })
  for (const [file, records] of Object.entries(recordsOf)) write(join(dataDir, `${file}.json`), records)

  const schemaDir = join(root, 'dist', 'json-schema')
  mkdirSync(schemaDir, { recursive: true })
  for (const name of Object.keys(shippedSchemas) as (keyof typeof shippedSchemas)[]) {
    write(join(schemaDir, `${name}.json`), jsonSchemaOf(name))
  }
  console.log(`dist/data: ${Object.keys(recordsOf).length} files; dist/json-schema: ${Object.keys(shippedSchemas).length} files`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main()
