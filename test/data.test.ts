/** Checks on the shipped data as a whole: its order, its ordinals, its landmarks, its README tables. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverageMarkdown, withCoverage } from '../scripts/coverage.js'
import { loadData } from '../scripts/lib/load-data.js'
import { documentsOf, findDocuments, findSummits, getSummit, statusPeriods, summits } from '../src/index.js'

describe.each(['shanghai-five', 'heads-of-state', 'heads-of-government'] as const)('%s meetings', (body) => {
  const meetings = findSummits({ body })

  it('are in date order with no overlap', () => {
    for (let i = 1; i < meetings.length; i++) expect(meetings[i]!.startDate > meetings[i - 1]!.endDate).toBe(true)
  })

  it('have ordinals with no gaps: between two numbered meetings, exactly as many meetings as the numbers say', () => {
    const numbered = meetings.map((m, index) => ({ index, number: m.number, id: m.id })).filter((m) => m.number !== null)
    expect(numbered.length).toBeGreaterThan(0)
    expect(numbered[0]!.number).toBe(numbered[0]!.index + 1)
    for (let i = 1; i < numbered.length; i++) {
      const [a, b] = [numbered[i - 1]!, numbered[i]!]
      expect({ id: b.id, gap: b.number! - a.number! }).toEqual({ id: b.id, gap: b.index - a.index })
    }
  })

  it('are one a year at most', () => {
    const years = meetings.map((m) => m.startDate.slice(0, 4))
    expect(new Set(years).size).toBe(years.length)
  })
})

describe('landmarks', () => {
  it('every Council of Heads of State meeting has its declaration', () => {
    const missing = findSummits({ body: 'heads-of-state' }).filter((s) => !documentsOf(s.id).some((d) => d.kind === 'declaration'))
    expect(missing.map((s) => s.id)).toEqual([])
  })

  it.each([
    ['2001-shanghai', 'declaration', /establishment/i],
    ['2001-shanghai', 'convention', /terrorism, separatism and extremism/i],
    ['2002-st-petersburg', 'charter', /charter/i],
    ['2007-bishkek', 'treaty', /good[- ]neighbo/i],
  ] as const)('%s adopted the %s %s', (summit, kind, title) => {
    expect(findDocuments({ summit, kind }).some((d) => title.test(d.title.en))).toBe(true)
  })

  it('the development strategies until 2025 and until 2035 are there', () => {
    expect(findDocuments({ text: 'development strategy', summit: '2015-ufa' }).length).toBeGreaterThan(0)
    expect(findDocuments({ text: '2035', summit: '2025-tianjin' }).length).toBeGreaterThan(0)
  })

  it('every status decided at a summit links to a summit that took place by then', () => {
    const decided = statusPeriods.filter((p) => p.decidedAt !== null)
    expect(decided.length).toBeGreaterThan(20)
    for (const period of decided) expect(getSummit(period.decidedAt!)!.startDate <= period.from).toBe(true)
  })

  it('summits are all dated no later than today', () => {
    const today = new Date().toISOString().slice(0, 10)
    expect(summits.filter((s) => s.startDate > today)).toEqual([])
  })
})

describe('README coverage tables', () => {
  it('match the data', () => {
    const { dataset } = loadData()
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
    expect(withCoverage(readme, dataset!)).toBe(readme)
    expect(readme).toContain(coverageMarkdown(dataset!))
  })
})
