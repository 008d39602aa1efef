/**
 * Every public export documents itself with an `@example`; this runs each example (its value
 * comments are assertions) and type-checks all of them, so the documentation cannot drift.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPrelude, typeCheckModules, examplesInSource, toChecks } from './helpers/doctest.js'

const root = join(import.meta.dirname, '..')
const out = join(root, '.tmp', 'examples')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const examples = sourceFiles(join(root, 'src')).flatMap((file) => examplesInSource(file))
const modules = examples.map((example, index) => {
  const origin = relative(root, example.origin)
  const { code, checks } = toChecks(example.code, origin)
  const body = code
    .replaceAll(`from 'sco-data/schemas'`, `from '../../src/schemas.js'`)
    .replaceAll(`from 'sco-data'`, `from '../../src/index.js'`)
  const path = join(out, `example-${String(index).padStart(3, '0')}.ts`)
  writeFileSync(path, `${checkPrelude}\n${body}\nexport {}\n`)
  return { origin, path, checks }
})

describe('documentation examples', () => {
  it('there are examples, and most of them assert a value', () => {
    expect(modules.length).toBeGreaterThan(50)
    expect(modules.filter((m) => m.checks > 0).length / modules.length).toBeGreaterThan(0.8)
  })

  it.each(modules.map((m) => [m.origin, m.path] as const))('%s runs and its values hold', async (_, path) => {
    await import(path)
  })

  it('type-check', () => {
    expect(() => typeCheckModules(out, root)).not.toThrow()
  })
})

describe('every public export has TSDoc with an @example', () => {
  it('according to TypeDoc', () => {
    const json = join(root, '.tmp', 'api.json')
    execFileSync(join(root, 'node_modules', '.bin', 'typedoc'), ['--json', json, '--out', join(root, '.tmp', 'api-html')], {
      cwd: root,
      encoding: 'utf8',
    })
    interface Reflection {
      name: string
      kind: number
      variant?: string
      comment?: { blockTags?: { tag: string }[] }
      signatures?: Reflection[]
      children?: Reflection[]
    }
    const project = JSON.parse(readFileSync(json, 'utf8')) as Reflection
    const hasExample = (r: Reflection) =>
      [r, ...(r.signatures ?? [])].some((x) => x.comment?.blockTags?.some((t) => t.tag === '@example'))
    const modulesInDocs = project.children ?? []
    const exported = modulesInDocs.flatMap((m) => (m.children ?? []).map((c) => `${m.name}.${c.name}`))
    // A re-export of a symbol documented in the other entry is a reference to that documentation.
    const missing = modulesInDocs.flatMap((m) =>
      (m.children ?? []).filter((c) => c.variant !== 'reference' && !hasExample(c)).map((c) => `${m.name}.${c.name}`),
    )
    expect(exported.length).toBeGreaterThan(30)
    expect(missing).toEqual([])
  })
})
