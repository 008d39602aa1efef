/**
 * The data-model guide's field tables (scripts/field-tables.ts): the committed guide matches the
 * schemas' descriptions, `--check` fails on a stale copy and leaves it alone, and a few rows read as
 * checked by hand, type column included.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { guideFile, runFieldTables } from '../scripts/field-tables.js'

/** Collects what runFieldTables reports, so a passing run prints nothing. */
function collector() {
  const lines: string[] = []
  return { lines, report: { log: (line: string) => lines.push(`log: ${line}`), error: (line: string) => lines.push(`error: ${line}`) } }
}

const guide = readFileSync(guideFile, 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'sco-data-field-tables-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the field tables of docs/guides/data-model.md', () => {
  it('are up to date with the schemas', () => {
    const { lines, report } = collector()
    expect(runFieldTables(['--check'], guideFile, report)).toBe(0)
    expect(lines).toEqual(['log: docs/guides/data-model.md: the field tables are up to date'])
  })

  it('--check fails on a stale copy and leaves it alone; without it the copy is rewritten', () => {
    const stale = join(dir, 'data-model.md')
    const edited = guide.replace('| The first day of the meeting. |', '| The first day. |')
    expect(edited).not.toBe(guide)
    writeFileSync(stale, edited)
    const { lines, report } = collector()
    expect(runFieldTables(['--check'], stale, report)).toBe(1)
    expect(readFileSync(stale, 'utf8')).toBe(edited)
    expect(runFieldTables([], stale, report)).toBe(0)
    expect(readFileSync(stale, 'utf8')).toBe(guide)
    expect(lines[0]).toMatch(/^error: .*data-model\.md: the field tables are stale/)
  })

  it('fails loudly when a section has lost its markers', () => {
    const broken = join(dir, 'no-markers.md')
    writeFileSync(broken, guide.replace('<!-- fields:Person:end -->', ''))
    expect(() => runFieldTables(['--check'], broken, collector().report)).toThrow(/no markers for Person/)
  })

  it.each([
    ['| `startDate` | day | The first day of the meeting. |'],
    ['| `chair` | alpha-2 code or `null` | Alpha-2 code of the state that chaired it, or `null` where no source says.'],
    ['| `mode` | `in-person`, `video` or `null` | `in-person`, `video` (took part by video link), or `null` where no source says. |'],
    ['| `covers` | `{ from, to }`, optional | The years a programme, plan or strategy covers'],
    ['| `descriptiveTitle` | `true`, optional | `true` when the curators did not see the page'],
    ['| `aliases` | string[] | Every other spelling a cited source uses'],
    ['| `decidedAt` | summit id or `null` | The id of the summit that decided it'],
    ['| `status` | Status | The status held. |'],
    ['| `published` | day, optional | The day the page was published, where known. |'],
    ['| `alternatives` | Alternative[], optional | Other values that cited sources give'],
    ['| `value` | that field\'s type | The other value'],
  ])('holds the row %s', (row) => {
    expect(guide).toContain(row)
  })
})
