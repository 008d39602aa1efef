import type { Dataset, Source } from './types.js'

/** An alternative as stored for loading: its sources as positions. */
type PackedAlternative = { field: string; value: unknown; sources: number[]; note?: string }

/**
 * A record as stored for loading: its sources (and its alternatives' sources) as positions in the
 * list of sources of its data module (see {@link dataModules}).
 */
export type Packed<R> = Omit<R, 'sources' | 'alternatives'> & { sources: number[]; alternatives?: PackedAlternative[] }

/** The kinds of record: the collections of the dataset. */
export type Collection = keyof Dataset

/**
 * How the data is split for loading: one module per group of collections that the same accessors
 * read, so that a bundler can leave out what an app does not use. `statusOn` reads only `states`;
 * `getSummit` only `summits`. Each module's sources are stored in shards shared with the other
 * modules that cite them, so a page cited by two modules is stored once and is one frozen object.
 */
export const dataModules = {
  states: ['states', 'statusPeriods'],
  summits: ['summits'],
  documents: ['documents'],
  participations: ['participations'],
  persons: ['persons'],
  officeholders: ['officeholders'],
  chairmanships: ['chairmanships'],
} as const satisfies Record<string, readonly Collection[]>

export type DataModule = keyof typeof dataModules

/** One data module's records as stored: collection name to packed records. */
export type PackedModule<M extends DataModule> = { [C in (typeof dataModules)[M][number]]: Packed<Dataset[C][number]>[] }

/**
 * The whole dataset in one file, as Node loads it (dist/index.data.json): the source shards, and
 * for each data module which shards its positions run over, in order, and its records.
 */
export interface PackedDataset {
  shards: Source[][]
  modules: { [M in DataModule]: { shards: number[]; records: PackedModule<M> } }
}

/** A shard of sources, each frozen, and the list itself frozen. Takes ownership of `sources`. */
export function freezeSources(sources: Source[]): readonly Source[] {
  // Stryker disable next-line EqualityOperator: freezing sources[sources.length], undefined, changes nothing
  for (let i = 0; i < sources.length; i++) Object.freeze(sources[i])
  return Object.freeze(sources)
}

/** The sources a data module's positions index: its shards, one after another. */
export function joinSources(...shards: (readonly Source[])[]): readonly Source[] {
  return shards.length === 1 ? shards[0]! : shards.flat()
}

/**
 * Records from their packed form, deeply frozen, citing the shared frozen source objects. Takes
 * ownership of `packed`: its records become the dataset's.
 *
 * It runs on every load of the package, so it freezes by the shape of the data rather than by a
 * general walk: each record, and each object a record holds (its `sources` array, a document's
 * `title` and `covers`, a person's `name` and `aliases`), which hold only plain values; and a
 * record's `alternatives`, each with its sources and value. test/packed.test.ts walks the whole
 * dataset and fails if a change to the schemas ever leaves an object unfrozen.
 */
export function unpackRecords<R>(packed: readonly Packed<R>[], sources: readonly Source[]): readonly R[] {
  const records = packed as unknown as Record<string, unknown>[]
  const cite = (positions: number[]): Source[] => {
    // Stryker disable next-line ArrayDeclaration: the array is filled index by index; giving its length only spares growing it
    const cited = new Array<Source>(positions.length)
    for (let j = 0; j < positions.length; j++) cited[j] = sources[positions[j]!]!
    return cited
  }
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!
    record.sources = cite(record.sources as number[])
    const alternatives = record.alternatives as PackedAlternative[] | undefined
    if (alternatives !== undefined) {
      for (const alternative of alternatives) {
        ;(alternative as { sources: unknown }).sources = Object.freeze(cite(alternative.sources))
        // Stryker disable next-line ConditionalExpression,LogicalOperator: freezing a string, number, boolean or null returns it unchanged: the check only skips the call
        if (typeof alternative.value === 'object' && alternative.value !== null) Object.freeze(alternative.value)
        Object.freeze(alternative)
      }
    }
    for (const key in record) {
      const value = record[key]
      // Stryker disable next-line ConditionalExpression,LogicalOperator: freezing a string, number, boolean or null returns it unchanged: the check only skips the call
      if (typeof value === 'object' && value !== null) Object.freeze(value)
    }
    Object.freeze(record)
  }
  return Object.freeze(records) as unknown as readonly R[]
}

/**
 * The whole dataset from its one-file packed form, deeply frozen: each shard's sources frozen once
 * and shared by every record that cites them. Takes ownership of `packed`.
 */
export function unpackDataset(packed: PackedDataset): Dataset {
  const shards = packed.shards.map(freezeSources)
  const dataset = {} as Record<Collection, readonly unknown[]>
  for (const module of Object.keys(dataModules) as DataModule[]) {
    const { shards: own, records } = packed.modules[module]
    const sources = joinSources(...own.map((index) => shards[index]!))
    for (const collection of dataModules[module]) {
      dataset[collection] = unpackRecords((records as unknown as Record<Collection, Packed<unknown>[]>)[collection], sources)
    }
  }
  return Object.freeze(dataset) as unknown as Dataset
}
