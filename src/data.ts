import type { DeepReadonly } from './deep-readonly.js'
import { deepFreeze } from './deep-readonly.js'
import { datasetJson } from './generated/dataset.js'
import type { Dataset, Document, Participation, State, StatusPeriod, Summit } from './types.js'

/** The dataset, parsed once at load and deeply frozen. */
export const dataset: DeepReadonly<Dataset> = deepFreeze(JSON.parse(datasetJson) as Dataset)

/** Groups `items` by `key`, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k === null) continue
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

export const summitById: ReadonlyMap<string, DeepReadonly<Summit>> = new Map(dataset.summits.map((s) => [s.id, s]))
export const stateByCode: ReadonlyMap<string, DeepReadonly<State>> = new Map(dataset.states.map((s) => [s.code, s]))
export const documentById: ReadonlyMap<string, DeepReadonly<Document>> = new Map(dataset.documents.map((d) => [d.id, d]))
export const periodsByState: ReadonlyMap<string, readonly DeepReadonly<StatusPeriod>[]> = groupBy(
  dataset.statusPeriods,
  (p) => p.state,
)
export const documentsBySummit: ReadonlyMap<string, readonly DeepReadonly<Document>[]> = groupBy(
  dataset.documents,
  (d) => d.summit,
)
export const participationsBySummit: ReadonlyMap<string, readonly DeepReadonly<Participation>[]> = groupBy(
  dataset.participations,
  (p) => p.summit,
)
export const participationsByState: ReadonlyMap<string, readonly DeepReadonly<Participation>[]> = groupBy(
  dataset.participations,
  (p) => p.state,
)
