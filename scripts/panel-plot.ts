/**
 * `npm run panel:plot`: docs/members-by-year.svg, the SCO's states by their status at the end of
 * each year (on dataAsOf in the last), drawn from the state-year panel (src/panel.ts) that
 * state-years.csv ships, in the timeline's colours. Each bar has a <title> giving its counts.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stateYearRows, statusRanking } from '../src/panel.js'
import type { Dataset, Status } from '../src/types.js'
import { loadDataOrExit, loadMeta, root } from './lib/load-data.js'
import { escapeXml, statusStyles } from './timeline.js'

export const plotFile = join(root, 'docs', 'members-by-year.svg')

/** For each year of the panel, how many states held each status at its end. */
export function countsByYear(dataset: Dataset, dataAsOf: string): { year: number; counts: Record<Status, number> }[] {
  const rows = stateYearRows(dataset.states, dataset.statusPeriods, dataAsOf)
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b)
  return years.map((year) => {
    const counts = Object.fromEntries(statusRanking.map((status) => [status, 0])) as Record<Status, number>
    for (const row of rows) if (row.year === year && row.statusYearEnd !== null) counts[row.statusYearEnd] += 1
    return { year, counts }
  })
}

/** The chart as SVG text: the same bytes for the same data. */
export function plotSvg(dataset: Dataset, dataAsOf: string): string {
  const data = countsByYear(dataset, dataAsOf)
  const barWidth = 26
  const gap = 8
  const left = 50
  const top = 70
  const unit = 16
  const max = Math.max(...data.map(({ counts }) => statusRanking.reduce((sum, status) => sum + counts[status], 0)))
  const plotHeight = max * unit
  const width = left + data.length * (barWidth + gap) + 20
  const height = top + plotHeight + 50
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">SCO states by status at the end of each year, ${data[0]!.year}–${data.at(-1)!.year} (the last year on ${dataAsOf})</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="24" font-size="16" font-weight="bold" fill="#111111">SCO states by status at the end of each year</text>`,
  ]
  statusRanking.forEach((status, index) => {
    const x = left + index * 150
    out.push(`<rect x="${x}" y="36" width="14" height="14" rx="2" fill="${statusStyles[status].colour}"/>`)
    out.push(`<text x="${x + 20}" y="47" fill="#222222">${escapeXml(statusStyles[status].label)}</text>`)
  })
  for (let tick = 0; tick <= max; tick += 5) {
    const y = top + plotHeight - tick * unit
    out.push(`<line x1="${left - 4}" y1="${y}" x2="${width - 20}" y2="${y}" stroke="#dddddd"/>`)
    out.push(`<text x="${left - 8}" y="${y + 4}" text-anchor="end" fill="#444444">${tick}</text>`)
  }
  data.forEach(({ year, counts }, index) => {
    const x = left + index * (barWidth + gap)
    const summary = statusRanking.map((status) => `${counts[status]} ${statusStyles[status].label.toLowerCase()}`).join(', ')
    out.push(`<g><title>${year}: ${escapeXml(summary)}</title>`)
    let y = top + plotHeight
    for (const status of statusRanking) {
      if (counts[status] === 0) continue
      y -= counts[status] * unit
      out.push(`<rect x="${x}" y="${y}" width="${barWidth}" height="${counts[status] * unit}" fill="${statusStyles[status].colour}"/>`)
    }
    out.push(`<text x="${x + barWidth / 2}" y="${top + plotHeight - counts.member * unit + (counts.member > 0 ? 13 : -4)}" text-anchor="middle" fill="${counts.member > 0 ? '#ffffff' : '#222222'}">${counts.member}</text>`)
    out.push(`<text x="${x + barWidth / 2}" y="${top + plotHeight + 16}" text-anchor="end" transform="rotate(-45 ${x + barWidth / 2} ${top + plotHeight + 16})" fill="#444444">${year}</text>`)
    out.push('</g>')
  })
  out.push('</svg>')
  return `${out.join('\n')}\n`
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const problems: string[] = []
  const meta = loadMeta(join(root, 'data'), problems)
  if (!meta) throw new Error(problems.join('\n'))
  const svg = plotSvg(loadDataOrExit(), meta.dataAsOf)
  const before = (() => {
    try {
      return readFileSync(plotFile, 'utf8')
    } catch {
      return ''
    }
  })()
  writeFileSync(plotFile, svg)
  console.log(before === svg ? 'docs/members-by-year.svg is up to date' : 'docs/members-by-year.svg written')
}
