/**
 * Pay only for what you import: each size budget in .size-limit.js (which size-limit checks with
 * esbuild in the test command) is checked again with a second bundler, Vite (Rolldown), so that the
 * tree-shaking is not an accident of one tool; and a bundle of one accessor holds none of the data
 * that accessor does not read.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const out = join(root, '.tmp', 'bundles')
mkdirSync(out, { recursive: true })

interface Budget {
  name: string
  path: string
  import: string
  limit: string
}
const budgets = ((await import('../.size-limit.js')).default as Budget[]).filter((b) => b.path === 'dist/index.browser.js')
/** size-limit's units: 1 kB = 1000 bytes. */
const bytes = (limit: string) => Math.round(Number(/^([\d.]+) kB$/.exec(limit)![1]) * 1000)

/** The minified JavaScript Vite builds for a module that imports `what` from the browser build and uses it. */
async function bundle(what: string): Promise<string> {
  const names = what === '*' ? 'all' : what.replace(/[{}\s]/g, '')
  const entry = join(out, `${names.replaceAll(',', '-')}.mjs`)
  const specifier = join(root, 'dist', 'index.browser.js')
  writeFileSync(entry, what === '*' ? `import * as all from ${JSON.stringify(specifier)}\nconsole.log(all)\n` : `import ${what} from ${JSON.stringify(specifier)}\nconsole.log(${names})\n`)
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'bundle' }, rolldownOptions: {} },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output)
  return outputs.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n')
}

describe('bundles of the browser build, with a second bundler (Vite)', () => {
  it('the budgets cover the accessors the issue names, and the whole API', () => {
    expect(budgets.map((b) => b.import)).toEqual(expect.arrayContaining(['{ statusOn }', '{ statesOn }', '{ memberStatesOn }', '{ getState }', '{ statusHistory }', '{ getSummit }', '{ findSummits }', '{ summits }', '*']))
  })

  it.each(budgets.map((b) => [b.import, b] as const))('import %s stays within its budget, min+gzip', async (_, budget) => {
    const code = await bundle(budget.import)
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(bytes(budget.limit))
  })

  it("the whole API's budget is the data's own gzip size plus 12 kB of code", () => {
    const data = gzipSync(readFileSync(join(root, 'dist', 'index.data.json')), { level: 9 }).length
    expect(bytes(budgets.find((b) => b.import === '*')!.limit)).toBe(data + 12_000)
  })

  it('a state accessor ships the states and their sources, and no summit, document, person or their sources', async () => {
    const code = await bundle('{ statusOn }')
    expect(code).toContain('dialogue-partner')
    for (const absent of ['2024-astana/astana-declaration', 'sushma-swaraj', 'Subrahmanyam Jaishankar', 'vladimir-norov']) expect(code).not.toContain(absent)
  })

  it('a summit accessor ships the summits, and no document, participation or person', async () => {
    const code = await bundle('{ getSummit }')
    expect(code).toContain('2024-astana')
    for (const absent of ['2024-astana/astana-declaration', 'sushma-swaraj', 'Subrahmanyam Jaishankar']) expect(code).not.toContain(absent)
  })
})
