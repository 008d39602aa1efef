// A probe (bench/measure.ts runs it in a fresh process): operations per second of the lookups
// below, on the build argv[2] with the inputs in the JSON file argv[3]. Each operation's batch is
// calibrated to last at least BENCH_BATCH_MS (default 20 ms); the figure is the median of 7 batches.
import { readFileSync } from 'node:fs'

const [spec, inputsFile] = process.argv.slice(2)
const batchMs = Number(process.env.BENCH_BATCH_MS ?? 20)
const { summits, states, dates, texts } = JSON.parse(readFileSync(inputsFile, 'utf8'))
const m = await import(spec)
const operations = {
  getSummit: (i) => m.getSummit(summits[i % summits.length]),
  getState: (i) => m.getState(states[i % states.length]),
  statusOn: (i) => m.statusOn(states[i % states.length], dates[i % dates.length]),
  memberStatesOn: (i) => m.memberStatesOn(dates[i % dates.length]).length,
  documentsOf: (i) => m.documentsOf(summits[i % summits.length]).length,
  'findDocuments({ text })': (i) => m.findDocuments({ text: texts[i % texts.length] }).length,
}
// Counting truthy results keeps the calls from being optimised away.
let sink = 0
function batch(operation, n) {
  const start = performance.now()
  for (let i = 0; i < n; i++) if (operation(i)) sink++
  return performance.now() - start
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const result = {}
for (const [name, operation] of Object.entries(operations)) {
  let n = 1
  while (batch(operation, n) < batchMs) n *= 2 // calibrates and warms up
  const rates = []
  for (let b = 0; b < 7; b++) rates.push(n / (batch(operation, n) / 1000))
  result[name] = median(rates)
}
if (sink === 0) throw new Error('no operation returned anything')
process.stdout.write(JSON.stringify(result))
