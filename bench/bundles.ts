/**
 * What an app's bundler makes of the package: every import .size-limit.js budgets, bundled alone
 * from the installed tarball with esbuild (platform browser, so the "browser" condition and the
 * split data layout; minified; JSON inlined) into the consumer. Their sizes are the bundle figures,
 * and loading one in Node is what importing that accessor alone costs.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** The specifier an app imports for each built file .size-limit.js names. */
const specifierOf: Record<string, string> = { 'dist/index.browser.js': 'sco-data', 'dist/schemas.js': 'sco-data/schemas' }

export interface AppBundle {
  /** As .size-limit.js writes it: `{ statusOn }`, or `*` for everything. */
  import: string
  specifier: string
  /** The bundle's file URL. */
  url: string
  minified: number
  gzipped: number
}

export const bundleName = (bundle: Pick<AppBundle, 'import' | 'specifier'>) => `import ${bundle.import} from '${bundle.specifier}'`

export async function appBundles(root: string, consumer: string): Promise<AppBundle[]> {
  const budgets = (await import(pathToFileURL(join(root, '.size-limit.js')).href)).default as { import: string; path: string }[]
  const dir = join(consumer, 'app-bundles')
  mkdirSync(dir, { recursive: true })
  const bundles: AppBundle[] = []
  for (const [index, budget] of budgets.entries()) {
    const specifier = specifierOf[budget.path]
    if (!specifier) throw new Error(`.size-limit.js: no specifier known for ${budget.path} (bench/bundles.ts)`)
    const entry = join(dir, `${index}.entry.mjs`)
    writeFileSync(entry, `export ${budget.import} from '${specifier}'\n`)
    const outfile = join(dir, `${index}.mjs`)
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', minify: true, outfile, logLevel: 'error' })
    const code = readFileSync(outfile)
    bundles.push({ import: budget.import, specifier, url: pathToFileURL(outfile).href, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length })
  }
  return bundles
}
