/**
 * Data written for its readers: notes speak of the facts, not of how the research went; they stay
 * short; every source says what kind of publisher it is; and the backbone records — the Council of
 * Heads of State meetings and the status periods — rest on an official text or say which one would
 * settle them. These read the raw files in data/, as a curator edits them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dataDir = join(import.meta.dirname, '..', 'data')
const files = ['states.json', 'persons.json', 'officeholders.json', 'chairmanships.json', ...readdirSync(join(dataDir, 'summits')).map((f) => join('summits', f))]
const raw = files.map((file) => ({ file, json: JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as unknown }))

interface Source {
  url: string
  publisher: string
  type?: string
  copyOf?: string
}
interface SourcedRecord {
  sources: Source[]
  notes?: string | null
  alternatives?: { field: string; sources: Source[]; note?: string }[]
}

/** Every record (an object with sources) of the raw files, with where it is. */
const records: { where: string; record: SourcedRecord }[] = []
function collect(value: unknown, where: string): void {
  if (Array.isArray(value)) value.forEach((item, i) => collect(item, `${where}[${i}]`))
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>
    if (Array.isArray(object.sources) && 'notes' in object) records.push({ where, record: object as unknown as SourcedRecord })
    for (const [key, child] of Object.entries(object)) if (key !== 'sources' && key !== 'alternatives') collect(child, `${where}.${key}`)
  }
}
for (const { file, json } of raw) collect(json, file)

/** The longest a note may be: most are one or two sentences (docs/guides/sources-and-corrections.md). */
const noteCap = 1000

/**
 * Words that speak of how the research was done rather than of the facts: tools, stored copies,
 * searches, passes, helpers, what a curator saw, and edit history.
 */
const researchWords =
  /\b(?:stored (?:pages?|cop(?:y|ies))|corpus|search(?:es|ed|ing)?|search tool|excerpts?|helpers?|subagents?|(?:pages|sources|texts) read|(?:not|never) seen|not visible|changed from|not reached|(?:this|second|third|research) pass(?:es)?|was found|were found|not found|could not be found|could not confirm|we (?:read|found|checked))\b/i

const notesOf = (record: SourcedRecord) => [record.notes, ...(record.alternatives ?? []).map((a) => a.note)].filter((n): n is string => typeof n === 'string')

describe('notes for readers', () => {
  it('there are notes to check', () => expect(records.filter((r) => r.record.notes).length).toBeGreaterThan(300))

  it(`no note is longer than ${noteCap} characters`, () => {
    const long = records.flatMap(({ where, record }) => notesOf(record).filter((note) => note.length > noteCap).map((note) => `${where}: ${note.length}`))
    expect(long).toEqual([])
  })

  it('no note speaks of how the research went', () => {
    const found = records.flatMap(({ where, record }) =>
      notesOf(record).flatMap((note) => {
        const match = researchWords.exec(note)
        return match ? [`${where}: "${match[0]}"`] : []
      }),
    )
    expect(found).toEqual([])
  })

  it('the research-word check catches what it is for', () => {
    for (const note of ['Not in the stored pages.', 'A further 6 targeted searches', 'This helper did not itself read it', 'documentsReported CHANGED from 20 to 24', 'not found in the pages read']) {
      expect(researchWords.test(note), note).toBe(true)
    }
    for (const note of ['The secretariat gives 24 documents; six are named in no published list.', 'Kazakhstan passes the chairmanship to China.']) {
      expect(researchWords.test(note), note).toBe(false)
    }
  })
})

describe('typed sources', () => {
  const sources = records.flatMap(({ record }) => [...record.sources, ...(record.alternatives ?? []).flatMap((a) => a.sources)])

  it('every source says what kind of publisher it is', () => {
    expect(sources.filter((s) => !['official', 'news', 'reference', 'copy'].includes(s.type ?? '')).map((s) => `${s.publisher} ${s.url}`)).toEqual([])
  })

  it('one publisher always gets the same type (and, for a copy, the same original)', () => {
    const typeOf = new Map<string, Set<string>>()
    for (const s of sources) typeOf.set(s.publisher, (typeOf.get(s.publisher) ?? new Set()).add(`${s.type} ${s.copyOf ?? ''}`))
    expect([...typeOf].filter(([, types]) => types.size > 1).map(([publisher, types]) => `${publisher}: ${[...types].join(' | ')}`)).toEqual([])
  })

  it('a copy names the publisher of the original, and only a copy does', () => {
    expect(sources.filter((s) => (s.type === 'copy') !== (s.copyOf !== undefined)).map((s) => `${s.publisher} ${s.url}`)).toEqual([])
  })
})

describe('an official source under every key fact', () => {
  const official = (record: SourcedRecord) => record.sources.some((s) => s.type === 'official')
  const settled = (record: SourcedRecord & { notes?: string | null }) => official(record) || /official text/i.test(record.notes ?? '')

  it('every Council of Heads of State meeting cites an official source, or its note names the official text that would settle it', () => {
    const meetings = raw
      .filter(({ file }) => file.startsWith('summits'))
      .map(({ json }) => (json as { summit: SourcedRecord & { id: string; body: string } }).summit)
      .filter((summit) => summit.body === 'heads-of-state')
    expect(meetings.length).toBeGreaterThanOrEqual(25)
    expect(meetings.filter((summit) => !settled(summit)).map((summit) => summit.id)).toEqual([])
    // Only a meeting too recent for its official texts to be at hand may rest on its note.
    expect(meetings.filter((summit) => !official(summit)).map((summit) => summit.id)).toEqual(['2026-bishkek'])
  })

  it('every status period cites an official source, or its note names the official text that would settle it', () => {
    const periods = (raw.find(({ file }) => file === 'states.json')!.json as { statusPeriods: (SourcedRecord & { state: string; from: string })[] }).statusPeriods
    const unsettled = periods.filter((period) => !settled(period))
    expect(unsettled.map((period) => `${period.state}/${period.from}`)).toEqual([])
  })
})
