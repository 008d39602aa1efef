/** Checks every file under data/ and exits non-zero, listing each problem, when any fails. */
import { loadDataOrExit } from './lib/load-data.js'

export function main(): void {
  const dataset = loadDataOrExit()
  console.log(
  `data/ is valid: ${dataset.states.length} states, ${dataset.statusPeriods.length} status periods, ${dataset.summits.length} summits, ` +
    `${dataset.documents.length} documents, ${dataset.participations.length} participations, ${dataset.persons.length} persons, ` +
    `${dataset.officeholders.length} terms of office, ${dataset.chairmanships.length} chairmanships`,
  )
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main()
