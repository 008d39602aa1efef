/**
 * A data release must never silently break a user's stored references: every id in
 * stable-ids.json must still exist, unless a pending changeset declares a major release.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { currentIds, readStableIds, type StableIds } from '../scripts/ids.js'
import { loadData } from '../scripts/lib/load-data.js'

const root = join(import.meta.dirname, '..')

/** Whether a pending changeset bumps sco-data by a major version. */
function majorChangesetPending(): boolean {
  const dir = join(root, '.changeset')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .some((f) => /^---\n[\s\S]*?["']?sco-data["']?\s*:\s*major[\s\S]*?\n---/m.test(readFileSync(join(dir, f), 'utf8')))
}

const { dataset } = loadData()
const now = currentIds(dataset!)
const listed = readStableIds()
const kinds = Object.keys(listed) as (keyof StableIds)[]

describe('stable ids', () => {
  it('no released id has disappeared or been renamed (or a major changeset says so)', () => {
    const gone = kinds.flatMap((kind) => listed[kind].filter((id) => !now[kind].includes(id)).map((id) => `${kind}: ${id}`))
    if (gone.length > 0 && !majorChangesetPending()) {
      expect.fail(`ids removed or renamed without a major changeset:\n  ${gone.join('\n  ')}`)
    }
  })

  it('every current id is recorded in stable-ids.json (run `npm run ids`)', () => {
    const unlisted = kinds.flatMap((kind) => now[kind].filter((id) => !listed[kind].includes(id)).map((id) => `${kind}: ${id}`))
    expect(unlisted).toEqual([])
  })

  it('the list is sorted and has no duplicates, so diffs stay reviewable', () => {
    for (const kind of kinds) {
      expect(listed[kind]).toEqual([...new Set(listed[kind])].sort())
    }
  })
})
