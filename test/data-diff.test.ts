import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffData, formatDiff } from '../scripts/data-diff.js'
import { readWorkingData } from '../scripts/lib/raw-data.js'

const root = join(import.meta.dirname, '..')

describe('data:diff', () => {
  it('finds nothing between the data and itself', () => {
    const data = readWorkingData()
    expect(diffData(data, structuredClone(data))).toEqual({ added: [], removed: [], changed: [] })
  })

  it('lists added, removed and changed records, field by field', () => {
    const before = readWorkingData()
    const after = structuredClone(before)
    const removed = after.summits.pop()!
    after.documents.push({ ...after.documents[0]!, id: 'x/new-document' })
    const changed = after.summits[0]!
    changed.city = 'Somewhere Else'
    ;(changed.sources as { title: string }[])[0]!.title = 'A new title'
    const diff = diffData(before, after)
    expect(diff.added).toEqual([{ kind: 'documents', key: 'x/new-document' }])
    expect(diff.removed).toEqual([{ kind: 'summits', key: removed.id }])
    expect(diff.changed).toEqual([
      {
        kind: 'summits',
        key: changed.id,
        fields: [
          { field: 'city', before: before.summits[0]!.city, after: 'Somewhere Else' },
          { field: 'sources.0.title', before: (before.summits[0]!.sources as { title: string }[])[0]!.title, after: 'A new title' },
        ],
      },
    ])
    const text = formatDiff(diff, 'v0.1.0')
    expect(text).toContain('1 added, 1 removed, 1 changed.')
    expect(text).toContain(`  - city: ${JSON.stringify(before.summits[0]!.city)} → "Somewhere Else"`)
  })

  it('runs from the command line against a git ref', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/data-diff.ts', 'HEAD'], { cwd: root, encoding: 'utf8' })
    expect(out).toMatch(/^# Data changes since HEAD\n\n\d+ added, \d+ removed, \d+ changed\./)
  })

  it('says how to use it when the ref is missing, and fails on an unknown ref', () => {
    const run = (args: string[]) => {
      try {
        execFileSync('npx', ['tsx', 'scripts/data-diff.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
        return 0
      } catch (error) {
        return (error as { status: number }).status
      }
    }
    expect(run([])).toBe(2)
    expect(run(['no-such-ref-anywhere'])).toBe(1)
  })
})
