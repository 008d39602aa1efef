import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { changeKind, diffData, formatChangeset, formatDiff, releaseKind } from '../scripts/data-diff.js'
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

  it('tells a corrected record (a value replaced) from one only filled in, re-sourced or annotated', () => {
    expect(changeKind([{ field: 'number', before: 4, after: 5 }])).toEqual({ how: 'corrected', fields: ['number'] })
    expect(changeKind([{ field: 'number', before: null, after: 5 }])).toEqual({ how: 'changed', fields: ['number'] })
    expect(changeKind([{ field: 'title.ru', before: undefined, after: 'Декларация' }])).toEqual({ how: 'changed', fields: ['title'] })
    expect(changeKind([{ field: 'sources.1.url', before: 'https://a.example', after: 'https://b.example' }])).toEqual({ how: 'changed', fields: ['sources'] })
    expect(changeKind([{ field: 'notes', before: 'old', after: 'new' }, { field: 'alternatives', before: undefined, after: [] }])).toEqual({
      how: 'changed',
      fields: ['notes', 'alternatives'],
    })
    // Only the replaced facts are named, once each.
    expect(
      changeKind([
        { field: 'notes', before: 'old', after: 'new' },
        { field: 'person', before: 'a', after: 'b' },
        { field: 'role', before: null, after: 'Minister' },
        { field: 'title.en', before: 'A', after: 'B' },
        { field: 'title.zh', before: '甲', after: '乙' },
      ]),
    ).toEqual({ how: 'corrected', fields: ['person', 'title'] })
  })

  it('calls for a major release when a record is removed, minor when one is added, else patch', () => {
    const none = { added: [], removed: [], changed: [] }
    const row = { kind: 'summits' as const, key: 'x' }
    expect(releaseKind(none)).toBe('patch')
    expect(releaseKind({ ...none, changed: [{ ...row, fields: [{ field: 'city', before: 'A', after: 'B' }] }] })).toBe('patch')
    expect(releaseKind({ ...none, added: [row] })).toBe('minor')
    expect(releaseKind({ ...none, added: [row], removed: [row] })).toBe('major')
  })

  it('writes a changeset body listing the records by id, for the CHANGELOG', () => {
    const before = readWorkingData()
    const after = structuredClone(before)
    const summit = after.summits.find((s) => s.id === '2024-astana')!
    summit.number = 99
    after.documents.push({ ...after.documents[0]!, id: '2024-astana/new-one' }, { ...after.documents[0]!, id: '2024-astana/new-two' })
    after.summits.push({ ...summit, id: '2099-somewhere' })
    const chair = after.chairmanships.find((c) => c.to === null)!
    const key = `${chair.state}/${chair.from}`
    chair.to = '2099-01-01'
    expect(formatChangeset(diffData(before, after), { before: '2026-02-02', after: '2026-12-07' })).toBe(
      [
        '---',
        '"sco-data": minor',
        '---',
        '',
        'Data: checked up to 2026-12-07 (the previous release: 2026-02-02).',
        '',
        'Added:',
        '',
        '- summits (1): 2099-somewhere',
        '- documents (2): 2024-astana/new-one, 2024-astana/new-two',
        '',
        'Corrected (a value replaced):',
        '',
        '- summits 2024-astana (number)',
        '',
        'Changed (a value filled in, or sources, notes or alternatives):',
        '',
        `- chairmanships ${key} (to)`,
        '',
      ].join('\n'),
    )
    const removed = structuredClone(before)
    removed.summits.pop()
    expect(formatChangeset(diffData(before, removed), { before: '2026-02-02', after: '2026-02-02' })).toMatch(
      /^---\n"sco-data": major\n---\n\nData: checked up to 2026-02-02, as before\.\n\nRemoved:\n\n- summits \(1\): [\w-]+\n$/,
    )
  })

  it('writes the changeset into .changeset/ from the command line, and never over one', () => {
    const name = `data-diff-test-${process.pid}`
    const path = join(root, '.changeset', `${name}.md`)
    try {
      const out = execFileSync('npx', ['tsx', 'scripts/data-diff.ts', 'HEAD', '--changeset', name], { cwd: root, encoding: 'utf8' })
      expect(out).toMatch(new RegExp(`^wrote \\.changeset/${name}\\.md \\((patch|minor|major)\\)`))
      expect(readFileSync(path, 'utf8')).toMatch(/^---\n"sco-data": (patch|minor|major)\n---\n\nData: checked up to \d{4}-\d{2}-\d{2}/)
      expect(() => execFileSync('npx', ['tsx', 'scripts/data-diff.ts', 'HEAD', '--changeset', name], { cwd: root, stdio: 'pipe' })).toThrow(/exists already/)
      expect(() => execFileSync('npx', ['tsx', 'scripts/data-diff.ts', 'HEAD', '--changeset', 'Bad Name'], { cwd: root, stdio: 'pipe' })).toThrow(/lower-case words/)
    } finally {
      rmSync(path, { force: true })
    }
  })
})
