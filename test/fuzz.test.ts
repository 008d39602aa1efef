/**
 * Validator fuzzing: real records, broken one way at a time, must be rejected by DatasetSchema with
 * an issue whose path points at the broken record and field.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { DatasetSchema } from '../src/schemas.js'
import type { DatasetInput as Dataset } from '../src/input-types.js'

const { dataset } = loadData()
if (!dataset) throw new Error('data/ does not validate: run npm run validate')
type Collection = keyof Dataset
const collections = Object.keys(dataset) as Collection[]

const clone = (): Dataset => structuredClone(dataset) as Dataset
const issuePaths = (data: unknown): string[] => {
  const result = DatasetSchema.safeParse(data)
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
}
/** A record of the collection, by index. */
const recordOf = (collection: Collection) => fc.nat({ max: dataset[collection].length - 1 })
/** Any record of any non-empty collection. */
const anyRecord = fc
  .constantFrom(...collections.filter((c) => dataset[c].length > 0))
  .chain((collection) => recordOf(collection).map((index) => ({ collection, index })))

const optionalKeys = new Set(['alternatives', 'covers', 'published', 'language', 'descriptiveTitle', 'cityNames'])

describe('DatasetSchema rejects broken records, naming the field', () => {
  it('accepts the real dataset', () => expect(issuePaths(dataset)).toEqual([]))

  it('a dropped required field', () => {
    fc.assert(
      fc.property(anyRecord, fc.nat(), ({ collection, index }, pick) => {
        const data = clone()
        const record = data[collection][index] as unknown as Record<string, unknown>
        const keys = Object.keys(record).filter((key) => !optionalKeys.has(key))
        const key = keys[pick % keys.length]!
        delete record[key]
        expect(issuePaths(data)).toContain(`${collection}.${index}.${key}`)
      }),
      { numRuns: 60 },
    )
  })

  it('a field of the wrong type', () => {
    fc.assert(
      fc.property(anyRecord, fc.nat(), fc.constantFrom(42, 'text', true, [], {}), ({ collection, index }, pick, value) => {
        const data = clone()
        const record = data[collection][index] as unknown as Record<string, unknown>
        // A null field may legitimately take a value of another type (`notes`, `number`): skip those.
        const keys = Object.keys(record).filter(
          (key) => record[key] !== null && (typeof record[key] !== typeof value || Array.isArray(value) !== Array.isArray(record[key])),
        )
        const key = keys[pick % keys.length]!
        record[key] = value
        const paths = issuePaths(data)
        expect(paths.some((path) => path.startsWith(`${collection}.${index}.${key}`))).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it.each(['2023-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '24-07-04', '2024-07-04T10:00'])('an impossible date %s', (bad) => {
    fc.assert(
      fc.property(fc.constantFrom(['summits', 'startDate'], ['summits', 'endDate'], ['documents', 'date'], ['statusPeriods', 'from'], ['statusPeriods', 'to']), fc.nat(), ([collection, key], pick) => {
        const data = clone()
        const records = data[collection as Collection] as unknown as Record<string, unknown>[]
        const index = pick % records.length
        records[index]![key!] = bad
        expect(issuePaths(data)).toContain(`${collection}.${index}.${key}`)
      }),
      { numRuns: 20 },
    )
  })

  it('an end before the start', () => {
    fc.assert(
      fc.property(recordOf('summits'), (index) => {
        const data = clone()
        const summit = data.summits[index]!
        summit.endDate = '1990-01-01'
        expect(issuePaths(data)).toContain(`summits.${index}.endDate`)
      }),
    )
    const closed = dataset.statusPeriods.flatMap((p, i) => (p.to === null ? [] : [i]))
    fc.assert(
      fc.property(fc.constantFrom(...closed), (index) => {
        const data = clone()
        data.statusPeriods[index]!.to = '1990-01-01'
        expect(issuePaths(data)).toContain(`statusPeriods.${index}.to`)
      }),
    )
  })

  it('a reference to an unknown state or summit', () => {
    fc.assert(
      fc.property(recordOf('statusPeriods'), recordOf('documents'), recordOf('participations'), (p, d, q) => {
        const data = clone()
        data.statusPeriods[p]!.state = 'QZ'
        data.documents[d]!.summit = '2099-nowhere'
        data.participations[q]!.summit = '2099-nowhere'
        const paths = issuePaths(data)
        expect(paths).toContain(`statusPeriods.${p}.state`)
        expect(paths).toContain(`documents.${d}.summit`)
        expect(paths).toContain(`participations.${q}.summit`)
      }),
      { numRuns: 40 },
    )
    const decided = dataset.statusPeriods.flatMap((p, i) => (p.decidedAt === null ? [] : [i]))
    fc.assert(
      fc.property(fc.constantFrom(...decided), (index) => {
        const data = clone()
        data.statusPeriods[index]!.decidedAt = '2099-nowhere'
        expect(issuePaths(data)).toContain(`statusPeriods.${index}.decidedAt`)
      }),
    )
  })

  it('a malformed source URL, or one that is not http(s)', () => {
    const bad = fc.constantFrom('ftp://tass.com/a', 'javascript:alert(1)', '/relative/path', 'tass.com/x', 'http://', 'mailto:a@b.c', 'https://exa mple.com/')
    fc.assert(
      fc.property(anyRecord, bad, ({ collection, index }, url) => {
        const data = clone()
        const record = data[collection][index] as unknown as { sources: { url: string }[] }
        record.sources[0]!.url = url
        expect(issuePaths(data)).toContain(`${collection}.${index}.sources.0.url`)
      }),
      { numRuns: 60 },
    )
  })

  it('a participant whose capacity is a status the state did not hold on that date', () => {
    const withStatus = dataset.participations.flatMap((p, i) =>
      p.state !== null && ['member', 'observer', 'dialogue-partner', 'partner'].includes(p.capacity) && !p.summit.match(/^(199\d|2000)-/) ? [i] : [],
    )
    fc.assert(
      fc.property(fc.constantFrom(...withStatus), fc.constantFrom('member', 'observer', 'dialogue-partner', 'partner' as const), (index, capacity) => {
        const data = clone()
        const participation = data.participations[index]!
        fc.pre(participation.capacity !== capacity)
        participation.capacity = capacity
        const summit = data.summits.find((s) => s.id === participation.summit)!
        const held = data.statusPeriods.some(
          (p) => p.state === participation.state && p.status === capacity && p.from <= summit.endDate && (p.to === null || p.to >= summit.startDate),
        )
        fc.pre(!held)
        expect(issuePaths(data)).toContain(`participations.${index}.capacity`)
      }),
      { numRuns: 60 },
    )
  })

  it('a status decided at a summit after it took effect', () => {
    const decided = dataset.statusPeriods.flatMap((p, i) => (p.decidedAt === null ? [] : [i]))
    const last = dataset.summits.at(-1)!
    fc.assert(
      fc.property(fc.constantFrom(...decided), (index) => {
        const data = clone()
        const period = data.statusPeriods[index]!
        fc.pre(period.from < last.startDate)
        period.decidedAt = last.id
        expect(issuePaths(data)).toContain(`statusPeriods.${index}.decidedAt`)
      }),
    )
  })
})
