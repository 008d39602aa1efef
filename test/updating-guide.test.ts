/**
 * docs/updating.md, the maintainers' guide, against what it describes: the calendar's numbers as
 * scripts/lib/sco-calendar.ts defines them, the npm scripts it tells maintainers to run, and its links.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chairmanshipOverdueAfterMonths, dataStaleAfterDays, soonWithinDays, termYears, yearlyCouncils } from '../scripts/lib/sco-calendar.js'

const root = join(import.meta.dirname, '..')
const path = join(root, 'docs', 'updating.md')
const guide = readFileSync(path, 'utf8')
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>

describe('docs/updating.md', () => {
  it('states the calendar rules with the numbers freshness applies', () => {
    expect(guide).toContain(`nothing is recorded for ${yearlyCouncils.overdueAfterMonths} months after its last meeting ended`)
    expect(guide).toContain(`when one state has held it for ${chairmanshipOverdueAfterMonths} months`)
    const years = new Set(Object.values(termYears))
    expect(years.size).toBe(1)
    expect(guide).toContain(`when it has run past ${['', 'one', 'two', 'three', 'four', 'five'][[...years][0]!]} years`)
    expect(guide).toContain(`\`dataAsOf\` is more than ${dataStaleAfterDays} days old`)
    expect(guide).toContain(`anything that falls due within ${soonWithinDays} days`)
    for (const body of yearlyCouncils.bodies) expect(guide).toContain(`(\`${body}\`)`)
  })

  it('names only npm scripts that exist, and names the routine ones', () => {
    const named = new Set([...guide.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!))
    expect([...named].filter((name) => !(name in scripts))).toEqual([])
    for (const routine of ['freshness', 'new-meeting', 'validate', 'data:diff', 'sources']) expect(named).toContain(routine)
  })

  it('links only files that exist', () => {
    const links = [...guide.matchAll(/\]\(([^)#]+\.md)\)/g)].map((match) => match[1]!)
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((link) => !existsSync(resolve(dirname(path), link)))).toEqual([])
  })
})
