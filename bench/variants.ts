/**
 * The builds the bench loads besides the tarball, each made from configuration, never by editing
 * src/ or the built files, and each in the bench's temp directory:
 *
 * - **other data**: Node's data layout (tsup.config.ts, `dataLayout('node')`) keeps the data out of
 *   the code, as `./index.data.json` beside the build, and src/generated/collections-node.ts does
 *   not depend on the data. So the shipped dist/index.js and dist/index.cjs beside another packed
 *   dataset are the build of that dataset: how growth is measured.
 * - **without freeze**: tsup's `build()` with the Node build's own options (`nodeLibrary` in
 *   tsup.config.ts) plus one `define` turning every `Object.freeze(x)` into `Object(x)`, which
 *   returns `x` as it is: what deep freezing costs at load.
 *
 * The Node build is also rebuilt from tsup.config.ts as it is and compared with the tarball's, so the
 * report can say when a variant differs from what users get by more than its configuration.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Options } from 'tsup'
import { nodeLibrary } from '../tsup.config.js'
import type { Consumer } from './consumer.js'

const nodeEntryFiles = ['index.js', 'index.cjs'] as const

/** Builds the Node entry (ESM and CJS) of src/ into `outDir` with tsup.config.ts's options and `variant`. */
export async function buildNode(root: string, outDir: string, variant: Options = {}): Promise<void> {
  await build({
    ...nodeLibrary({ entry: { index: join(root, 'src', 'index.ts') }, dts: false, outDir, silent: true, ...variant }),
    // Only these options: tsup would otherwise merge in tsup.config.ts's default export.
    config: false,
  })
}

/**
 * The files of the tarball's Node entry that differ from what tsup.config.ts builds from src/ now
 * (none unless src/ changed since the build): the variants are built from src/ as it is.
 */
export async function staleShippedFiles(root: string, consumer: Consumer): Promise<string[]> {
  const outDir = join(consumer.work, 'builds', 'as-configured')
  await buildNode(root, outDir)
  return nodeEntryFiles.filter((file) => !readFileSync(join(outDir, file)).equals(readFileSync(join(consumer.installed, 'dist', file))))
}

/** The Node entry as shipped beside `packedJson` as its data, in builds/<name>; returns what the probes load. */
export function withData(consumer: Consumer, name: string, packedJson: string): { esm: string; cjs: string } {
  const dir = join(consumer.dir, 'builds', name)
  mkdirSync(dir, { recursive: true })
  for (const file of nodeEntryFiles) copyFileSync(join(consumer.installed, 'dist', file), join(dir, file))
  writeFileSync(join(dir, 'index.data.json'), packedJson)
  return { esm: pathToFileURL(join(dir, 'index.js')).href, cjs: join(dir, 'index.cjs') }
}

/** The build options that make every `Object.freeze(x)` an `Object(x)`, which returns `x` unfrozen. */
export const withoutFreeze: Options = { define: { 'Object.freeze': 'Object' } }

/**
 * A copy of the installed package, beside it as `name` and reached by bare specifier the same way,
 * whose Node entry is built without freezing: the difference in load time is what freezing costs.
 */
export async function unfrozenPackage(root: string, consumer: Consumer, name = 'sco-data-unfrozen'): Promise<string> {
  const dir = join(consumer.dir, 'node_modules', name)
  cpSync(consumer.installed, dir, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, name }))
  await buildNode(root, join(dir, 'dist'), withoutFreeze)
  for (const file of nodeEntryFiles) {
    if (readFileSync(join(dir, 'dist', file), 'utf8').includes('Object.freeze(')) throw new Error(`${name}/dist/${file} still freezes`)
  }
  return name
}
