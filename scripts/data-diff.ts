/**
 * `npm run data:diff -- <git-ref>`: the records added, removed and changed (field by field) in data/
 * since that ref, for release notes. Records are matched by their id (src/record-ids.ts: states by
 * code, status periods by state and first day, participations by summit and delegation).
 */
import { isDeepStrictEqual } from 'node:util'
import { readDataAt, readWorkingData, type Raw } from './lib/raw-data.js'
import { collections, recordIdOf } from '../src/record-ids.js'

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}
export interface DataDiff {
  added: { kind: keyof Raw; key: string }[]
  removed: { kind: keyof Raw; key: string }[]
  changed: { kind: keyof Raw; key: string; fields: FieldChange[] }[]
}

/** The leaf-level differences between two values, as dotted paths. */
function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isDeepStrictEqual(before, after)) return []
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object'
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    return keys.flatMap((key) => fieldChanges(before[key], after[key], path ? `${path}.${key}` : key))
  }
  return [{ field: path || '(record)', before, after }]
}

/** Compares two versions of the data. */
export function diffData(before: Raw, after: Raw): DataDiff {
  const diff: DataDiff = { added: [], removed: [], changed: [] }
  for (const kind of collections) {
    // Rows are read raw, as any version of the data wrote them: named by the fields their id is built from.
    const old = new Map(before[kind].map((r) => [recordIdOf(kind, r as never), r]))
    const now = new Map(after[kind].map((r) => [recordIdOf(kind, r as never), r]))
    for (const [key, record] of now) {
      const previous = old.get(key)
      if (!previous) diff.added.push({ kind, key })
      else {
        const fields = fieldChanges(previous, record)
        if (fields.length > 0) diff.changed.push({ kind, key, fields })
      }
    }
    for (const key of old.keys()) if (!now.has(key)) diff.removed.push({ kind, key })
  }
  return diff
}

/** The diff as Markdown, ready for release notes. */
export function formatDiff(diff: DataDiff, ref: string): string {
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v))
  const lines = [
    `# Data changes since ${ref}`,
    '',
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`,
  ]
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push('', `## ${title}`, '', ...rows)
  }
  section('Added', diff.added.map((a) => `- ${a.kind}: ${a.key}`))
  section('Removed', diff.removed.map((r) => `- ${r.kind}: ${r.key}`))
  section(
    'Changed',
    diff.changed.flatMap((c) => [`- ${c.kind}: ${c.key}`, ...c.fields.map((f) => `  - ${f.field}: ${show(f.before)} → ${show(f.after)}`)]),
  )
  return lines.join('\n')
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const ref = process.argv[2]
  if (!ref) {
    console.error('usage: npm run data:diff -- <git-ref>')
    process.exit(2)
  }
  try {
    console.log(formatDiff(diffData(readDataAt(ref), readWorkingData()), ref))
  } catch (error) {
    console.error(`data:diff: ${(error as Error).message.split('\n')[0]}`)
    process.exit(1)
  }
}
