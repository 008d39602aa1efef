/**
 * Writes the files for users outside JavaScript next to the build: dist/data/*.json (the dataset,
 * one file per record kind plus the whole) and dist/json-schema/*.json (JSON Schema generated from
 * the Zod schemas, so the two can never drift apart).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  DatasetSchema,
  DocumentSchema,
  ParticipationSchema,
  SourceSchema,
  StateSchema,
  StatusPeriodSchema,
  SummitSchema,
} from '../src/schemas.js'
import { loadData, root } from './lib/load-data.js'

const { dataset, problems } = loadData()
if (!dataset) {
  console.error(problems.join('\n'))
  process.exit(1)
}

const write = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)

const dataDir = join(root, 'dist', 'data')
mkdirSync(dataDir, { recursive: true })
write(join(dataDir, 'dataset.json'), dataset)
write(join(dataDir, 'states.json'), dataset.states)
write(join(dataDir, 'status-periods.json'), dataset.statusPeriods)
write(join(dataDir, 'summits.json'), dataset.summits)
write(join(dataDir, 'documents.json'), dataset.documents)
write(join(dataDir, 'participations.json'), dataset.participations)

const schemaDir = join(root, 'dist', 'json-schema')
mkdirSync(schemaDir, { recursive: true })
const schemas: Record<string, z.ZodType> = {
  source: SourceSchema,
  state: StateSchema,
  'status-period': StatusPeriodSchema,
  summit: SummitSchema,
  document: DocumentSchema,
  participation: ParticipationSchema,
  dataset: DatasetSchema,
}
for (const [name, schema] of Object.entries(schemas)) {
  write(join(schemaDir, `${name}.json`), {
    $id: `https://unpkg.com/sco-data/dist/json-schema/${name}.json`,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
  })
}
console.log(`dist/data: 6 files; dist/json-schema: ${Object.keys(schemas).length} files`)
