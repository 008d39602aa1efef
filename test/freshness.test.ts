import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freshness, formatFindings, type Finding } from '../scripts/freshness.js'
import type { Raw } from '../scripts/lib/raw-data.js'
import { readWorkingData, readWorkingMeta } from '../scripts/lib/raw-data.js'

const root = join(import.meta.dirname, '..')

/** A small dataset, as data/ would hold it, with only the fields freshness reads. */
function data(parts: Partial<Record<keyof Raw, Record<string, unknown>[]>> = {}): Raw {
  return {
    states: [],
    statusPeriods: [],
    summits: [
      { id: '2025-tianjin', body: 'heads-of-state', startDate: '2025-08-31', endDate: '2025-09-01' },
      { id: '2025-moscow-hog', body: 'heads-of-government', startDate: '2025-11-17', endDate: '2025-11-18' },
    ],
    documents: [],
    participations: [],
    persons: [],
    officeholders: [],
    chairmanships: [{ state: 'KG', from: '2025-09-02', to: null }],
    ...parts,
  }
}

const about = (findings: Finding[], topic: string) => findings.filter((finding) => finding.topic === topic).map((finding) => finding.level)

describe('freshness', () => {
  it('counts the days since dataAsOf, stale from the 184th', () => {
    expect(freshness(data(), '2026-01-01', '2026-01-01')).toContainEqual({ level: 'info', topic: 'data', message: 'checked up to 2026-01-01, 0 days ago' })
    // 2026-01-01 + 183 days = 2026-07-03
    expect(about(freshness(data(), '2026-01-01', '2026-07-03'), 'data')).toEqual(['info'])
    expect(about(freshness(data(), '2026-01-01', '2026-07-04'), 'data')).toEqual(['overdue'])
  })

  it('finds a yearly council overdue 13 months after its last meeting ended, and due within 60 days before', () => {
    const on = (today: string) => about(freshness(data(), today, today), 'heads-of-state')
    // Tianjin ended 2025-09-01: the next is due by 2026-10-01; 60 days before is 2026-08-02.
    expect(on('2026-08-01')).toEqual([])
    expect(on('2026-08-02')).toEqual(['soon'])
    expect(on('2026-10-01')).toEqual(['soon'])
    expect(on('2026-10-02')).toEqual(['overdue'])
    const hog = freshness(data(), '2026-12-19', '2026-12-19').find((finding) => finding.topic === 'heads-of-government')
    expect(hog).toEqual({
      level: 'overdue',
      topic: 'heads-of-government',
      message: 'no meeting recorded since 2025-moscow-hog (ended 2025-11-18); the next was due by 2026-12-18: add it if it was held',
    })
  })

  it('reads the last meeting by its end, whatever the order of the files', () => {
    const summits = [
      { id: '2026-bishkek', body: 'heads-of-state', startDate: '2026-09-01', endDate: '2026-09-01' },
      { id: '2025-tianjin', body: 'heads-of-state', startDate: '2025-08-31', endDate: '2025-09-01' },
    ]
    const chairmanships = [{ state: 'PK', from: '2026-09-02', to: null }]
    expect(about(freshness(data({ summits, chairmanships }), '2026-12-07', '2026-12-07'), 'heads-of-state')).toEqual([])
  })

  it('finds an open chairmanship overdue after 13 months, and one that a recorded meeting closed', () => {
    // KG from 2025-09-02: overdue after 2026-10-02. Without the heads-of-government meeting's help.
    expect(about(freshness(data(), '2026-10-02', '2026-10-02'), 'chairmanship')).toEqual(['soon'])
    expect(about(freshness(data(), '2026-10-03', '2026-10-03'), 'chairmanship')).toEqual(['overdue'])
    const summits = [...data().summits, { id: '2026-bishkek', body: 'heads-of-state', startDate: '2026-09-01', endDate: '2026-09-01' }]
    const closed = freshness(data({ summits }), '2026-09-05', '2026-09-05').filter((finding) => finding.topic === 'chairmanship')
    expect(closed).toEqual([
      {
        level: 'overdue',
        topic: 'chairmanship',
        message: "KG's, open since 2025-09-02, should have closed on 2026-09-01, the last day of 2026-bishkek: close it and add the next",
      },
    ])
    // A heads-of-government meeting does not pass the chairmanship.
    const hog = [...data().summits, { id: '2026-dushanbe-hog', body: 'heads-of-government', startDate: '2026-09-01', endDate: '2026-09-01' }]
    const afterHog = freshness(data({ summits: hog }), '2026-09-05', '2026-09-05').filter((finding) => finding.topic === 'chairmanship')
    expect(afterHog).toEqual([{ level: 'soon', topic: 'chairmanship', message: "KG's, held since 2025-09-02, passes at the next Council of Heads of State meeting (due by 2026-10-02)" }])
  })

  it('finds a serving term past three years, one with no first day, and one whose end has passed', () => {
    const term = (from: string | null, to: string | null = null, serving = true) => [{ office: 'secretary-general', person: 'someone', from, to, serving }]
    const on = (officeholders: Record<string, unknown>[], today: string) => about(freshness(data({ officeholders }), today, today), 'secretary-general')
    // From 2025-01-01, three years run to 2027-12-31.
    expect(on(term('2025-01-01'), '2027-10-31')).toEqual([])
    expect(on(term('2025-01-01'), '2027-11-01')).toEqual(['soon'])
    expect(on(term('2025-01-01'), '2027-12-31')).toEqual(['soon'])
    expect(on(term('2025-01-01'), '2028-01-01')).toEqual(['overdue'])
    expect(on(term(null), '2026-01-01')).toEqual(['missing'])
    expect(on(term('2025-01-01', '2026-06-30'), '2026-06-30')).toEqual([])
    expect(on(term('2025-01-01', '2026-06-30'), '2026-07-01')).toEqual(['overdue'])
    expect(on(term('2020-01-01', '2022-12-31', false), '2026-07-01')).toEqual([])
  })

  it('finds a serving term that a later meeting shows someone else holding', () => {
    const summits = [...data().summits, { id: '2026-bishkek', body: 'heads-of-state', startDate: '2026-09-01', endDate: '2026-09-01' }]
    const delegation = (summit: string, person: string) => ({ summit, state: null, organisation: 'SCO Secretariat', person, capacity: 'sco-body' })
    const officeholders = [{ office: 'secretary-general', person: 'first', from: '2025-01-01', to: null, serving: true }]
    const check = (participations: Record<string, unknown>[]) =>
      freshness(data({ summits, officeholders, participations }), '2026-09-05', '2026-09-05').filter((finding) => finding.topic === 'secretary-general')
    expect(check([delegation('2025-tianjin', 'first'), delegation('2026-bishkek', 'first')])).toEqual([])
    expect(check([delegation('2026-bishkek', 'second')])).toEqual([
      {
        level: 'overdue',
        topic: 'secretary-general',
        message: 'first, serving, but second headed the SCO Secretariat delegation at 2026-bishkek: close the term and add the successor\'s',
      },
    ])
    // Another office's delegation, or one before the term began, says nothing of this term.
    expect(check([{ ...delegation('2026-bishkek', 'second'), organisation: 'SCO Regional Anti-Terrorist Structure' }])).toEqual([])
    const before = [{ id: '2024-astana', body: 'heads-of-state', startDate: '2024-07-04', endDate: '2024-07-04' }, ...summits]
    expect(
      freshness(data({ summits: before, officeholders, participations: [delegation('2024-astana', 'zero')] }), '2026-09-05', '2026-09-05').filter(
        (finding) => finding.topic === 'secretary-general',
      ),
    ).toEqual([])
  })

  it('counts the usual term of one with no first day from the first meeting its holder attended', () => {
    const summits = [
      { id: '2025-tianjin', body: 'heads-of-state', startDate: '2025-08-31', endDate: '2025-09-01' },
      { id: '2025-moscow-hog', body: 'heads-of-government', startDate: '2025-11-17', endDate: '2025-11-18' },
    ]
    const officeholders = [{ office: 'rats-director', person: 'holder', from: null, to: null, serving: true }]
    const participations = ['2025-moscow-hog', '2025-tianjin'].map((summit) => ({ summit, state: null, organisation: 'SCO Regional Anti-Terrorist Structure', person: 'holder', capacity: 'sco-body' }))
    const on = (today: string) => freshness(data({ summits, officeholders, participations }), today, today).filter((finding) => finding.topic === 'rats-director')
    // Attested from 2025-08-31: three years run to 2028-08-30.
    expect(on('2028-08-30').map((finding) => finding.level)).toEqual(['missing', 'soon'])
    expect(on('2028-08-31')).toEqual([
      { level: 'missing', topic: 'rats-director', message: 'holder, serving, has no first day, so no day finds the term: add the day it began, or the decision that appointed them' },
      { level: 'overdue', topic: 'rats-director', message: 'holder, serving attested since 2025-08-31, is past the usual 3 years (to 2028-08-30): check for a successor' },
    ])
    expect(on('2026-01-01').map((finding) => finding.level)).toEqual(['missing'])
  })

  it('dates a term with no first day from the first meeting its holder attended', () => {
    const summits = [
      { id: '2025-tianjin', body: 'heads-of-state', startDate: '2025-08-31', endDate: '2025-09-01' },
      { id: '2026-bishkek', body: 'heads-of-state', startDate: '2026-09-01', endDate: '2026-09-01' },
    ]
    const officeholders = [{ office: 'rats-director', person: 'holder', from: null, to: null, serving: true }]
    const delegation = (summit: string, person: string) => ({ summit, state: null, organisation: 'SCO Regional Anti-Terrorist Structure', person, capacity: 'sco-body' })
    const messages = (participations: Record<string, unknown>[]) =>
      freshness(data({ summits, officeholders, participations, chairmanships: [] }), '2026-09-05', '2026-09-05').map((finding) => finding.message)
    expect(messages([delegation('2026-bishkek', 'holder'), delegation('2025-tianjin', 'predecessor')]).filter((m) => m.includes('headed'))).toEqual([])
    expect(messages([delegation('2025-tianjin', 'holder'), delegation('2026-bishkek', 'successor')]).filter((m) => m.includes('headed'))).toEqual([
      'holder, serving, but successor headed the SCO Regional Anti-Terrorist Structure delegation at 2026-bishkek: close the term and add the successor\'s',
    ])
  })

  it('finds an open status period that a later meeting shows changed', () => {
    const summits = [...data().summits, { id: '2026-bishkek', body: 'heads-of-state', startDate: '2026-09-01', endDate: '2026-09-01' }]
    const statusPeriods = [{ state: 'LA', status: 'partner', from: '2025-09-01', to: null }]
    const attended = (summit: string, capacity: string) => [{ summit, state: 'LA', organisation: null, person: null, capacity }]
    const check = (participations: Record<string, unknown>[]) =>
      freshness(data({ summits, statusPeriods, participations }), '2026-09-05', '2026-09-05').filter((finding) => finding.topic === 'status')
    expect(check(attended('2026-bishkek', 'partner'))).toEqual([])
    expect(check(attended('2026-bishkek', 'guest'))).toEqual([])
    // Tianjin began before the period: what the state came as there says nothing of the period.
    expect(check(attended('2025-tianjin', 'guest'))).toEqual([])
    expect(check(attended('2025-tianjin', 'observer'))).toEqual([])
    expect(check(attended('2026-bishkek', 'member'))).toEqual([
      {
        level: 'overdue',
        topic: 'status',
        message: 'LA is partner since 2025-09-01 (open), but attended 2026-bishkek as member: close the period and add the new one',
      },
    ])
    const closed = [{ ...statusPeriods[0], to: '2026-08-31' }]
    expect(freshness(data({ summits, statusPeriods: closed, participations: attended('2026-bishkek', 'member') }), '2026-09-05', '2026-09-05').filter((f) => f.topic === 'status')).toEqual([])
  })

  it('formats a line per finding and a last line that counts what is overdue', () => {
    expect(formatFindings([{ level: 'soon', topic: 'x', message: 'y' }])).toBe('soon     x: y\nnothing overdue')
    expect(formatFindings([{ level: 'overdue', topic: 'x', message: 'y' }, { level: 'info', topic: 'a', message: 'b' }])).toBe(
      'overdue  x: y\ninfo     a: b\n1 overdue',
    )
  })

  it('finds nothing overdue in the shipped data on the day it was checked up to', () => {
    const { dataAsOf } = readWorkingMeta()
    expect(freshness(readWorkingData(), dataAsOf, dataAsOf).filter((finding) => finding.level === 'overdue')).toEqual([])
  })

  it('runs from the command line: exit 1 when something is overdue, 2 for a bad day', () => {
    const run = (args: string[]) => {
      try {
        return { status: 0, out: execFileSync('npx', ['tsx', 'scripts/freshness.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }) }
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string }
        return { status: failed.status, out: failed.stdout + failed.stderr }
      }
    }
    const { dataAsOf } = readWorkingMeta()
    expect(run(['--today', dataAsOf])).toEqual({ status: 0, out: expect.stringMatching(/nothing overdue\n$/) })
    const late = run(['--today', '2099-01-01'])
    expect(late.status).toBe(1)
    expect(late.out).toMatch(/^overdue  data: checked up to \d{4}-\d{2}-\d{2}, \d+ days ago/)
    expect(run(['--today', '2026-02-30'])).toEqual({ status: 2, out: 'freshness: --today: expected a real day as YYYY-MM-DD, not "2026-02-30"\n' })
  })
})
