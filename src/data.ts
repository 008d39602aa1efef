/**
 * The data, loaded once and deeply frozen, and the indexes the accessors look things up in. Every
 * collection comes from its own data module (src/generated/collections.ts), and every index is
 * built on first use and annotated pure: a bundler keeps only what the accessors an app imports
 * read, and a process that only reads the arrays never builds an index.
 */
import {
  chairmanships,
  documents,
  officeholders,
  participations,
  persons,
  states,
  statusPeriods,
  summits,
} from './generated/collections.js'
import type { Document, Participation, Person, State, StatusPeriod, Summit } from './types.js'

export { chairmanships, documents, officeholders, participations, persons, states, statusPeriods, summits }

/** Groups `items` by `key`, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    // Stryker disable next-line ConditionalExpression: a group under null is never looked up; skipping it keeps the maps to real keys
    if (k === null) continue
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** A value built on first use and kept. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}

export const summitById = /* @__PURE__ */ lazy((): ReadonlyMap<string, Summit> => new Map(summits.map((s) => [s.id, s])))
export const stateByCode = /* @__PURE__ */ lazy((): ReadonlyMap<string, State> => new Map(states.map((s) => [s.code, s])))
export const documentById = /* @__PURE__ */ lazy((): ReadonlyMap<string, Document> => new Map(documents.map((d) => [d.id, d])))
export const periodsByState = /* @__PURE__ */ lazy((): ReadonlyMap<string, readonly StatusPeriod[]> => groupBy(statusPeriods, (p) => p.state))
export const documentsBySummit = /* @__PURE__ */ lazy((): ReadonlyMap<string, readonly Document[]> => groupBy(documents, (d) => d.summit))
export const participationsBySummit = /* @__PURE__ */ lazy((): ReadonlyMap<string, readonly Participation[]> =>
  groupBy(participations, (p) => p.summit),
)
export const participationsByState = /* @__PURE__ */ lazy((): ReadonlyMap<string, readonly Participation[]> =>
  groupBy(participations, (p) => p.state),
)
export const personById = /* @__PURE__ */ lazy((): ReadonlyMap<string, Person> => new Map(persons.map((p) => [p.id, p])))
export const participationsByPerson = /* @__PURE__ */ lazy((): ReadonlyMap<string, readonly Participation[]> =>
  groupBy(participations, (p) => p.person),
)
