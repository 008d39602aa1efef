/** Checks every file under data/ and exits non-zero, listing each problem, when any fails. */
import { loadData } from './lib/load-data.js'

const { dataset, problems } = loadData()
if (!dataset) {
  console.error(`data/ has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(
  `data/ is valid: ${dataset.states.length} states, ${dataset.statusPeriods.length} status periods, ${dataset.summits.length} summits, ` +
    `${dataset.documents.length} documents, ${dataset.participations.length} participations`,
)
