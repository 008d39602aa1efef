import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { meetingSkeleton, refusal } from '../scripts/new-meeting.js'

const root = join(import.meta.dirname, '..')
const fixture = join(import.meta.dirname, 'fixtures', 'valid-data')
const made: string[] = []

function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-data-new-meeting-'))
  made.push(dir)
  cpSync(fixture, dir, { recursive: true })
  return dir
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function run(args: string[]): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync('npx', ['tsx', 'scripts/new-meeting.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string }
    return { status: failed.status, out: failed.stdout + failed.stderr }
  }
}

describe('new-meeting', () => {
  it('writes every field a summit record requires, in the schema order, null or empty where unknown', () => {
    expect(meetingSkeleton('2026-dushanbe-hog', 'heads-of-government')).toEqual({
      summit: {
        id: '2026-dushanbe-hog',
        body: 'heads-of-government',
        number: null,
        startDate: null,
        endDate: null,
        city: null,
        host: null,
        chair: null,
        format: null,
        documentsReported: null,
        sources: [],
        notes: null,
      },
      documents: [],
      participants: [],
    })
    expect(Object.keys(meetingSkeleton('2027-x', 'heads-of-state').summit)).toEqual([
      'id', 'body', 'number', 'startDate', 'endDate', 'city', 'host', 'chair', 'format', 'documentsReported', 'sources', 'notes',
    ])
  })

  it('refuses an id that exists, that the id pattern rejects, or whose -hog ending does not fit the body', () => {
    const dir = copyOfFixture()
    expect(refusal('2027-islamabad', 'heads-of-state', dir)).toBeUndefined()
    expect(refusal('2027-islamabad-hog', 'heads-of-government', dir)).toBeUndefined()
    expect(refusal('2024-astana', 'heads-of-state', dir)).toBe(`"2024-astana" exists already: ${relative(root, join(dir, 'summits', '2024-astana.json'))}`)
    expect(refusal('2025-tianjin', 'heads-of-state', join(root, 'data'))).toBe('"2025-tianjin" exists already: data/summits/2025-tianjin.json')
    expect(refusal('2027-Islamabad', 'heads-of-state', dir)).toBe('"2027-Islamabad": expected a summit id such as "2024-astana": year, then lower-case words joined by hyphens')
    expect(refusal('islamabad', 'heads-of-state', dir)).toMatch(/^"islamabad": expected a summit id/)
    expect(refusal('2027-islamabad', 'heads-of-government', dir)).toBe('"2027-islamabad": a meeting of the Council of Heads of Government has an id ending -hog')
    expect(refusal('2027-islamabad-hog', 'heads-of-state', dir)).toBe('"2027-islamabad-hog": only a heads-of-government meeting has an id ending -hog, not a heads-of-state one')
  })

  it('writes the file, and validate then names each field left to fill', () => {
    const dir = copyOfFixture()
    const { status, out } = run(['2027-islamabad', '--body', 'heads-of-state', '--data-dir', dir])
    expect(status).toBe(0)
    const path = join(dir, 'summits', '2027-islamabad.json')
    expect(out).toContain('2027-islamabad.json: fill in its fields, then npm run validate')
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(meetingSkeleton('2027-islamabad', 'heads-of-state'))
    const fields = loadData(dir)
      .problems.filter((problem) => problem.includes('2027-islamabad'))
      .map((problem) => problem.split(' › ')[2]!.split(':')[0])
    expect(fields).toEqual(['startDate', 'endDate', 'host', 'format', 'sources'])
  })

  it('exits 2 with the usage, writing nothing, for a refused id, a bad body or a missing id', () => {
    const dir = copyOfFixture()
    for (const args of [['2024-astana', '--body', 'heads-of-state'], ['2027-x', '--body', 'council'], ['2027-x'], ['--body', 'heads-of-state'], ['2027-x', '--bogus']]) {
      const { status, out } = run([...args, '--data-dir', dir])
      expect(status).toBe(2)
      expect(out).toMatch(/^new-meeting: .+\nusage: npm run new-meeting -- <id> --body <heads-of-state\|heads-of-government\|shanghai-five>\n$/)
    }
    expect(existsSync(join(dir, 'summits', '2027-x.json'))).toBe(false)
  })
})
