import type { Dataset, Source } from './types.js'

/** An alternative as stored for loading: its sources as positions. */
type PackedAlternative = { field: string; value: unknown; sources: number[]; note?: string }

/** A record as stored for loading: its sources (and its alternatives' sources) as positions in {@link PackedDataset.sources}. */
export type Packed<R> = Omit<R, 'sources' | 'alternatives'> & { sources: number[]; alternatives?: PackedAlternative[] }

/**
 * The dataset as the package stores it for loading (dist/index.data.json): each distinct source
 * once, and records citing sources by position. Most records cite pages other records cite too,
 * so this is about half the bytes of the plain dataset, and loads in about half the time.
 */
export interface PackedDataset {
  sources: Source[]
  states: Packed<Dataset['states'][number]>[]
  statusPeriods: Packed<Dataset['statusPeriods'][number]>[]
  summits: Packed<Dataset['summits'][number]>[]
  documents: Packed<Dataset['documents'][number]>[]
  participations: Packed<Dataset['participations'][number]>[]
  persons: Packed<Dataset['persons'][number]>[]
  officeholders: Packed<Dataset['officeholders'][number]>[]
  chairmanships: Packed<Dataset['chairmanships'][number]>[]
}

const collections = ['states', 'statusPeriods', 'summits', 'documents', 'participations', 'persons', 'officeholders', 'chairmanships'] as const

/**
 * The dataset from its packed form, deeply frozen. Records that cite the same page share one frozen
 * source object. Takes ownership of `packed`: its records become the dataset's.
 *
 * It runs on every load of the package, so it freezes by the shape of the data rather than by a
 * general walk: sources, each record, and each object a record holds (its `sources` array, a
 * document's `title` and `covers`), which hold only plain values; and a record's `alternatives`,
 * each with its sources and value. test/packed.test.ts walks the whole result and fails if a change
 * to the schemas ever leaves an object unfrozen.
 */
export function unpackDataset(packed: PackedDataset): Dataset {
  const sources = packed.sources
  for (let i = 0; i < sources.length; i++) Object.freeze(sources[i])
  const cite = (positions: number[]): Source[] => {
    const cited = new Array<Source>(positions.length)
    for (let j = 0; j < positions.length; j++) cited[j] = sources[positions[j]!]!
    return cited
  }
  const dataset = {} as Record<(typeof collections)[number], unknown[]>
  for (const name of collections) {
    const records = packed[name] as unknown as Record<string, unknown>[]
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!
      record.sources = cite(record.sources as number[])
      const alternatives = record.alternatives as PackedAlternative[] | undefined
      if (alternatives !== undefined) {
        for (const alternative of alternatives) {
          ;(alternative as { sources: unknown }).sources = Object.freeze(cite(alternative.sources))
          if (typeof alternative.value === 'object' && alternative.value !== null) Object.freeze(alternative.value)
          Object.freeze(alternative)
        }
      }
      for (const key in record) {
        const value = record[key]
        if (typeof value === 'object' && value !== null) Object.freeze(value)
      }
      Object.freeze(record)
    }
    Object.freeze(records)
    dataset[name] = records
  }
  return Object.freeze(dataset) as unknown as Dataset
}
