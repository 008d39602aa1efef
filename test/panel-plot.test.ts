/**
 * docs/members-by-year.svg (scripts/panel-plot.ts): the committed chart is what the data draws, and
 * each year's counts, read from the bar's <title>, are what a plain count of the raw status periods
 * open on 31 December (on dataAsOf in the last year) gives.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { plotFile, plotSvg } from '../scripts/panel-plot.js'
import { dataAsOf } from '../src/index.js'
import { rawPeriods } from './helpers/raw-data.js'

const { dataset } = loadData()
const svg = plotSvg(dataset!, dataAsOf)
const titles = [...svg.matchAll(/<g><title>(\d{4}): ([^<]*)<\/title>/g)].map((m) => ({ year: Number(m[1]), text: m[2]! }))

describe('docs/members-by-year.svg', () => {
  it('is up to date with data/ (run `npm run panel:plot` if not)', () => {
    expect(readFileSync(plotFile, 'utf8')).toBe(svg)
  })

  it('counts each year the states holding each status at its end', () => {
    const lastYear = Number(dataAsOf.slice(0, 4))
    expect(titles.map((t) => t.year)).toEqual(Array.from({ length: lastYear - 2001 + 1 }, (_, i) => 2001 + i))
    for (const { year, text } of titles) {
      const day = year === lastYear ? dataAsOf : `${year}-12-31`
      const count = (status: string) => rawPeriods.filter((p) => p.status === status && p.from <= day && (p.to === null || day <= p.to)).length
      expect(text, String(year)).toBe(`${count('member')} member, ${count('observer')} observer, ${count('dialogue-partner')} dialogue partner, ${count('partner')} partner`)
    }
  })

  it('shows the hand-checked member counts: 6 founders, 8 with India and Pakistan, 9 with Iran, 10 with Belarus', () => {
    const members = (year: number) => Number(titles.find((t) => t.year === year)!.text.split(' ')[0])
    expect([2001, 2017, 2023, 2024].map(members)).toEqual([6, 8, 9, 10])
  })
})
