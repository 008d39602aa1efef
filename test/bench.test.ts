/**
 * The bench's own parts (the bench itself is too slow for the test command): its variants are what
 * they claim, built from tsup.config.ts into a temp directory, and its enlarged data keeps every
 * copy's references within that copy.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { enlarge, type Dataset } from '../bench/synthetic.js'
import { buildNode, withoutFreeze } from '../bench/variants.js'
import { loadData } from '../scripts/lib/load-data.js'

const root = join(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'sco-data-bench-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Whether, in a fresh Node process, the summits `file` exports, and the first summit, are frozen. */
function frozen(file: string): { list: boolean; record: boolean } {
  const code = `const { summits } = await import(${JSON.stringify(pathToFileURL(file).href)})
process.stdout.write(JSON.stringify({ list: Object.isFrozen(summits), record: Object.isFrozen(summits[0]) }))`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }))
}

describe('bench variants, built from tsup.config.ts', () => {
  it('with no override, the Node entry is byte for byte the package build', async () => {
    const out = join(work, 'as-configured')
    await buildNode(root, out)
    for (const file of ['index.js', 'index.cjs']) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(root, 'dist', file))), file).toBe(true)
    }
  })

  it('built without freeze, the same data loads unfrozen, where the build as configured freezes it', async () => {
    const builds = { asConfigured: join(work, 'frozen'), withoutFreeze: join(work, 'without-freeze') }
    await buildNode(root, builds.asConfigured)
    await buildNode(root, builds.withoutFreeze, withoutFreeze)
    // The Node layout loads its data from ./index.data.json beside the build (scripts/emit-static.ts copies it so).
    for (const out of Object.values(builds)) copyFileSync(join(root, 'src', 'generated', 'data', 'all.json'), join(out, 'index.data.json'))
    expect(frozen(join(builds.asConfigured, 'index.js'))).toEqual({ list: true, record: true })
    expect(frozen(join(builds.withoutFreeze, 'index.js'))).toEqual({ list: false, record: false })
  })
})

describe('bench synthetic data', () => {
  const real = loadData().dataset as unknown as Dataset
  const factor = 3
  const big = enlarge(real, factor)
  /** [collection, field, the collection it names a record of, that record's id field] */
  const references = [
    ['statusPeriods', 'state', 'states', 'code'],
    ['statusPeriods', 'decidedAt', 'summits', 'id'],
    ['summits', 'host', 'states', 'code'],
    ['summits', 'chair', 'states', 'code'],
    ['documents', 'summit', 'summits', 'id'],
    ['participations', 'summit', 'summits', 'id'],
    ['participations', 'state', 'states', 'code'],
    ['participations', 'person', 'persons', 'id'],
    ['persons', 'state', 'states', 'code'],
    ['officeholders', 'person', 'persons', 'id'],
    ['officeholders', 'appointedAt', 'summits', 'id'],
    ['chairmanships', 'state', 'states', 'code'],
  ] as const
  type Row = Record<string, string | null>
  const rows = (dataset: Dataset, collection: keyof Dataset) => dataset[collection] as unknown as Row[]
  /** Copy `k` of a collection: enlarge appends the copies one after another. */
  const copy = (collection: keyof Dataset, k: number) => {
    const n = rows(real, collection).length
    return rows(big, collection).slice(k * n, (k + 1) * n)
  }

  it('holds every record `factor` times, under ids unique across the copies', () => {
    for (const collection of Object.keys(real) as (keyof Dataset)[]) expect(rows(big, collection).length).toBe(factor * rows(real, collection).length)
    for (const [collection, id] of [['states', 'code'], ['summits', 'id'], ['documents', 'id'], ['persons', 'id']] as const) {
      const ids = rows(big, collection).map((r) => r[id])
      expect(new Set(ids).size, collection).toBe(ids.length)
    }
  })

  it('a reference that names a record in the real data names one of the same copy', () => {
    for (const [collection, field, target, id] of references) {
      const realIds = new Set(rows(real, target).map((r) => r[id]))
      for (let k = 0; k < factor; k++) {
        const ownIds = new Set(copy(target, k).map((r) => r[id]))
        copy(collection, k).forEach((record, i) => {
          const original = rows(real, collection)[i]![field]!
          if (realIds.has(original)) expect(ownIds.has(record[field]!), `${collection}.${field} = ${record[field]} in copy ${k}`).toBe(true)
        })
      }
    }
  })
})
