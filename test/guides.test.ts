/**
 * The guides in docs/guides/: every TypeScript block of the recipes runs against the source with its
 * `// value` comments checked, and type-checks; the data-model guide lists exactly the fields and
 * values the schemas define; relative links and images point at files that exist.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BodySchema, CapacitySchema, ChairmanshipSchema, CityNamesSchema, DocumentKindSchema, DocumentSchema, DocumentTitleSchema, OfficeholderSchema, ParticipationSchema, PersonNameSchema, PersonSchema, SourceSchema, StateSchema, StatusPeriodSchema, StatusSchema, SummitSchema } from '../src/schemas.js'
import { checkPrelude, typeCheckModules, toChecks } from './helpers/doctest.js'

const root = join(import.meta.dirname, '..')
const guides = join(root, 'docs', 'guides')
const out = join(root, '.tmp', 'guides')
const read = (name: string) => readFileSync(join(guides, name), 'utf8')

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const recipes = read('recipes.md')
const blocks = [...recipes.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
  code: match[1]!,
  line: recipes.slice(0, match.index).split('\n').length,
}))
const modules = blocks.map((block, index) => {
  const origin = `docs/guides/recipes.md:${block.line}`
  const { code, checks } = toChecks(block.code, origin)
  const body = code
    .replaceAll(`from 'sco-data/schemas'`, `from '../../src/schemas.js'`)
    .replaceAll(`from 'sco-data'`, `from '../../src/index.js'`)
  const path = join(out, `recipe-${String(index + 1).padStart(2, '0')}.ts`)
  writeFileSync(path, `${checkPrelude}\n${body}\nexport {}\n`)
  return { origin, path, checks, body }
})

describe('docs/guides/recipes.md', () => {
  it('has a section for each recipe, with TypeScript blocks that assert values', () => {
    const headings = [...recipes.matchAll(/^## (.+)$/gm)].map((m) => m[1]!)
    for (const topic of [/members on a date/i, /documents of a summit/i, /status history/i, /text search/i, /who attended/i, /validating/i, /python/i]) {
      expect(headings.some((heading) => topic.test(heading)), String(topic)).toBe(true)
    }
    expect(modules.length).toBeGreaterThanOrEqual(7)
    expect(modules.filter((m) => m.checks === 0).map((m) => m.origin)).toEqual([])
  })

  it('imports only from the package, never from its sources', () => {
    for (const block of blocks) {
      const sources = [...block.code.matchAll(/from '([^']+)'/g)].map((m) => m[1]!)
      expect(sources.every((source) => ['sco-data', 'sco-data/schemas', 'zod'].includes(source)), sources.join(', ')).toBe(true)
    }
  })

  it.each(modules.map((m) => [m.origin, m.path] as const))('%s runs and its values hold', async (_, path) => {
    await import(path)
  })

  it('type-checks', () => {
    expect(() => typeCheckModules(out, root)).not.toThrow()
  })
})

/** The tables of the `## heading` section of a Markdown text: header cells and each row's first cell. */
function tablesIn(text: string, heading: string): { header: string[]; keys: string[] }[] {
  const start = text.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`no section "## ${heading}"`)
  const rest = text.slice(start + heading.length + 5)
  const section = rest.slice(0, rest.search(/\n## |$(?![\s\S])/))
  const tables: { header: string[]; keys: string[] }[] = []
  for (const table of section.match(/^\|.*(?:\n\|.*)*/gm) ?? []) {
    const rows = table.split('\n').map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    tables.push({ header: rows[0]!, keys: rows.slice(2).map((row) => row[0]!.replace(/^`|`$/g, '')) })
  }
  return tables
}

describe('docs/guides/data-model.md', () => {
  const model = read('data-model.md')
  const fieldTables = (heading: string) => tablesIn(model, heading).filter((t) => t.header[0] === 'field').map((t) => t.keys)

  it.each([
    ['Source', [SourceSchema.shape]],
    ['State', [StateSchema.shape, StateSchema.shape.cow.unwrap().shape]],
    ['StatusPeriod', [StatusPeriodSchema.shape]],
    ['Summit', [SummitSchema.shape, CityNamesSchema.shape]],
    ['Document', [DocumentSchema.shape, DocumentTitleSchema.shape, DocumentSchema.shape.covers.unwrap().shape]],
    ['Participation', [ParticipationSchema.shape]],
    ['Person', [PersonSchema.shape, PersonNameSchema.shape]],
    ['Officeholder', [OfficeholderSchema.shape]],
    ['Chairmanship', [ChairmanshipSchema.shape]],
  ] as const)('%s lists exactly the fields of its schema, in order', (heading, shapes) => {
    expect(fieldTables(heading)).toEqual(shapes.map((shape) => Object.keys(shape)))
  })

  it.each([
    ['StatusPeriod', 'status', StatusSchema.options],
    ['Summit', 'body', BodySchema.options],
    ['Participation', 'capacity', CapacitySchema.options],
  ] as const)('%s lists exactly the values of `%s`', (heading, column, options) => {
    const table = tablesIn(model, heading).find((t) => t.header[0] === column)
    expect(table?.keys).toEqual([...options])
  })

  it('lists exactly the document kinds', () => {
    const paragraph = /The \*\*kinds\*\* \(`DocumentKindSchema`\):([\s\S]*?)\n\n/.exec(model)?.[1] ?? ''
    const listed = [...paragraph.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!)
    expect(listed.slice(0, DocumentKindSchema.options.length)).toEqual([...DocumentKindSchema.options])
  })

  it('embeds the timeline', () => {
    expect(model).toMatch(/!\[[^\]]+\]\(\.\.\/timeline\.svg\)/)
  })
})

describe('every guide', () => {
  const names = readdirSync(guides).filter((name) => name.endsWith('.md'))

  it('includes the four guides', () => {
    expect(names.sort()).toEqual(expect.arrayContaining(['data-model.md', 'recipes.md', 'sources-and-corrections.md', 'versioning.md']))
  })

  it.each(names)('%s links only to files that exist', (name) => {
    const text = read(name).replace(/^```[\s\S]*?^```$/gm, '')
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((target) => !/^[a-z]+:/.test(target))
    const missing = targets.filter((target) => !existsSync(resolve(dirname(join(guides, name)), target.split('#')[0]!)))
    expect(missing).toEqual([])
  })
})
