/** Source hygiene and supply chain: what users trust must be checkable and what they install, minimal. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData } from '../scripts/lib/load-data.js'
import { singleSourced } from '../scripts/single-source.js'

const root = join(import.meta.dirname, '..')
const { dataset } = loadData()
const records = Object.values(dataset!).flat() as { readonly sources: readonly { url: string }[] }[]
const urls = records.flatMap((r) => r.sources.map((s) => s.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

describe('source hygiene', () => {
  it('every source URL parses and is http(s) on a named host', () => {
    for (const url of urls) {
      const parsed = new URL(url)
      expect(['http:', 'https:']).toContain(parsed.protocol)
      expect(parsed.hostname).not.toBe('')
      expect(parsed.hostname.endsWith('.')).toBe(false)
    }
  })

  it('a host is cited over https everywhere once any of its pages is cited over https', () => {
    const schemes = new Map<string, Set<string>>()
    for (const url of urls) {
      const { hostname, protocol } = new URL(url)
      schemes.set(hostname, (schemes.get(hostname) ?? new Set()).add(protocol))
    }
    const mixed = [...schemes].filter(([, s]) => s.size > 1).map(([host]) => host)
    expect(mixed).toEqual([])
  })

  it('titles hold titles: curators’ remarks go in notes, a described title is flagged', () => {
    // A bracketed whole title, or a bracket closing before a space, is a curator's description; a tag such as "[视频]" opening a headline is the headline.
    const remark = /headline|descriptive|as in URL|not seen|composed from|^\[.*\]$|\]\s/i
    const sources = records.flatMap((r) => r.sources) as { url: string; title: string; descriptiveTitle?: true }[]
    expect(sources.filter((s) => remark.test(s.title)).map((s) => s.title)).toEqual([])
    const documentTitles = dataset!.documents.flatMap((d) => Object.values(d.title))
    expect(documentTitles.filter((title) => remark.test(title))).toEqual([])
    const flagOf = new Map<string, boolean>()
    for (const source of sources) {
      const key = `${source.url} ${source.title}`
      const flag = source.descriptiveTitle === true
      expect({ key, flag: flagOf.get(key) ?? flag }).toEqual({ key, flag })
      flagOf.set(key, flag)
    }
  })

  it('no record cites the same URL twice', () => {
    for (const record of records) {
      const own = record.sources.map((s) => s.url)
      expect(new Set(own).size).toBe(own.length)
    }
  })

  it('the single-source report lists exactly the records with one source', () => {
    const listed = singleSourced(dataset!)
    expect(listed.length).toBe(records.filter((r) => r.sources.length === 1).length)
    const out = execFileSync('npx', ['tsx', 'scripts/single-source.ts'], { cwd: root, encoding: 'utf8' })
    expect(out.trim().split('\n').at(-1)).toBe(`${listed.length} of ${records.length} records rest on a single source`)
  })
})

describe('supply chain', () => {
  it('has no install scripts', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) {
      expect(pkg.scripts?.[hook]).toBeUndefined()
    }
  })

  it('has only the runtime dependencies the entries import', () => {
    // date-fns is bundled into the main entry (a few kilobytes), so only the schemas entry needs a package.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['zod'])
    const built = ['dist/index.js', 'dist/index.cjs', 'dist/index.browser.js', 'dist/schemas.js', 'dist/schemas.cjs']
      .map((file) => readFileSync(join(root, file), 'utf8'))
      .join('\n')
    const bare = new Set(
      [...built.matchAll(/^(?:import\s[^'"\n]*from\s+|var\s+\w+\s*=\s*require\()['"]([^'".][^'"]*)['"]/gm)].map((m) => m[1]!.split('/')[0]!),
    )
    expect([...bare].sort()).toEqual(['zod'])
  })

  it('the packed tarball holds exactly the allow-listed files', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as {
      files: { path: string }[]
    }[]
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^LICENSE$/,
      /^CHANGELOG\.md$/,
      /^dist\/(index|schemas|cli)\.(js|cjs|d\.ts|d\.cts)$/,
      /^dist\/index\.browser\.js$/,
      /^dist\/modules\/[A-Za-z0-9-]+\.json$/,
      /^dist\/index\.data\.json$/,
      // declarations both entries share, split out by the declaration build
      /^dist\/types-[A-Za-z0-9_-]+\.d\.c?ts$/,
      /^dist\/data\/[a-z-]+\.json$/,
      /^dist\/json-schema\/[a-z-]+\.json$/,
      /^dist\/csv\/[a-z-]+\.(csv|json)$/,
    ]
    const files = pack!.files.map((f) => f.path)
    expect(files.filter((file) => !allowed.some((pattern) => pattern.test(file)))).toEqual([])
    for (const required of ['dist/index.js', 'dist/index.cjs', 'dist/schemas.js', 'dist/data/dataset.json', 'dist/json-schema/dataset.json']) {
      expect(files).toContain(required)
    }
  })
})
