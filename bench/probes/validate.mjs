// A probe (bench/measure.ts runs it in a fresh process): the time to import sco-data/schemas, then
// to validate the shipped plain dataset with DatasetSchema, first and warm (median of 5), as JSON.
import { readFileSync } from 'node:fs'

const loadStart = performance.now()
const { DatasetSchema } = await import('sco-data/schemas')
const load = performance.now() - loadStart
const data = JSON.parse(readFileSync(new URL(import.meta.resolve('sco-data/data/dataset.json')), 'utf8'))
const check = (result) => {
  if (!result.success) throw new Error(`the shipped dataset does not validate: ${result.error.message}`)
}
let start = performance.now()
check(DatasetSchema.safeParse(data))
const first = performance.now() - start
const warm = []
for (let i = 0; i < 5; i++) {
  start = performance.now()
  check(DatasetSchema.safeParse(data))
  warm.push(performance.now() - start)
}
warm.sort((a, b) => a - b)
process.stdout.write(JSON.stringify({ load, first, warm: warm[2] }))
