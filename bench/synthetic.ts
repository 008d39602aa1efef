/**
 * Synthetic data for growth: the real dataset enlarged as a whole (records cloned with new ids) or
 * one collection at a time, then packed exactly as the build packs it (packDataset, as
 * scripts/generate.ts writes src/generated/data/all.json, shipped as dist/index.data.json). Nothing
 * here is shipped or written into the repository.
 */
import { packDataset } from '../scripts/lib/pack.js'

/** The fields the enlarging remaps: ids and the references between records. */
export interface Dataset {
  states: { code: string }[]
  statusPeriods: { state: string; decidedAt: string | null }[]
  summits: { id: string; host: string; chair: string | null }[]
  documents: { id: string; summit: string | null }[]
  participations: { summit: string; state: string | null; person: string | null }[]
  persons: { id: string; state: string | null }[]
  officeholders: { person: string; appointedAt: string | null }[]
  chairmanships: { state: string }[]
}
export type Collection = keyof Dataset

/** The packed JSON text of `dataset`, byte for byte as the build writes dist/index.data.json. */
export const packedText = (dataset: Dataset) => JSON.stringify(packDataset(dataset as unknown as Parameters<typeof packDataset>[0]))

/** How many distinct sources a packed JSON text holds. */
export const sourceCount = (packed: string) => (JSON.parse(packed) as { shards: unknown[][] }).shards.flat().length

/**
 * `factor` copies of every record; copy 0 keeps the real ids, the others get new ones, with the
 * references between records remapped. Copies keep their sources (equal source objects), so packing
 * still stores each distinct source once: the sources stay as many as the real ones while the
 * records grow `factor` times.
 */
export function enlarge(dataset: Dataset, factor: number): Dataset {
  const out: Dataset = { states: [], statusPeriods: [], summits: [], documents: [], participations: [], persons: [], officeholders: [], chairmanships: [] }
  for (let copy = 0; copy < factor; copy++) {
    const summit = (id: string) => (copy === 0 ? id : `${id}-x${copy}`)
    const person = summit
    const state = (code: string) => (copy === 0 ? code : `${code}${copy}`)
    const summitOrNull = (id: string | null) => (id === null ? null : summit(id))
    const stateOrNull = (code: string | null) => (code === null ? null : state(code))
    for (const s of dataset.states) out.states.push({ ...s, code: state(s.code) })
    for (const p of dataset.statusPeriods) out.statusPeriods.push({ ...p, state: state(p.state), decidedAt: summitOrNull(p.decidedAt) })
    for (const s of dataset.summits) out.summits.push({ ...s, id: summit(s.id), host: state(s.host), chair: stateOrNull(s.chair) })
    for (const d of dataset.documents) {
      const slash = d.id.indexOf('/')
      out.documents.push({ ...d, id: `${summit(d.id.slice(0, slash))}${d.id.slice(slash)}`, summit: summitOrNull(d.summit) })
    }
    for (const p of dataset.participations) {
      out.participations.push({ ...p, summit: summit(p.summit), state: stateOrNull(p.state), person: p.person === null ? null : person(p.person) })
    }
    for (const p of dataset.persons) out.persons.push({ ...p, id: person(p.id), state: stateOrNull(p.state) })
    for (const t of dataset.officeholders) out.officeholders.push({ ...t, person: person(t.person), appointedAt: summitOrNull(t.appointedAt) })
    for (const c of dataset.chairmanships) out.chairmanships.push({ ...c, state: state(c.state) })
  }
  return out
}

/** `dataset` with one collection's records repeated `factor` times (ids kept: loading does not look them up). */
export function growOne(dataset: Dataset, collection: Collection, factor: number): Dataset {
  const records = dataset[collection] as unknown[]
  return { ...dataset, [collection]: Array.from({ length: factor }, () => records.map((record) => structuredClone(record))).flat() }
}
