// A JSON module in packed form: the fastest way to bring the data into a process (docs/performance.md).
import packedDataset from './generated/dataset.json' with { type: 'json' }
import { unpackDataset } from './packed.js'
import type { Dataset, Document, Participation, Person, State, StatusPeriod, Summit } from './types.js'

/** The dataset, loaded once and deeply frozen. */
export const dataset: Dataset = unpackDataset(packedDataset)

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

/**
 * A value built on first use and kept: the indexes cost nothing to a process that only reads the
 * arrays, and are built once for one that looks things up.
 */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}

export const summitById = lazy((): ReadonlyMap<string, Summit> => new Map(dataset.summits.map((s) => [s.id, s])))
export const stateByCode = lazy((): ReadonlyMap<string, State> => new Map(dataset.states.map((s) => [s.code, s])))
export const documentById = lazy((): ReadonlyMap<string, Document> => new Map(dataset.documents.map((d) => [d.id, d])))
export const periodsByState = lazy((): ReadonlyMap<string, readonly StatusPeriod[]> =>
  groupBy(dataset.statusPeriods, (p) => p.state),
)
export const documentsBySummit = lazy((): ReadonlyMap<string, readonly Document[]> =>
  groupBy(dataset.documents, (d) => d.summit),
)
export const participationsBySummit = lazy((): ReadonlyMap<string, readonly Participation[]> =>
  groupBy(dataset.participations, (p) => p.summit),
)
export const participationsByState = lazy((): ReadonlyMap<string, readonly Participation[]> =>
  groupBy(dataset.participations, (p) => p.state),
)
export const personById = lazy((): ReadonlyMap<string, Person> => new Map(dataset.persons.map((p) => [p.id, p])))
export const participationsByPerson = lazy((): ReadonlyMap<string, readonly Participation[]> =>
  groupBy(dataset.participations, (p) => p.person),
)
