/** The packed form the package loads must give back exactly the dataset, every object frozen. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { packDataset } from '../scripts/lib/pack.js'
import { dataset as loaded } from '../src/data.js'
import { unpackDataset } from '../src/packed.js'
import type { Dataset } from '../src/types.js'

const { dataset } = loadData()

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

  it('is what the package loads', () => {
    expect(loaded).toStrictEqual(dataset)
  })

  it('stores each distinct source once, so it is smaller than the plain dataset', () => {
    const packed = packDataset(dataset!)
    expect(new Set(packed.sources.map((s) => JSON.stringify(s))).size).toBe(packed.sources.length)
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(dataset).length)
  })

  it('leaves no object unfrozen, shared sources included', () => {
    expect(unfrozen(loaded)).toEqual([])
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
