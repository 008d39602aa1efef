/**
 * Draws docs/timeline.svg from data/: one row per state, one bar per status period, a mark for each
 * Council of Heads of State summit. `npm run timeline` rewrites the file, `npm run timeline -- --check`
 * fails if it differs from what the data gives.
 *
 * The axis ends on the last date in the data (not on the day the script runs), so the committed file
 * changes only when the data does; periods still running are drawn to that day.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { IsoDateSchema } from '../src/schemas/common.js'
import type { Dataset, State, Status, StatusPeriod } from '../src/types.js'
import { byText, loadDataOrExit, root } from './lib/load-data.js'

export interface TimelineOptions {
  /**
   * The day the chart is drawn up to, `YYYY-MM-DD`: the axis ends with it and periods still running
   * (`to: null`) are drawn to it. It must not be before {@link timelineEnd} of the dataset. Passed in,
   * never read from the clock, so the same input always gives the same bytes.
   */
  today: string
}

/** The first day of the axis: the SCO was founded on 15 June 2001. */
export const timelineStart = '2001-01-01'

/** The committed chart. */
export const timelineFile = join(root, 'docs', 'timeline.svg')

/** Okabe–Ito colours: distinguishable with the common forms of colour blindness. */
export const statusStyles: Record<Status, { colour: string; label: string }> = {
  member: { colour: '#0072B2', label: 'Member' },
  observer: { colour: '#E69F00', label: 'Observer' },
  'dialogue-partner': { colour: '#009E73', label: 'Dialogue partner' },
  partner: { colour: '#CC79A7', label: 'Partner' },
}

const width = 1280
const labelWidth = 170
const plotLeft = 190
const plotRight = width - 36
const rowHeight = 22
const barHeight = 14
const groupHeaderHeight = 28
const plotTop = 104


/** Days since 1970-01-01 of a `YYYY-MM-DD` day, read as a calendar date (no time zone involved). */
function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, date) / 86_400_000
}

/** A coordinate with at most two decimals, so output does not depend on float noise. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** Text safe in element content and in double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** `18 November 2025` for `2025-11-18`. */
function spelledOut(day: string): string {
  return longDate.format(new Date(dayNumber(day) * 86_400_000))
}

/**
 * The last date the data mentions: the later of the last summit's last day and the last day a status
 * period starts or ends. The chart's axis runs to this day.
 */
export function timelineEnd(dataset: Dataset): string {
  const days = [
    ...dataset.summits.map((summit) => summit.endDate),
    ...dataset.statusPeriods.flatMap((period) => (period.to === null ? [period.from] : [period.from, period.to])),
  ]
  if (days.length === 0) throw new RangeError('dataset: expected at least one summit or status period to draw')
  return days.reduce((latest, day) => (day > latest ? day : latest))
}

interface Row {
  state: State
  periods: StatusPeriod[]
}

/**
 * The states in two groups: those that are or were members (by the day they became members), then
 * the rest (by the day their first status began); ties by English name.
 */
function groupedRows(dataset: Dataset): { title: string; rows: Row[] }[] {
  const rows: Row[] = dataset.states.map((state) => ({
    state,
    periods: dataset.statusPeriods.filter((period) => period.state === state.code).sort((a, b) => byText(a.from, b.from)),
  }))
  const firstFrom = (row: Row, status?: Status) =>
    row.periods.find((period) => status === undefined || period.status === status)?.from ?? '9999-12-31'
  const members = rows
    .filter((row) => row.periods.some((period) => period.status === 'member'))
    .sort((a, b) => byText(firstFrom(a, 'member'), firstFrom(b, 'member')) || byText(a.state.name, b.state.name))
  const others = rows
    .filter((row) => !members.includes(row))
    .sort((a, b) => byText(firstFrom(a), firstFrom(b)) || byText(a.state.name, b.state.name))
  return [
    { title: 'Member states', rows: members },
    { title: 'Observers, dialogue partners and partners', rows: others },
  ].filter((group) => group.rows.length > 0)
}

/** One sentence per state for the chart's description: what screen readers read instead of the bars. */
function historyText(row: Row): string {
  const stretches = row.periods.map((period) => {
    const status = statusStyles[period.status].label.toLowerCase()
    return period.to === null ? `${status} from ${period.from}` : `${status} ${period.from} to ${period.to}`
  })
  return `${row.state.name}: ${stretches.join('; ')}.`
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * The timeline as a standalone SVG document: every state's SCO status from 2001 to `options.today`,
 * and a mark for each Council of Heads of State summit. Pure: the same dataset and options give the
 * same bytes.
 *
 * @throws {RangeError} when `options.today` is not a real `YYYY-MM-DD` day or is before the last
 * date in the data, or when a status period names a state the dataset does not hold.
 */
export function timelineSvg(dataset: Dataset, options: TimelineOptions): string {
  const { today } = options
  if (!IsoDateSchema.safeParse(today).success) {
    throw new RangeError(`today: expected a real day written YYYY-MM-DD, got ${JSON.stringify(today)}`)
  }
  const codes = new Set(dataset.states.map((state) => state.code))
  const orphan = dataset.statusPeriods.find((period) => !codes.has(period.state))
  if (orphan) throw new RangeError(`dataset: status period of "${orphan.state}" from ${orphan.from} names no state in dataset.states`)
  const lastInData = timelineEnd(dataset)
  if (today < lastInData) {
    throw new RangeError(`today: expected a day on or after ${lastInData}, the last date in the data, got "${today}"`)
  }

  const axisStart = dayNumber(timelineStart)
  // The axis runs to the end of `today`: a status held on that day gets its full day's width.
  const axisEnd = dayNumber(today) + 1
  const dayWidth = (plotRight - plotLeft) / (axisEnd - axisStart)
  const x = (day: string) => plotLeft + (dayNumber(day) - axisStart) * dayWidth
  const firstYear = Number(timelineStart.slice(0, 4))
  const lastYear = Number(today.slice(0, 4))

  const groups = groupedRows(dataset)
  const rowCount = groups.reduce((n, group) => n + group.rows.length, 0)
  const plotBottom = plotTop + groups.length * groupHeaderHeight + rowCount * rowHeight
  const height = plotBottom + 78

  const title = `SCO status of every state, ${firstYear}–${lastYear}`
  const description = [
    `Timeline of the status each state has held in the Shanghai Cooperation Organisation, from ${spelledOut(timelineStart)} to ${spelledOut(today)}.`,
    `The axis ends on the last date in the data (the later of the last summit's last day and the last day a status period starts or ends); statuses still held run to that day.`,
    `One row per state, member states first; bars are coloured by status: member, observer, dialogue partner, partner.`,
    `Vertical lines mark the ${dataset.summits.filter((s) => s.body === 'heads-of-state' && s.startDate >= timelineStart).length} meetings of the Council of Heads of State.`,
    ...groups.flatMap((group) => group.rows.map(historyText)),
  ].join(' ')

  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="sans-serif" font-size="13">`,
  )
  out.push(`<title id="timeline-title">${escapeXml(title)}</title>`)
  out.push(`<desc id="timeline-desc">${escapeXml(description)}</desc>`)
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`)
  out.push(`<text x="${labelWidth - 150}" y="30" font-size="18" font-weight="bold" fill="#111111">${escapeXml(title)}</text>`)

  // Legend: one swatch per status, then the summit mark.
  let legendX = labelWidth - 150
  const legendY = 52
  out.push('<g class="legend">')
  for (const style of Object.values(statusStyles)) {
    out.push(`<rect x="${legendX}" y="${legendY}" width="22" height="${barHeight}" rx="2" fill="${style.colour}"/>`)
    out.push(`<text x="${legendX + 28}" y="${legendY + 11.5}" fill="#222222">${escapeXml(style.label)}</text>`)
    legendX += 28 + style.label.length * 6.4 + 26
  }
  out.push(`<line x1="${legendX + 8}" y1="${legendY - 3}" x2="${legendX + 8}" y2="${legendY + barHeight + 3}" stroke="#444444" stroke-width="1.5" stroke-dasharray="3 2"/>`)
  out.push(`<text x="${legendX + 18}" y="${legendY + 11.5}" fill="#222222">Council of Heads of State summit</text>`)
  legendX += 18 + 31 * 6.4 + 26
  out.push(`<path d="M ${legendX} ${legendY} l 7 ${barHeight / 2} l -7 ${barHeight / 2} z" fill="#666666"/>`)
  out.push(`<text x="${legendX + 14}" y="${legendY + 11.5}" fill="#222222">still held</text>`)
  out.push('</g>')

  // Year ticks, with labels above and below the plot.
  out.push('<g class="years" fill="#444444" font-size="11" text-anchor="middle">')
  for (let year = firstYear; year <= lastYear; year += 1) {
    const tick = num(x(`${year}-01-01`))
    out.push(
      `<g data-year="${year}"><line x1="${tick}" y1="${plotTop - 6}" x2="${tick}" y2="${plotBottom + 6}" stroke="#d0d0d0" stroke-width="1"/>` +
        `<text x="${tick}" y="${plotTop - 10}">${year}</text><text x="${tick}" y="${plotBottom + 19}">${year}</text></g>`,
    )
  }
  out.push('</g>')

  // Rows: a group heading, then one row per state with its bars.
  let y = plotTop
  let stripe = 0
  for (const group of groups) {
    out.push(`<text x="${labelWidth - 150}" y="${y + 19}" font-weight="bold" fill="#111111">${escapeXml(group.title)}</text>`)
    y += groupHeaderHeight
    for (const row of group.rows) {
      const code = escapeXml(row.state.code)
      out.push(`<g class="row" data-row="${code}">`)
      if (stripe % 2 === 0) out.push(`<rect x="${labelWidth - 150}" y="${y}" width="${plotRight - labelWidth + 150}" height="${rowHeight}" fill="#f3f3f3"/>`)
      stripe += 1
      out.push(`<text x="${labelWidth}" y="${y + 15.5}" text-anchor="end" fill="#111111">${escapeXml(row.state.name)}</text>`)
      const barY = y + (rowHeight - barHeight) / 2
      for (const period of row.periods) {
        const style = statusStyles[period.status]
        const from = period.from < timelineStart ? timelineStart : period.from
        const left = x(from)
        const right = period.to === null ? plotRight : x(period.to) + dayWidth
        const tooltip =
          `${row.state.name}: ${style.label.toLowerCase()} ` +
          (period.to === null ? `from ${period.from}` : `${period.from} to ${period.to}`) +
          (period.decidedAt === null ? '' : ` (decided at ${period.decidedAt})`)
        out.push(
          `<rect data-status="${period.status}" data-state="${code}" x="${num(left)}" y="${num(barY)}" width="${num(Math.max(right - left, 1))}" height="${barHeight}" fill="${style.colour}"><title>${escapeXml(tooltip)}</title></rect>`,
        )
        if (period.to === null) {
          out.push(`<path d="M ${num(plotRight + 2)} ${num(barY)} l 7 ${barHeight / 2} l -7 ${barHeight / 2} z" fill="${style.colour}"/>`)
        }
      }
      out.push('</g>')
      y += rowHeight
    }
  }

  // Summit marks on top of the bars, with a wide invisible stroke so the tooltip is easy to reach.
  out.push('<g class="summits">')
  const summits = dataset.summits.filter((summit) => summit.body === 'heads-of-state' && summit.startDate >= timelineStart)
  for (const summit of summits) {
    const at = num(x(summit.startDate))
    const place = summit.city ?? 'by video'
    const days = summit.startDate === summit.endDate ? summit.startDate : `${summit.startDate} to ${summit.endDate}`
    const meeting = summit.number === null ? 'Council of Heads of State' : `${ordinal(summit.number)} Council of Heads of State`
    out.push(
      `<g data-summit="${escapeXml(summit.id)}"><title>${escapeXml(`${summit.id}: ${meeting}, ${place}, ${days}`)}</title>` +
        `<line x1="${at}" y1="${plotTop}" x2="${at}" y2="${plotBottom}" stroke="#444444" stroke-width="1" stroke-dasharray="3 2" stroke-opacity="0.7"/>` +
        `<line x1="${at}" y1="${plotTop}" x2="${at}" y2="${plotBottom}" stroke="#000000" stroke-opacity="0" stroke-width="7"/></g>`,
    )
  }
  out.push('</g>')

  out.push(
    `<text x="${labelWidth - 150}" y="${plotBottom + 46}" font-size="12" fill="#444444">${escapeXml(
      `Drawn from the sco-data dataset up to ${spelledOut(today)}, the last date in the data; statuses still held run to that day. Dashed lines: meetings of the Council of Heads of State.`,
    )}</text>`,
  )
  out.push('</svg>')
  return `${out.join('\n')}\n`
}

/** Where {@link runTimeline} reports: the console for the script, a collector for the tests. */
export interface Reporter {
  log(line: string): void
  error(line: string): void
}

/**
 * Writes `file` from data/, or with `--check` only compares; returns the exit code. The chart runs
 * to the last date in the data, never to the clock's today, so the file goes stale only when the
 * data changes.
 */
export function runTimeline(args: readonly string[], file = timelineFile, report: Reporter = console): number {
  const dataset = loadDataOrExit()
  const svg = timelineSvg(dataset, { today: timelineEnd(dataset) })
  const shown = relative(root, file)
  if (args.includes('--check')) {
    let current: string | undefined
    try {
      current = readFileSync(file, 'utf8')
    } catch {
      current = undefined
    }
    if (current !== svg) {
      report.error(`${shown} is ${current === undefined ? 'missing' : 'stale'}: run \`npm run timeline\``)
      return 1
    }
    report.log(`${shown} is up to date`)
    return 0
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, svg)
  report.log(`wrote ${shown}`)
  return 0
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.exitCode = runTimeline(process.argv.slice(2))
}
