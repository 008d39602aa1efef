/**
 * The status timeline (scripts/timeline.ts): well-formed SVG with a row per state, a bar per status
 * period and a mark per Council of Heads of State summit, the same bytes every time, and the
 * committed docs/timeline.svg matching the data.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { runTimeline, timelineEnd, timelineFile, timelineStart, timelineSvg } from '../scripts/timeline.js'

const { dataset, problems } = loadData()
if (!dataset) throw new Error(`data/ does not load:\n${problems.join('\n')}`)
const today = timelineEnd(dataset)
const svg = timelineSvg(dataset, { today })

/**
 * The problems that make `xml` not well-formed, as far as this SVG can have them: unbalanced or
 * misnested tags, a stray `<` or `&` in text, an attribute without a quoted value, a repeated attribute.
 */
function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = []
  const open: string[] = []
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y
  const attribute = /([\w:.-]+)\s*=/g
  let index = 0
  let text = ''
  const checkText = () => {
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) problems.push(`unescaped & in "${text.slice(0, 40)}"`)
    text = ''
  }
  while (index < xml.length) {
    if (xml[index] !== '<') {
      text += xml[index]
      index += 1
      continue
    }
    checkText()
    token.lastIndex = index
    const match = token.exec(xml)
    if (!match) {
      problems.push(`malformed tag at offset ${index}: ${xml.slice(index, index + 40)}`)
      break
    }
    const [whole, closing, name, attributes, selfClosing] = match
    const names = [...attributes!.matchAll(attribute)].map((m) => m[1]!)
    if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`)
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(attributes!)) problems.push(`unescaped & in <${name}> attributes`)
    if (closing) {
      if (attributes!.trim() !== '' || selfClosing) problems.push(`malformed end tag </${name}>`)
      const expected = open.pop()
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`)
    } else if (!selfClosing) {
      open.push(name!)
    }
    index += whole.length
  }
  checkText()
  if (open.length > 0) problems.push(`unclosed: ${open.map((n) => `<${n}>`).join(' ')}`)
  return problems
}

const count = (pattern: RegExp) => [...svg.matchAll(pattern)].length

describe('the well-formedness check itself', () => {
  it('accepts good XML and rejects broken XML', () => {
    expect(wellFormednessProblems('<a x="1"><b/><c>t &amp; u</c></a>')).toEqual([])
    expect(wellFormednessProblems('<a><b></a>')).not.toEqual([])
    expect(wellFormednessProblems('<a>x & y</a>')).not.toEqual([])
    expect(wellFormednessProblems('<a x=1></a>')).not.toEqual([])
    expect(wellFormednessProblems('<a><b>')).not.toEqual([])
  })
})

describe('timelineSvg', () => {
  it('is a well-formed, accessible SVG document', () => {
    expect(wellFormednessProblems(svg)).toEqual([])
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"/)
    expect(svg).toMatch(/<title id="timeline-title">[^<]+<\/title>/)
    expect(svg).toMatch(/<desc id="timeline-desc">[^<]+<\/desc>/)
    expect(svg).toContain('aria-labelledby="timeline-title timeline-desc"')
    expect(svg).toContain('font-family="sans-serif"')
  })

  it('is plain SVG: no scripts, no external resources', () => {
    expect(svg).not.toMatch(/<script|<style|<foreignObject|@import|href=|url\(/i)
    expect(svg).not.toMatch(/\son[a-z]+=/i)
  })

  it('has one row per state, labelled with its English name', () => {
    expect(count(/<g class="row" data-row="/g)).toBe(dataset.states.length)
    for (const state of dataset.states) {
      const name = state.name.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const row = new RegExp(`<g class="row" data-row="${state.code}">\\n(?:<rect [^\\n]*\\n)?<text [^>]*>${name}</text>`)
      expect(svg, state.code).toMatch(row)
    }
  })

  it('lists member states before the others', () => {
    const everMember = new Set(dataset.statusPeriods.filter((p) => p.status === 'member').map((p) => p.state))
    const order = [...svg.matchAll(/data-row="([A-Z]{2})"/g)].map((m) => m[1]!)
    const firstOther = order.findIndex((code) => !everMember.has(code))
    expect(order.slice(0, firstOther).every((code) => everMember.has(code))).toBe(true)
    expect(order.slice(firstOther).some((code) => everMember.has(code))).toBe(false)
  })

  it('draws one bar per status period, in its status and its row', () => {
    expect(count(/ data-status="/g)).toBe(dataset.statusPeriods.length)
    for (const status of ['member', 'observer', 'dialogue-partner', 'partner']) {
      const periods = dataset.statusPeriods.filter((p) => p.status === status)
      expect(count(new RegExp(` data-status="${status}"`, 'g')), status).toBe(periods.length)
    }
    for (const state of dataset.states) {
      const bars = count(new RegExp(`data-status="[a-z-]+" data-state="${state.code}"`, 'g'))
      expect(bars, state.code).toBe(dataset.statusPeriods.filter((p) => p.state === state.code).length)
    }
  })

  it('marks every Council of Heads of State summit, with its id in a tooltip', () => {
    const summits = dataset.summits.filter((s) => s.body === 'heads-of-state')
    expect(summits.every((s) => s.startDate >= timelineStart)).toBe(true)
    expect(count(/<g data-summit="/g)).toBe(summits.length)
    for (const summit of summits) {
      expect(svg).toContain(`<g data-summit="${summit.id}"><title>${summit.id}: `)
    }
  })

  it('has a legend and a tick for every year on the axis', () => {
    for (const label of ['Member', 'Observer', 'Dialogue partner', 'Partner']) expect(svg).toContain(`>${label}</text>`)
    const years = Number(today.slice(0, 4)) - Number(timelineStart.slice(0, 4)) + 1
    expect(count(/<g data-year="/g)).toBe(years)
  })

  it('ends the axis on the last date in the data and says so', () => {
    const last = [
      ...dataset.summits.map((s) => s.endDate),
      ...dataset.statusPeriods.flatMap((p) => [p.from, p.to ?? p.from]),
    ].sort().at(-1)
    expect(today).toBe(last)
    expect(svg).toMatch(/<desc[^>]*>[^<]*the last date in the data/)
  })

  it('is deterministic: the same input gives the same bytes', () => {
    expect(timelineSvg(dataset, { today })).toBe(svg)
    expect(timelineSvg(structuredClone(dataset), { today })).toBe(svg)
  })

  it('rejects a today that is not a day or is before the data ends, and periods of unknown states', () => {
    expect(() => timelineSvg(dataset, { today: '2024-02-30' })).toThrow(/today: expected a real day/)
    expect(() => timelineSvg(dataset, { today: '2020-01-01' })).toThrow(/today: expected a day on or after/)
    expect(timelineSvg(dataset, { today: '2030-12-31' })).not.toBe(svg)
    const orphan = { ...dataset, states: dataset.states.filter((state) => state.code !== 'IN') }
    expect(() => timelineSvg(orphan, { today })).toThrow(/status period of "IN"/)
  })
})

describe('docs/timeline.svg', () => {
  /** Collects what runTimeline reports, so a passing run prints nothing. */
  const collector = () => {
    const lines: string[] = []
    return { lines, report: { log: (line: string) => lines.push(`log: ${line}`), error: (line: string) => lines.push(`error: ${line}`) } }
  }

  it('is up to date with data/ (run `npm run timeline` if not)', () => {
    expect(readFileSync(timelineFile, 'utf8')).toBe(svg)
    const { lines, report } = collector()
    expect(runTimeline(['--check'], timelineFile, report)).toBe(0)
    expect(lines).toEqual(['log: docs/timeline.svg is up to date'])
  })

  it('--check fails on a stale or missing file and leaves it alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-'))
    const stale = join(dir, 'timeline.svg')
    writeFileSync(stale, svg.replace('</svg>', '<!-- edited --></svg>'))
    const { lines, report } = collector()
    expect(runTimeline(['--check'], stale, report)).toBe(1)
    expect(readFileSync(stale, 'utf8')).toContain('<!-- edited -->')
    expect(runTimeline(['--check'], join(dir, 'missing.svg'), report)).toBe(1)
    expect(runTimeline([], stale, report)).toBe(0)
    expect(lines.map((line) => line.replace(/ \S*\/(timeline|missing)\.svg/, ' $1.svg'))).toEqual([
      'error: timeline.svg is stale: run `npm run timeline`',
      'error: missing.svg is missing: run `npm run timeline`',
      'log: wrote timeline.svg',
    ])
    expect(readFileSync(stale, 'utf8')).toBe(svg)
  })
})
