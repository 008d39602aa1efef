/** Packs the dataset for loading: see src/packed.ts. */
import { dataModules, type Collection, type DataModule, type Packed, type PackedDataset, type PackedModule } from '../../src/packed.js'
import type { Dataset, Source } from '../../src/types.js'

type Sourced = { readonly sources: readonly Source[]; readonly alternatives?: readonly { readonly sources: readonly Source[] }[] }

const citedBy = (record: Sourced): readonly Source[] => [...record.sources, ...(record.alternatives ?? []).flatMap((a) => a.sources)]
const keyOf = (source: Source) => JSON.stringify(source)
const modules = Object.keys(dataModules) as DataModule[]

/**
 * The dataset packed for loading. Each distinct source is stored once, in the shard of the set of
 * data modules that cite it (shards in order of that set's name, sources in order of first
 * citation); each module's records cite sources by position in the concatenation of its shards.
 */
export function packDataset(dataset: Dataset): PackedDataset {
  const modulesOf = new Map<string, { source: Source; modules: Set<DataModule> }>()
  for (const module of modules) {
    for (const collection of dataModules[module] as readonly Collection[]) {
      for (const record of dataset[collection] as readonly Sourced[]) {
        for (const source of citedBy(record)) {
          const entry = modulesOf.get(keyOf(source)) ?? { source, modules: new Set<DataModule>() }
          entry.modules.add(module)
          modulesOf.set(keyOf(source), entry)
        }
      }
    }
  }
  const shardNames = [...new Set([...modulesOf.values()].map((entry) => [...entry.modules].sort().join('+')))].sort()
  const shards: Source[][] = shardNames.map(() => [])
  for (const { source, modules: citing } of modulesOf.values()) shards[shardNames.indexOf([...citing].sort().join('+'))]!.push(source)

  const packModule = <M extends DataModule>(module: M) => {
    const own = shardNames.map((name, index) => ({ name, index })).filter(({ name }) => name.split('+').includes(module)).map(({ index }) => index)
    const position = new Map<string, number>()
    own.flatMap((index) => shards[index]!).forEach((source, at) => position.set(keyOf(source), at))
    const cite = (source: Source) => position.get(keyOf(source))!
    const pack = <R extends Sourced>(records: readonly R[]) =>
      records.map((record) => ({
        ...record,
        sources: record.sources.map(cite),
        ...(record.alternatives === undefined
          ? {}
          : { alternatives: record.alternatives.map((alternative) => ({ ...alternative, sources: alternative.sources.map(cite) })) }),
      })) as unknown as Packed<R>[]
    const records = Object.fromEntries((dataModules[module] as readonly Collection[]).map((c) => [c, pack(dataset[c] as readonly Sourced[])])) as PackedModule<M>
    return { shards: own, records }
  }
  return { shards, modules: Object.fromEntries(modules.map((m) => [m, packModule(m)])) as PackedDataset['modules'] }
}
