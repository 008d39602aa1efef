/**
 * The packed forms the package loads — one module per data module and source shard for bundlers,
 * one file for Node — must give back exactly the dataset, every object frozen, and a page cited by
 * several modules must be one shared object.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { packDataset } from '../scripts/lib/pack.js'
import * as collections from '../src/generated/collections.js'
import * as nodeCollections from '../src/generated/collections-node.js'
import { unpackDataset } from '../src/packed.js'
import type { Dataset } from '../src/types.js'

const { dataset } = loadData()
const loaded = { ...collections }
const loadedByNode = { ...nodeCollections }

/** Every object reachable from `value` that is not frozen, as paths. */
function unfrozen(value: unknown, path = 'dataset'): string[] {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path]
  return [...own, ...Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`))]
}

describe('packed dataset', () => {
  it('unpacks to exactly the dataset', () => {
    expect(unpackDataset(structuredClone(packDataset(dataset!)))).toStrictEqual(dataset)
  })

  it('is what the package loads, in both layouts', () => {
    expect(loaded).toStrictEqual({ ...dataset })
    expect(loadedByNode).toStrictEqual({ ...dataset })
  })

  it('stores each distinct source once, so it is smaller than the plain dataset', () => {
    const packed = packDataset(dataset!)
    const all = packed.shards.flat().map((s) => JSON.stringify(s))
    expect(new Set(all).size).toBe(all.length)
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(dataset).length)
  })

  it('a page cited by records of different modules is one frozen object', () => {
    const summitSources = new Map(loaded.summits.flatMap((s) => s.sources).map((s) => [JSON.stringify(s), s]))
    const shared = loaded.documents.flatMap((d) => d.sources).filter((s) => summitSources.has(JSON.stringify(s)))
    expect(shared.length).toBeGreaterThan(10)
    for (const source of shared) expect(source).toBe(summitSources.get(JSON.stringify(source)))
  })

  it('leaves no object unfrozen, shared sources included', () => {
    const each = (collections: Record<string, unknown>) => Object.entries(collections).flatMap(([name, records]) => unfrozen(records, name))
    expect(each(loaded)).toEqual([])
    expect(each(loadedByNode)).toEqual([])
    expect(unfrozen(unpackDataset(structuredClone(packDataset(dataset!))))).toEqual([])
  })

  it('round-trips any arrangement of shared and distinct sources', () => {
    const source = fc.record(
      { url: fc.constantFrom('https://a.example/1', 'https://a.example/2', 'https://b.example/'), publisher: fc.constantFrom('A', 'B'), title: fc.string({ minLength: 1 }), published: fc.constant('2024-07-04'), language: fc.constantFrom('en', 'ru') },
      { requiredKeys: ['url', 'publisher', 'title'], noNullPrototype: true },
    )
    const record = fc.record({ code: fc.string(), sources: fc.array(source, { minLength: 1, maxLength: 4 }) }, { noNullPrototype: true })
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.array(record, { maxLength: 8 }), (states, summits) => {
        const data = { states, statusPeriods: [], summits, documents: [], participations: [], persons: [], officeholders: [], chairmanships: [] } as unknown as Dataset
        expect(unpackDataset(structuredClone(packDataset(data)))).toStrictEqual(data)
      }),
    )
  })
})
