import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'

const fixture = join(import.meta.dirname, 'fixtures', 'valid-data')
const made: string[] = []

/** A copy of the valid fixture with `edit` applied to one of its files. */
function broken(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-data-validate-'))
  made.push(dir)
  cpSync(fixture, dir, { recursive: true })
  const path = join(dir, file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  edit(json)
  writeFileSync(path, JSON.stringify(json))
  return dir
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('loadData', () => {
  it('accepts the valid fixture and returns it sorted', () => {
    const { dataset, problems } = loadData(fixture)
    expect(problems).toEqual([])
    expect(dataset?.summits.map((s) => s.id)).toEqual(['2001-shanghai', '2024-astana'])
    expect(dataset?.statusPeriods.map((p) => `${p.state} ${p.from}`)).toEqual(['BY 2015-07-10', 'BY 2024-07-04', 'KZ 2001-06-15'])
  })

  it.each([
    [
      'a bad field in a summit',
      'summits/2024-astana.json',
      (j: any) => (j.summit.endDate = '2024-07-01'),
      'summits/2024-astana.json › summit "2024-astana" › endDate: endDate (2024-07-01) is before startDate (2024-07-03)',
    ],
    [
      'an unknown document kind',
      'summits/2024-astana.json',
      (j: any) => (j.documents[0].kind = 'manifesto'),
      'summits/2024-astana.json › document "2024-astana/astana-declaration" › kind:',
    ],
    [
      'a document filed under another summit',
      'summits/2024-astana.json',
      (j: any) => (j.documents[0].summit = '2001-shanghai'),
      'summits/2024-astana.json › document "2024-astana/astana-declaration" › summit: expected "2024-astana"',
    ],
    [
      'a file named after another summit',
      'summits/2001-shanghai.json',
      (j: any) => (j.summit.id = '2001-shanghai-five'),
      'summits/2001-shanghai.json › summit "2001-shanghai-five" › id: the file must be named 2001-shanghai-five.json',
    ],
    [
      'a record with no source',
      'states.json',
      (j: any) => (j.states[1].sources = []),
      'states.json › state "KZ" › sources: expected at least one source',
    ],
    [
      'overlapping status periods',
      'states.json',
      (j: any) => (j.statusPeriods[1].to = '2024-07-04'),
      'states.json › status period "BY/2024-07-04" › from: BY: member from 2024-07-04 overlaps observer',
    ],
    [
      'a period decided at an unknown summit',
      'states.json',
      (j: any) => (j.statusPeriods[0].decidedAt = '2001-moscow'),
      'states.json › status period "KZ/2001-06-15" › decidedAt: unknown summit "2001-moscow"',
    ],
    [
      'a participant whose capacity the state did not hold',
      'summits/2024-astana.json',
      (j: any) => (j.participants[0].capacity = 'dialogue-partner'),
      'summits/2024-astana.json › participation "2024-astana/BY" › capacity: BY did not hold the status "dialogue-partner"',
    ],
  ])('reports %s with file, record and field', (_, file, edit, expected) => {
    const { dataset, problems } = loadData(broken(file, edit))
    expect(dataset).toBeUndefined()
    expect(problems).toContainEqual(expect.stringContaining(`${file} › `))
    expect(problems.find((problem) => problem.includes(expected))).toBeDefined()
  })

  it('reports malformed JSON with the file name', () => {
    const dir = broken('states.json', () => {})
    writeFileSync(join(dir, 'states.json'), '{ "states": [')
    const { problems } = loadData(dir)
    expect(problems[0]).toMatch(/states\.json › file › \(json\):/)
  })
})

describe('scripts/validate.ts', () => {
  it('passes on the shipped data/ and says what it checked', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/validate.ts'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' })
    expect(out).toMatch(/^data\/ is valid: \d+ states, \d+ status periods, \d+ summits, \d+ documents, \d+ participations/)
  })
})
