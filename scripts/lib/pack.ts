/** Packs the dataset for loading: see PackedDataset in src/packed.ts. */
import type { Packed, PackedDataset } from '../../src/packed.js'
import type { Dataset, Source } from '../../src/types.js'

/** Each distinct source once, in order of first citation; records cite them by position. */
export function packDataset(dataset: Dataset): PackedDataset {
  const sources: Source[] = []
  const positionOf = new Map<string, number>()
  const cite = (source: Source): number => {
    const key = JSON.stringify(source)
    let position = positionOf.get(key)
    if (position === undefined) {
      position = sources.length
      sources.push(source)
      positionOf.set(key, position)
    }
    return position
  }
  const packRecords = <R extends { readonly sources: readonly Source[]; readonly alternatives?: readonly { readonly sources: readonly Source[] }[] }>(
    records: readonly R[],
  ) =>
    records.map((record) => ({
      ...record,
      sources: record.sources.map(cite),
      ...(record.alternatives === undefined
        ? {}
        : { alternatives: record.alternatives.map((alternative) => ({ ...alternative, sources: alternative.sources.map(cite) })) }),
    })) as unknown as Packed<R>[]
  return {
    sources,
    states: packRecords(dataset.states),
    statusPeriods: packRecords(dataset.statusPeriods),
    summits: packRecords(dataset.summits),
    documents: packRecords(dataset.documents),
    participations: packRecords(dataset.participations),
    persons: packRecords(dataset.persons),
    officeholders: packRecords(dataset.officeholders),
    chairmanships: packRecords(dataset.chairmanships),
  }
}
