/**
 * The package as users get it: `npm pack` of the current dist/, unpacked into node_modules/sco-data
 * of a temporary consumer project, beside its runtime dependencies and world-countries (the
 * comparison package), both copied from this repository's node_modules so that every version is the
 * lockfile's and nothing is installed outside `npm ci`. The probes are copied in too, so bare
 * specifiers resolve from the consumer. Everything lives in a temp directory, removed on exit
 * (BENCH_KEEP=1 keeps it): the bench never writes into the repository.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { progress } from './format.js'

export interface Consumer {
  /** The temp directory: the tarball, data files and builds outside the consumer. */
  work: string
  /** The consumer project: package.json, node_modules/, probes/. */
  dir: string
  /** node_modules/sco-data in the consumer. */
  installed: string
  tarball: { filename: string; size: number; unpackedSize: number; entryCount: number }
  worldCountries: { version: string; json: string }
}

interface Manifest {
  name: string
  version: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest

/** Copies `name` from this repository's node_modules into the consumer's, if it needs nothing else. */
function copyPackage(root: string, consumer: string, name: string): Manifest {
  const from = join(root, 'node_modules', name)
  if (!existsSync(from)) throw new Error(`node_modules/${name} is missing: run npm ci`)
  const manifest = manifestOf(from)
  if (Object.keys(manifest.dependencies ?? {}).length > 0) {
    throw new Error(`${name} has dependencies of its own: bench/consumer.ts copies packages without theirs`)
  }
  cpSync(from, join(consumer, 'node_modules', name), { recursive: true })
  return manifest
}

export function setUpConsumer(root: string): Consumer {
  for (const file of ['index.js', 'index.cjs', 'index.browser.js', 'index.data.json', 'schemas.js', 'data/dataset.json']) {
    if (!existsSync(join(root, 'dist', file))) {
      throw new Error(`dist/${file} is missing: build the package (npm run build) before running the bench`)
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'sco-data-bench-'))
  process.on('exit', () => {
    if (process.env.BENCH_KEEP) process.stderr.write(`[bench] kept ${work}\n`)
    else rmSync(work, { recursive: true, force: true })
  })
  const dir = join(work, 'consumer')
  const installed = join(dir, 'node_modules', 'sco-data')
  mkdirSync(installed, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'sco-data-bench-consumer', private: true, type: 'module' }))

  progress(`packing dist/ into ${work}`)
  const [tarball] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  ) as Consumer['tarball'][]
  // What `npm install <tarball>` puts in node_modules: the tarball's package/ folder.
  execFileSync('tar', ['-xzf', join(work, tarball!.filename), '-C', installed, '--strip-components=1'])
  for (const dependency of Object.keys(manifestOf(installed).dependencies ?? {})) copyPackage(root, dir, dependency)

  if (!manifestOf(root).devDependencies?.['world-countries']) throw new Error('world-countries is not a dev dependency of this package')
  const worldCountries = copyPackage(root, dir, 'world-countries')

  cpSync(join(import.meta.dirname, 'probes'), join(dir, 'probes'), { recursive: true })
  return {
    work,
    dir,
    installed,
    tarball: tarball!,
    worldCountries: { version: worldCountries.version, json: join(dir, 'node_modules', 'world-countries', 'countries.json') },
  }
}
