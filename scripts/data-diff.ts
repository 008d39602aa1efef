/**
 * `npm run data:diff -- <git-ref>`: the records added, removed and changed (field by field) in data/
 * since that ref, for release notes. Records are matched by their id (src/record-ids.ts: states by
 * code, status periods by state and first day, participations by summit and delegation).
 *
 * `npm run data:diff -- <git-ref> --changeset <name>` writes .changeset/<name>.md instead: the
 * release's kind (major for a removed record, minor for an added one, else patch) and a body that
 * lists, by id, the records added, corrected and otherwise changed, and the move of `dataAsOf`. The
 * CHANGELOG entry of the release is that body.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { root } from './lib/load-data.js'
import { readDataAt, readMetaAt, readWorkingData, readWorkingMeta, type Raw } from './lib/raw-data.js'
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

/** Fields whose change only re-sources or annotates a record; a change to any other field changes a fact. */
const annotations = new Set(['sources', 'notes', 'alternatives'])

/**
 * How a changed record changed: `corrected` when a fact it held was replaced (a field that had a
 * value has another), otherwise `changed` (a value filled in where there was none, or only its
 * sources, notes or alternatives), with the top-level fields concerned.
 */
export function changeKind(fields: readonly FieldChange[]): { how: 'corrected' | 'changed'; fields: string[] } {
  const top = (change: FieldChange) => change.field.split('.')[0]!
  const facts = fields.filter((change) => !annotations.has(top(change)))
  const replaced = facts.filter((change) => change.before !== null && change.before !== undefined)
  const shown = replaced.length > 0 ? replaced : fields
  return { how: replaced.length > 0 ? 'corrected' : 'changed', fields: [...new Set(shown.map(top))] }
}

/** The release a diff calls for: a removed record breaks users (major), an added one is new (minor). */
export function releaseKind(diff: DataDiff): 'major' | 'minor' | 'patch' {
  if (diff.removed.length > 0) return 'major'
  return diff.added.length > 0 ? 'minor' : 'patch'
}

/** The changeset for a diff, its body listing the records by id, as the CHANGELOG will show it. */
export function formatChangeset(diff: DataDiff, dataAsOf: { before: string; after: string }): string {
  const lines = ['---', `"sco-data": ${releaseKind(diff)}`, '---', '']
  lines.push(
    dataAsOf.before === dataAsOf.after
      ? `Data: checked up to ${dataAsOf.after}, as before.`
      : `Data: checked up to ${dataAsOf.after} (the previous release: ${dataAsOf.before}).`,
  )
  const byKind = (rows: { kind: string; key: string }[]) => {
    const kinds = [...new Set(rows.map((row) => row.kind))]
    return kinds.map((kind) => {
      const keys = rows.filter((row) => row.kind === kind).map((row) => row.key)
      return `- ${kind} (${keys.length}): ${keys.join(', ')}`
    })
  }
  const classified = diff.changed.map((change) => ({ ...change, ...changeKind(change.fields) }))
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push('', title, '', ...rows)
  }
  section('Added:', byKind(diff.added))
  section('Removed:', byKind(diff.removed))
  const changeRows = (how: 'corrected' | 'changed') =>
    classified.filter((change) => change.how === how).map((change) => `- ${change.kind} ${change.key} (${change.fields.join(', ')})`)
  section('Corrected (a value replaced):', changeRows('corrected'))
  section('Changed (a value filled in, or sources, notes or alternatives):', changeRows('changed'))
  return `${lines.join('\n')}\n`
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  let parsed
  try {
    parsed = parseArgs({ options: { changeset: { type: 'string' } }, allowPositionals: true })
  } catch (error) {
    parsed = undefined
    console.error(`data:diff: ${(error as Error).message}`)
  }
  const ref = parsed?.positionals[0]
  if (!parsed || !ref || parsed.positionals.length > 1) {
    console.error('usage: npm run data:diff -- <git-ref> [--changeset <name>]')
    process.exit(2)
  }
  const name = parsed.values.changeset
  try {
    const diff = diffData(readDataAt(ref), readWorkingData())
    if (name === undefined) console.log(formatDiff(diff, ref))
    else {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new Error(`--changeset: expected a name of lower-case words joined by hyphens, not "${name}"`)
      const path = join(root, '.changeset', `${name}.md`)
      if (existsSync(path)) throw new Error(`${relative(root, path)} exists already`)
      writeFileSync(path, formatChangeset(diff, { before: readMetaAt(ref).dataAsOf, after: readWorkingMeta().dataAsOf }))
      console.log(`wrote ${relative(root, path)} (${releaseKind(diff)}): read it, and add a sentence on what the release brings`)
    }
  } catch (error) {
    console.error(`data:diff: ${(error as Error).message.split('\n')[0]}`)
    process.exit(1)
  }
}
