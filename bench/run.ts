/**
 * `npm run bench`: load cost, lookup speed, validation time, bundle sizes, growth with data size and
 * embedding strategies, all from one run against the package as users get it (npm pack of the
 * current dist/, installed from the tarball into a temporary consumer). The package loads a PACKED
 * dataset (dist/index.data.json, src/packed.ts): each distinct source once, cited by position. Load
 * is compared with two families of floors: the plain dataset JSON a user gets
 * (dist/data/dataset.json, minified) and the packed JSON file the package itself reads. Every load figure is the median over fresh Node processes
 * (BENCH_RUNS, at least 15), each timing its own first import with performance.now() and printing it
 * to stdout for this parent to collect. Runs are interleaved round-robin so drift in the machine's
 * speed spreads over all variants alike. Set BENCH_JSON=<file> to also write every figure, each with
 * the machine and Node version, as JSON. Nothing here is shipped: synthetic data lives in a temp dir.
 *
 * Environment: BENCH_RUNS (processes per load figure, default 15), BENCH_RUNS_100X (the same for
 * 100x data), BENCH_LOOKUP_RUNS (processes for lookups), BENCH_BATCH_MS (minimum lookup batch,
 * default 20), BENCH_100X_ALL=1 (also build and time the JSON-string and object-literal embeddings
 * at 100x, about 15 s per process), BENCH_JSON=<file>, BENCH_KEEP=1 (keep the temp directory).
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, platform, release, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, buildSync, type Plugin } from 'esbuild'
import { packDataset } from '../scripts/lib/pack.js'

const root = resolve(import.meta.dirname, '..')
const runs = Number(process.env.BENCH_RUNS ?? 15)
// Each process loading 100x data takes about a second (tens of seconds for the literal embeddings
// with BENCH_100X_ALL); BENCH_RUNS_100X lowers their count when a quick run is enough.
const runs100x = Number(process.env.BENCH_RUNS_100X ?? runs)
const lookupRuns = Number(process.env.BENCH_LOOKUP_RUNS ?? runs)
for (const [name, value] of Object.entries({ BENCH_RUNS: runs, BENCH_RUNS_100X: runs100x, BENCH_LOOKUP_RUNS: lookupRuns })) {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name}: expected a positive integer, got ${value}`)
}
const targetRatio = 1.15

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  os: `${platform()} ${release()}`,
  node: process.version,
}
const machineLine = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}`

interface Figure {
  section: string
  name: string
  value: number
  unit: string
  processes?: number
}
const figures: (Figure & typeof machine)[] = []
const record = (figure: Figure) => figures.push({ ...figure, ...machine })

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`)

// ---------------------------------------------------------------- statistics and formatting

function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: expected at least one value')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const ms = (value: number) => `${value.toFixed(2)} ms`
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB` // as size-limit counts
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`
const opsFormat = (value: number) => `${Math.round(value).toLocaleString('en-US')} ops/s`

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row, index) => {
      const line = `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`
      return index === 0 ? `${line}\n  ${widths.map((w) => '-'.repeat(w)).join('  ')}` : line
    })
    .join('\n')
}

function section(title: string) {
  console.log(`\n## ${title}\n   [${machineLine}]`)
}

// ---------------------------------------------------------------- setup: the npm-packed tarball installed in a temp consumer

for (const file of ['index.js', 'index.cjs', 'index.data.json', 'schemas.js', 'data/dataset.json']) {
  if (!existsSync(join(root, 'dist', file))) {
    console.error(`dist/${file} is missing: build the package (npm run build) before running the bench.`)
    process.exit(1)
  }
}

const work = mkdtempSync(join(tmpdir(), 'sco-data-bench-'))
const consumer = join(work, 'consumer')
mkdirSync(consumer)
process.on('exit', () => {
  if (process.env.BENCH_KEEP) process.stderr.write(`[bench] kept ${work}\n`)
  else rmSync(work, { recursive: true, force: true })
})

const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies?: Record<string, string>
}
// The comparison package is a pinned dev dependency (package.json and the lockfile): the bench copies
// it from this repository's node_modules into the consumer rather than installing it from the registry.
const worldCountriesVersion = rootPackage.devDependencies?.['world-countries']
if (!worldCountriesVersion) throw new Error('world-countries is not a dev dependency: run npm ci')

progress(`packing dist/ into ${work}`)
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
) as { filename: string; size: number; unpackedSize: number; entryCount: number }[]
const pack = packed[0]!
const tarball = join(work, pack.filename)
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'sco-data-bench-consumer', private: true, type: 'module' }))
progress('installing the tarball into the consumer, and world-countries from this repository')
execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
  cwd: consumer,
  stdio: ['ignore', 'ignore', 'inherit'],
})
cpSync(join(root, 'node_modules', 'world-countries'), join(consumer, 'node_modules', 'world-countries'), { recursive: true })
const installed = join(consumer, 'node_modules', 'sco-data')
// The data a user gets (the plain dataset, minified) and the bytes the package reads (the packed form).
const realPlainText = JSON.stringify(JSON.parse(readFileSync(join(installed, 'dist', 'data', 'dataset.json'), 'utf8')))
const realPackedText = readFileSync(join(installed, 'dist', 'index.data.json'), 'utf8')
const worldCountriesJson = join(consumer, 'node_modules', 'world-countries', 'countries.json')

// ---------------------------------------------------------------- child processes

const childEnv = { ...process.env }
delete childEnv.NODE_OPTIONS

/** Runs one probe in a fresh Node process and returns the JSON it printed on stdout. */
function runProbe(probe: string, args: readonly string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ['--no-warnings', join(consumer, 'probes', probe), ...args], {
    cwd: consumer,
    env: childEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(out) as Record<string, number>
}

const probes: Record<string, string> = {
  'load.mjs': `const spec = process.argv[2]
const start = performance.now()
const loaded = await import(spec)
const elapsed = performance.now() - start
process.stdout.write(JSON.stringify({ ms: elapsed, exports: Object.keys(loaded).length }))
`,
  'load.cjs': `const spec = process.argv[2]
const start = performance.now()
const loaded = require(spec)
const elapsed = performance.now() - start
process.stdout.write(JSON.stringify({ ms: elapsed, exports: Object.keys(loaded).length }))
`,
  'lookups.mjs': `import { readFileSync } from 'node:fs'
const [spec, inputsFile] = process.argv.slice(2)
const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
const m = await import(spec)
const { summits, states, dates, texts } = inputs
const operations = {
  getSummit: (i) => m.getSummit(summits[i % summits.length]),
  getState: (i) => m.getState(states[i % states.length]),
  statusOn: (i) => m.statusOn(states[i % states.length], dates[i % dates.length]),
  memberStatesOn: (i) => m.memberStatesOn(dates[i % dates.length]).length,
  documentsOf: (i) => m.documentsOf(summits[i % summits.length]).length,
  'findDocuments({ text })': (i) => m.findDocuments({ text: texts[i % texts.length] }).length,
}
let sink = 0
function batch(operation, n) {
  const start = performance.now()
  for (let i = 0; i < n; i++) if (operation(i)) sink++
  return performance.now() - start
}
const median = (values) => { const s = [...values].sort((a, b) => a - b); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2 }
const result = {}
for (const [name, operation] of Object.entries(operations)) {
  let n = 1
  while (batch(operation, n) < ${Number(process.env.BENCH_BATCH_MS ?? 20)}) n *= 2 // calibrates and warms up
  const rates = []
  for (let b = 0; b < 7; b++) rates.push(n / (batch(operation, n) / 1000))
  result[name] = median(rates)
}
if (sink === 0) throw new Error('no operation returned anything')
process.stdout.write(JSON.stringify(result))
`,
  'validate.mjs': `import { readFileSync } from 'node:fs'
const loadStart = performance.now()
const { DatasetSchema } = await import('sco-data/schemas')
const load = performance.now() - loadStart
const data = JSON.parse(readFileSync(new URL(import.meta.resolve('sco-data/data/dataset.json')), 'utf8'))
const check = (result) => { if (!result.success) throw new Error('the shipped dataset does not validate: ' + result.error.message); }
let start = performance.now()
check(DatasetSchema.safeParse(data))
const first = performance.now() - start
const warm = []
for (let i = 0; i < 5; i++) {
  start = performance.now()
  check(DatasetSchema.safeParse(data))
  warm.push(performance.now() - start)
}
warm.sort((a, b) => a - b)
process.stdout.write(JSON.stringify({ load, first, warm: warm[2] }))
`,
}
mkdirSync(join(consumer, 'probes'))
for (const [name, source] of Object.entries(probes)) writeFileSync(join(consumer, 'probes', name), source)

// ---------------------------------------------------------------- floors: the same JSON, loaded the cheapest ways

/** A JS string literal of `text` in ASCII, as esbuild (and so tsup) emits it in dist/. */
const asciiLiteral = (text: string) => JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

interface LoadVariant {
  /** Which figures the variant belongs with; floors are compared within their group. */
  group: string
  name: string
  probe: 'load.mjs' | 'load.cjs'
  target: string
}

const packageFloorPrefix = 'floor (d) package'

/**
 * Writes the floor modules for one JSON file and returns their load variants. With
 * `packageShaped`, also floor (d): a tiny package in the consumer's node_modules, reached by bare
 * specifier through its exports map exactly as sco-data is, whose index.js imports the same JSON
 * file `with { type: 'json' }` and whose index.cjs requires it.
 */
function floors(group: string, jsonFile: string, packageShaped = false): LoadVariant[] {
  const dir = join(consumer, 'floors', group)
  mkdirSync(dir, { recursive: true })
  const text = readFileSync(jsonFile, 'utf8')
  const json = JSON.stringify(jsonFile)
  writeFileSync(join(dir, 'json-module.mjs'), `import data from ${json} with { type: 'json' }\nexport default data\n`)
  writeFileSync(join(dir, 'require.cjs'), `module.exports = require(${json})\n`)
  writeFileSync(join(dir, 'parse.mjs'), `export default JSON.parse(${asciiLiteral(text)})\n`)
  writeFileSync(join(dir, 'parse.cjs'), `module.exports = JSON.parse(${asciiLiteral(text)})\n`)
  const variants: LoadVariant[] = [
    { group, name: "floor (a) import JSON with { type: 'json' }", probe: 'load.mjs', target: pathToFileURL(join(dir, 'json-module.mjs')).href },
    { group, name: 'floor (b) require JSON', probe: 'load.cjs', target: join(dir, 'require.cjs') },
    { group, name: 'floor (c) JSON.parse(literal), ESM', probe: 'load.mjs', target: pathToFileURL(join(dir, 'parse.mjs')).href },
    { group, name: 'floor (c) JSON.parse(literal), CJS', probe: 'load.cjs', target: join(dir, 'parse.cjs') },
  ]
  if (packageShaped) {
    const name = `bench-floor-${group.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
    const pkg = join(consumer, 'node_modules', name)
    mkdirSync(pkg, { recursive: true })
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name, version: '0.0.0', type: 'module', exports: { '.': { import: './index.js', require: './index.cjs' } } }),
    )
    writeFileSync(join(pkg, 'data.json'), text)
    writeFileSync(join(pkg, 'index.js'), `import data from './data.json' with { type: 'json' }\nexport default data\n`)
    writeFileSync(join(pkg, 'index.cjs'), `module.exports = require('./data.json')\n`)
    variants.push(
      { group, name: `${packageFloorPrefix} ${name} (bare specifier), ESM: JSON module`, probe: 'load.mjs', target: name },
      { group, name: `${packageFloorPrefix} ${name} (bare specifier), CJS: require`, probe: 'load.cjs', target: name },
    )
  }
  return variants
}

// ---------------------------------------------------------------- synthetic data and temp builds of src/

interface Dataset {
  states: { code: string }[]
  statusPeriods: { state: string; decidedAt: string | null }[]
  summits: { id: string; host: string }[]
  documents: { id: string; summit: string | null }[]
  participations: { summit: string; state: string | null; person: string | null }[]
  persons: { id: string }[]
  officeholders: { person: string; appointedAt: string | null }[]
  chairmanships: { state: string }[]
}
const realDataset = JSON.parse(realPlainText) as Dataset
/** The packed JSON text of `dataset`, as scripts/generate.ts and scripts/emit-static.ts write it. */
const packedText = (dataset: Dataset) => JSON.stringify(packDataset(dataset as unknown as Parameters<typeof packDataset>[0]))
if (packedText(realDataset) !== realPackedText) {
  throw new Error('packDataset(dist/data/dataset.json) differs from dist/index.data.json: dist/ is stale, or bench/run.ts packs differently')
}
const sourceCount = (text: string) => (JSON.parse(text) as { shards: unknown[][] }).shards.flat().length

/**
 * `factor` copies of every record; copy 0 keeps the real ids, the others get new ones. Copies keep
 * their sources (equal source objects), so packing still stores each distinct source once: the
 * sources table stays the size of the real one while the records grow `factor` times.
 */
function enlarge(dataset: Dataset, factor: number): Dataset {
  const out: Dataset = { states: [], statusPeriods: [], summits: [], documents: [], participations: [], persons: [], officeholders: [], chairmanships: [] }
  for (let copy = 0; copy < factor; copy++) {
    const summit = (id: string) => (copy === 0 ? id : `${id}-x${copy}`)
    const state = (code: string) => (copy === 0 ? code : `${code}${copy}`)
    const stateOrNull = (code: string | null) => (code === null ? null : state(code))
    for (const s of dataset.states) out.states.push({ ...s, code: state(s.code) })
    for (const p of dataset.statusPeriods)
      out.statusPeriods.push({ ...p, state: state(p.state), decidedAt: p.decidedAt === null ? null : summit(p.decidedAt) })
    for (const s of dataset.summits) out.summits.push({ ...s, id: summit(s.id), host: state(s.host) })
    for (const d of dataset.documents) {
      const slash = d.id.indexOf('/')
      out.documents.push({ ...d, id: `${summit(d.id.slice(0, slash))}${d.id.slice(slash)}`, summit: d.summit === null ? null : summit(d.summit) })
    }
    const person = (id: string) => (copy === 0 ? id : `${id}-x${copy}`)
    for (const p of dataset.participations)
      out.participations.push({ ...p, summit: summit(p.summit), state: stateOrNull(p.state), person: p.person === null ? null : person(p.person) })
    for (const p of dataset.persons) out.persons.push({ ...p, id: person(p.id) })
    for (const t of dataset.officeholders) out.officeholders.push({ ...t, person: person(t.person), appointedAt: t.appointedAt === null ? null : summit(t.appointedAt) })
    for (const c of dataset.chairmanships) out.chairmanships.push({ ...c, state: state(c.state) })
  }
  return out
}

type Strategy = 'json-module' | 'json-string' | 'object-literal' | 'read-file'
const strategyLabels: Record<Strategy, string> = {
  'json-module': "JSON module (current): import with { type: 'json' } / require",
  'json-string': 'JSON string + JSON.parse',
  'object-literal': 'object literal module',
  'read-file': 'readFileSync + JSON.parse at run time',
}
const allStrategies: Strategy[] = ['json-module', 'json-string', 'object-literal', 'read-file']
// A 100 MiB string literal or object literal takes V8 about 15 s per process (previous runs), so
// those two are left out at 100x unless BENCH_100X_ALL=1.
const all100x = Boolean(process.env.BENCH_100X_ALL)
const strategiesFor = (label: string): Strategy[] => (label === '100x' && !all100x ? ['json-module', 'read-file'] : allStrategies)
const dropped100xNote = all100x
  ? ''
  : 'object literal and JSON string are left out at 100x (too slow: about 15 s per process); BENCH_100X_ALL=1 includes them'

// Node's data layout (tsup.config.ts: dataLayout('node')): src/data.ts reads the collections from
// src/generated/collections-node.ts, which loads the one packed file and unpacks it.
const nodeLayoutTs = readFileSync(join(root, 'src', 'generated', 'collections-node.ts'), 'utf8')
const currentImport = "import all from './data/all.json' with { type: 'json' }"
const currentUnpack = 'unpackDataset(all)'
if (!nodeLayoutTs.includes(currentImport) || !nodeLayoutTs.includes(currentUnpack)) {
  throw new Error(`src/generated/collections-node.ts no longer contains "${currentImport}" and "${currentUnpack}": update bench/run.ts`)
}
const typeUnions = `export type SummitId = string\nexport type DocumentId = string\nexport type StateCode = string\n`
const datasetDeclaration = readFileSync(join(root, 'src', 'generated', 'data', 'all.d.json.ts'), 'utf8')

/** The tsup plugin's job: Node's data layout, the data one JSON file beside the build, imported as a JSON module. */
const datasetAsJsonModule: Plugin = {
  name: 'dataset-as-json-module',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/generated\/collections\.js$/ }, (args) => ({ path: join(args.resolveDir, 'generated', 'collections-node.ts') }))
    pluginBuild.onResolve({ filter: /^\.\/data\/all\.json$/ }, () => ({ path: './index.data.json', external: true }))
  },
}

/**
 * Builds a temp copy of src/ with `jsonText` (a packed dataset) as the data (written as
 * generated/dataset.json, with its declaration and `string` id unions, as scripts/generate.ts
 * would), brought in by `strategy`, into ESM and CJS files with tsup's settings. `freeze: false`
 * drops the unpackDataset call (unpack + freeze): the module exports the packed records as loaded.
 */
async function buildVariant(name: string, jsonText: string, strategy: Strategy, freeze = true): Promise<{ esm: string; cjs: string; bytes: number }> {
  const dir = join(work, 'builds', name)
  const src = join(dir, 'src')
  cpSync(join(root, 'src'), src, { recursive: true, filter: (path) => !path.includes(`${join('src', 'generated')}`) })
  mkdirSync(join(src, 'generated', 'data'), { recursive: true })
  writeFileSync(join(src, 'generated', 'ids.ts'), typeUnions)
  writeFileSync(join(src, 'generated', 'data', 'all.json'), jsonText)
  writeFileSync(join(src, 'generated', 'data', 'all.d.json.ts'), datasetDeclaration)
  cpSync(join(root, 'src', 'generated', 'meta.ts'), join(src, 'generated', 'meta.ts'))
  // The built files sit inside the consumer, the data file beside them as in dist/.
  const out = join(consumer, 'builds', name)
  mkdirSync(out, { recursive: true })
  const dataFile = join(out, 'index.data.json')
  let data = nodeLayoutTs
  if (strategy === 'json-string') {
    writeFileSync(join(src, 'generated', 'dataset-string.ts'), `export const datasetJson: string = ${JSON.stringify(jsonText)}\n`)
    data = data.replace(
      currentImport,
      "import type { PackedDataset } from '../packed.js'\nimport { datasetJson } from './dataset-string.js'\nconst all = JSON.parse(datasetJson) as PackedDataset",
    )
  } else if (strategy === 'object-literal') {
    writeFileSync(join(src, 'generated', 'dataset-object.ts'), `export const datasetObject: unknown = ${jsonText}\n`)
    data = data.replace(
      currentImport,
      "import type { PackedDataset } from '../packed.js'\nimport { datasetObject } from './dataset-object.js'\nconst all = datasetObject as PackedDataset",
    )
  } else if (strategy === 'read-file') {
    writeFileSync(dataFile, jsonText)
    data = data.replace(
      currentImport,
      "import { readFileSync } from 'node:fs'\nimport type { PackedDataset } from '../packed.js'\ndeclare const __DATASET_FILE__: string\nconst all = JSON.parse(readFileSync(__DATASET_FILE__, 'utf8')) as PackedDataset",
    )
  } else {
    writeFileSync(dataFile, jsonText)
  }
  if (!freeze) {
    // The collections as the JSON gave them, sources left as positions: no unpack and no freeze.
    data = data.replace(currentUnpack, 'Object.fromEntries(Object.values(all.modules).flatMap((m) => Object.entries(m.records))) as unknown as Dataset')
    data = data.replace("import { unpackDataset } from '../packed.js'", "import type { Dataset } from '../types.js'")
  }
  writeFileSync(join(src, 'generated', 'collections-node.ts'), data)
  const common = {
    entryPoints: [join(src, 'index.ts')],
    bundle: true,
    platform: 'neutral' as const,
    target: 'es2022',
    // As tsup.config.ts: date-fns bundled (resolved from this repository's node_modules), the data
    // kept external as a JSON module with its import attribute.
    nodePaths: [join(root, 'node_modules')],
    external: ['node:*', 'zod'],
    plugins: [datasetAsJsonModule],
    supported: { 'import-attributes': true },
    define: { __DATASET_FILE__: JSON.stringify(dataFile) },
    logLevel: 'error' as const,
  }
  await build({ ...common, format: 'esm', outfile: join(out, 'index.mjs') })
  await build({ ...common, format: 'cjs', outfile: join(out, 'index.cjs') })
  return { esm: join(out, 'index.mjs'), cjs: join(out, 'index.cjs'), bytes: statSync(join(out, 'index.mjs')).size }
}

// ---------------------------------------------------------------- the variants

const sizes = [
  { label: '1x', factor: 1 },
  { label: '10x', factor: 10 },
  { label: '100x', factor: 100 },
] as const
/** Per size: the packed JSON the builds load, and the plain JSON of the same records (for floors). */
const jsonTexts = new Map<string, string>()
const plainTexts = new Map<string, string>()
for (const { label, factor } of sizes) {
  const plain = factor === 1 ? realDataset : enlarge(realDataset, factor)
  const plainText = factor === 1 ? realPlainText : JSON.stringify(plain)
  const packed = factor === 1 ? realPackedText : packedText(plain)
  jsonTexts.set(label, packed)
  plainTexts.set(label, plainText)
  writeFileSync(join(work, `dataset-${label}.packed.json`), packed)
  writeFileSync(join(work, `dataset-${label}.plain.json`), plainText)
}

/**
 * A copy of the installed package with `edits` applied to dist/index.js and dist/index.cjs, installed
 * beside it under `name` and reached by bare specifier the same way: the difference in load time is
 * what the removed code costs.
 */
function patchedPackage(name: string, edits: readonly (readonly [file: string, from: string | RegExp, to: string])[]) {
  const dir = join(consumer, 'node_modules', name)
  cpSync(installed, dir, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, name }))
  for (const [file, from, to] of edits) {
    const path = join(dir, 'dist', file)
    const code = readFileSync(path, 'utf8')
    const found = typeof from === 'string' ? code.includes(from) : new RegExp(from.source).test(code)
    if (!found) throw new Error(`dist/${file} no longer contains "${from}": update bench/run.ts`)
    writeFileSync(path, code.replace(from, to))
  }
}
// Unpacks (records get arrays of the shared source objects) but freezes nothing: every
// Object.freeze call in the built entry (all of them in unpackDataset) becomes a no-op.
patchedPackage('sco-data-unfrozen', [
  ['index.js', /Object\.freeze\(/g, '('],
  ['index.cjs', /Object\.freeze\(/g, '('],
])
// Neither unpacks nor freezes: exports the packed records as the JSON module gave them.
patchedPackage('sco-data-no-unpack', [
  ['index.js', 'var dataset = unpackDataset(all);', 'var dataset = Object.fromEntries(Object.values(all.modules).flatMap((m) => Object.entries(m.records)));'],
  ['index.cjs', 'var dataset = unpackDataset(import_all.default);', 'var dataset = Object.fromEntries(Object.values(import_all.default.modules).flatMap((m) => Object.entries(m.records)));'],
])

const pkgName = 'sco-data (tarball)'
const loadVariants: LoadVariant[] = [
  { group: 'sco-data', name: `${pkgName} ESM import`, probe: 'load.mjs', target: 'sco-data' },
  { group: 'sco-data', name: `${pkgName} CJS require`, probe: 'load.cjs', target: 'sco-data' },
  ...floors('sco-data plain', join(work, 'dataset-1x.plain.json'), true),
  ...floors('sco-data packed', join(work, 'dataset-1x.packed.json'), true),
  { group: 'breakdown', name: `${pkgName} unpack without freeze, ESM import`, probe: 'load.mjs', target: 'sco-data-unfrozen' },
  { group: 'breakdown', name: `${pkgName} unpack without freeze, CJS require`, probe: 'load.cjs', target: 'sco-data-unfrozen' },
  { group: 'breakdown', name: `${pkgName} without unpack or freeze, ESM import`, probe: 'load.mjs', target: 'sco-data-no-unpack' },
  { group: 'breakdown', name: `${pkgName} without unpack or freeze, CJS require`, probe: 'load.cjs', target: 'sco-data-no-unpack' },
  { group: 'world-countries', name: `world-countries@${worldCountriesVersion} ESM import`, probe: 'load.mjs', target: 'world-countries' },
  { group: 'world-countries', name: `world-countries@${worldCountriesVersion} CJS require`, probe: 'load.cjs', target: 'world-countries' },
  ...floors('world-countries plain', worldCountriesJson, true),
]
const builtFiles = new Map<string, { esm: string; cjs: string; bytes: number }>()
progress('building temp copies of src/ with 1x, 10x and 100x data and four embeddings')
for (const { label } of sizes) {
  const builds: [string, Strategy, boolean][] = strategiesFor(label).map((strategy) => [`${label} ${strategy}`, strategy, true])
  if (label === '1x') builds.push(['1x json-module-unfrozen', 'json-module', false])
  for (const [name, strategy, freeze] of builds) {
    const built = await buildVariant(name.replace(' ', '-'), jsonTexts.get(label)!, strategy, freeze)
    builtFiles.set(name, built)
    loadVariants.push(
      { group: name, name: `${name} ESM`, probe: 'load.mjs', target: pathToFileURL(built.esm).href },
      { group: name, name: `${name} CJS`, probe: 'load.cjs', target: built.cjs },
    )
  }
  if (label !== '1x') {
    // At 100x the string-literal floors take as long as a string-literal package (V8 scans a
    // 100 MiB literal slowly), so they are left out there: the JSON-module floors are the fast ones.
    for (const form of ['plain', 'packed'] as const) {
      const sizeFloors = floors(`floors ${label} ${form}`, join(work, `dataset-${label}.${form}.json`))
      loadVariants.push(...(label === '100x' ? sizeFloors.filter((v) => !v.name.startsWith('floor (c)')) : sizeFloors))
    }
  }
}

// ---------------------------------------------------------------- each accessor alone, each collection grown

/**
 * The accessors the size budgets name (.size-limit.json), each bundled alone from the installed
 * tarball as an app bundler would (esbuild, the "browser" condition, so the split data layout, JSON
 * inlined): loading such a bundle is what importing that accessor alone costs. `*` is the whole API.
 */
const accessorImports = (JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')) as { import: string; path: string }[])
  .filter((entry) => entry.path === 'dist/index.browser.js')
  .map((entry) => entry.import)
const accessorBundles = new Map<string, string>()
mkdirSync(join(consumer, 'accessor-bundles'), { recursive: true })
for (const what of accessorImports) {
  const name = what === '*' ? 'whole-api' : what.replace(/[{}\s]/g, '')
  const entry = join(consumer, 'accessor-bundles', `${name}.entry.mjs`)
  writeFileSync(entry, what === '*' ? "export * from 'sco-data'\n" : `export ${what} from 'sco-data'\n`)
  const outfile = join(consumer, 'accessor-bundles', `${name}.mjs`)
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', conditions: ['browser'], minify: true, outfile, logLevel: 'error' })
  accessorBundles.set(what, outfile)
  loadVariants.push({ group: 'accessor alone', name: `import ${what}`, probe: 'load.mjs', target: pathToFileURL(outfile).href })
}

/** `dataset` with one collection's records repeated `factor` times (ids kept: loading does not look them up). */
function growOne(dataset: Dataset, collection: keyof Dataset, factor: number): Dataset {
  const grown = { ...dataset } as unknown as Record<string, unknown[]>
  grown[collection] = Array.from({ length: factor }, () => (dataset[collection] as unknown[]).map((record) => structuredClone(record))).flat()
  return grown as unknown as Dataset
}
const collectionNames = Object.keys(realDataset) as (keyof Dataset)[]
const growthFactors = [10, 100] as const
progress(`building temp copies of src/ with each collection grown ${growthFactors.join(' and ')} times`)
for (const collection of collectionNames) {
  for (const factor of growthFactors) {
    const name = `grown ${collection} ${factor}x`
    const built = await buildVariant(name.replaceAll(' ', '-'), packedText(growOne(realDataset, collection, factor)), 'json-module')
    loadVariants.push({ group: 'growth per collection', name, probe: 'load.mjs', target: pathToFileURL(built.esm).href })
  }
}

// ---------------------------------------------------------------- load: fresh processes, round-robin

const key = (v: LoadVariant) => `${v.group} / ${v.name}`
const processesFor = (v: LoadVariant) => (v.group.startsWith('100x') || v.group.startsWith('floors 100x') ? runs100x : runs)
const loadSamples = new Map<string, number[]>(loadVariants.map((v) => [key(v), []]))
const rounds = Math.max(runs, runs100x)
progress(`load: ${loadVariants.length} variants x ${runs} fresh processes (${runs100x} for 100x data)`)
for (let round = 0; round < rounds; round++) {
  for (const v of loadVariants) if (round < processesFor(v)) loadSamples.get(key(v))!.push(runProbe(v.probe, [v.target]).ms!)
  progress(`load round ${round + 1}/${rounds}`)
}
const loadMedian = (group: string, name: string) => median(loadSamples.get(`${group} / ${name}`)!)
const builtMedian = (build: string, format: 'ESM' | 'CJS') => loadMedian(build, `${build} ${format}`)
for (const v of loadVariants)
  record({ section: 'load', name: key(v), value: loadMedian(v.group, v.name), unit: 'ms', processes: processesFor(v) })

/** The fastest floor of `group`; `byPathOnly` leaves out the package-shaped floor (d). */
function fastestFloor(group: string, byPathOnly = false): { name: string; value: number } {
  const candidates = loadVariants.filter(
    (v) => v.group === group && v.name.startsWith('floor') && !(byPathOnly && v.name.startsWith(packageFloorPrefix)),
  )
  return candidates.map((v) => ({ name: v.name, value: loadMedian(group, v.name) })).reduce((a, b) => (b.value < a.value ? b : a))
}

console.log(`# sco-data benchmark\n\nmachine: ${machineLine}`)
console.log(
  `tarball: ${pack.filename}; every load figure is the median of ${runs} fresh processes (${runs100x} for 100x data), each timing its first import in-process with performance.now()`,
)

section('Load overhead (installed tarball) against floors')
const formatOf = (v: LoadVariant): 'ESM' | 'CJS' => (v.probe === 'load.mjs' ? 'ESM' : 'CJS')
/** Floor (d) of `group` in `format`: the same package shape, nothing but the JSON. */
function packageFloor(group: string, format: 'ESM' | 'CJS'): { name: string; value: number } {
  const floor = loadVariants.find((f) => f.group === group && f.name.startsWith(packageFloorPrefix) && formatOf(f) === format)!
  return { name: floor.name, value: loadMedian(group, floor.name) }
}
const verdict = (ratio: number) => (ratio <= targetRatio ? 'met' : 'NOT met')

interface FloorFamily {
  /** How the family is named in the output: which JSON its floors load. */
  label: string
  group: string
  bytes: number
}

/** Prints every median of `packageGroup` and its floor families, then each package variant's ratios. */
function compareWithFloors(packageGroup: string, families: readonly FloorFamily[]) {
  const packages = loadVariants.filter((v) => v.group === packageGroup)
  const rows = [['variant', 'median']]
  for (const v of packages) rows.push([v.name, ms(loadMedian(v.group, v.name))])
  for (const family of families) {
    const fastest = fastestFloor(family.group)
    console.log(`  floors on ${family.label} (${mb(family.bytes)}): fastest ${fastest.name} (${ms(fastest.value)})`)
    for (const v of loadVariants.filter((v) => v.group === family.group)) rows.push([`[${family.label}] ${v.name}`, ms(loadMedian(v.group, v.name))])
  }
  console.log(table(rows))
  console.log(`\n  ratios (package median / floor median; target <= ${targetRatio}x):`)
  const header = ['package variant']
  for (const family of families) header.push(`fastest ${family.label} floor`, `${family.label} package-shaped ESM`, `${family.label} package-shaped CJS`)
  const ratioRows = [header]
  for (const v of packages) {
    const value = loadMedian(v.group, v.name)
    const row = [v.name]
    for (const family of families) {
      const floors = [
        { kind: 'fastest floor', floor: fastestFloor(family.group) },
        { kind: 'package-shaped ESM floor', floor: packageFloor(family.group, 'ESM') },
        { kind: 'package-shaped CJS floor', floor: packageFloor(family.group, 'CJS') },
      ]
      for (const { kind, floor } of floors) {
        const ratio = value / floor.value
        row.push(`${ratio.toFixed(2)}x ${verdict(ratio)}`)
        record({ section: 'load ratio', name: `${v.name} vs ${family.label} ${kind} (${floor.name})`, value: ratio, unit: 'x', processes: runs })
      }
    }
    ratioRows.push(row)
  }
  console.log(table(ratioRows))
}

const plainFamily = { label: 'plain dataset JSON', group: 'sco-data plain', bytes: Buffer.byteLength(realPlainText) }
const packedFamily = { label: 'packed JSON', group: 'sco-data packed', bytes: Buffer.byteLength(realPackedText) }
console.log(
  `\nsco-data: the plain dataset (dist/data/dataset.json, minified) is ${mb(plainFamily.bytes)}; the packed form the package reads ` +
    `(dist/index.data.json) is ${mb(packedFamily.bytes)} (${((packedFamily.bytes / plainFamily.bytes) * 100).toFixed(0)}%), ${sourceCount(realPackedText)} distinct sources`,
)
compareWithFloors('sco-data', [plainFamily, packedFamily])

console.log('\n  where the time goes (differences of medians, so only roughly additive):')
for (const [format, verb] of [['ESM', 'import'], ['CJS', 'require']] as const) {
  const full = loadMedian('sco-data', `${pkgName} ${format} ${verb}`)
  const noFreeze = loadMedian('breakdown', `${pkgName} unpack without freeze, ${format} ${verb}`)
  const noUnpack = loadMedian('breakdown', `${pkgName} without unpack or freeze, ${format} ${verb}`)
  const packedPackage = packageFloor(packedFamily.group, format).value
  const plainPackage = packageFloor(plainFamily.group, format).value
  const packedFastest = fastestFloor(packedFamily.group).value
  const parts = {
    freeze: full - noFreeze,
    unpack: noFreeze - noUnpack,
    'own code': noUnpack - packedPackage,
    'package resolution': packedPackage - packedFastest,
    'packed instead of plain JSON': packedPackage - plainPackage,
  }
  for (const [part, value] of Object.entries(parts)) record({ section: 'load breakdown', name: `${format} ${part}`, value, unit: 'ms', processes: runs })
  console.log(
    `  ${format}: package ${ms(full)}; unpack without freeze ${ms(noFreeze)}; without unpack or freeze ${ms(noUnpack)}\n` +
      `    freeze (every Object.freeze in unpackDataset) ${ms(parts.freeze)}; unpack (source positions to shared objects) ${ms(parts.unpack)}; ` +
      `unpack + freeze ${ms(full - noUnpack)}\n` +
      `    the package's own code (accessors, bundled date-fns) ${ms(parts['own code'])} (without unpack or freeze - packed package-shaped floor)\n` +
      `    package resolution ${ms(parts['package resolution'])} (packed package-shaped floor - fastest packed floor)\n` +
      `    loading the packed JSON instead of the plain one ${ms(parts['packed instead of plain JSON'])} (packed - plain package-shaped floor)`,
  )
}

console.log(`\nworld-countries@${worldCountriesVersion}: its floors load its own plain JSON`)
compareWithFloors('world-countries', [
  { label: 'world-countries JSON', group: 'world-countries plain', bytes: statSync(worldCountriesJson).size },
])

// ---------------------------------------------------------------- lookups

const lookupInputs = join(work, 'lookup-inputs.json')
writeFileSync(
  lookupInputs,
  JSON.stringify({
    summits: realDataset.summits.map((s) => s.id),
    states: realDataset.states.map((s) => s.code),
    dates: ['1996-04-26', '2001-06-15', '2005-07-05', '2017-06-09', '2023-07-04', '2024-07-04', '2025-09-01', '2026-01-01'],
    texts: ['declaration', 'astana', 'terrorism', 'шос', 'no such words'],
  }),
)
const lookupTargets = [
  { label: '1x (tarball)', target: 'sco-data' },
  { label: '10x', target: pathToFileURL(builtFiles.get('10x json-module')!.esm).href },
  { label: '100x', target: pathToFileURL(builtFiles.get('100x json-module')!.esm).href },
]
const lookupSamples = new Map<string, Map<string, number[]>>(lookupTargets.map((t) => [t.label, new Map()]))
progress(`lookups: ${lookupTargets.length} datasets x ${lookupRuns} fresh processes`)
for (let round = 0; round < lookupRuns; round++) {
  for (const { label, target } of lookupTargets) {
    for (const [operation, rate] of Object.entries(runProbe('lookups.mjs', [target, lookupInputs]))) {
      const samples = lookupSamples.get(label)!
      if (!samples.has(operation)) samples.set(operation, [])
      samples.get(operation)!.push(rate)
    }
  }
  progress(`lookup round ${round + 1}/${lookupRuns}`)
}
const operations = [...lookupSamples.get('1x (tarball)')!.keys()]
const lookupMedian = (label: string, operation: string) => median(lookupSamples.get(label)!.get(operation)!)

section(`Lookups (median over ${lookupRuns} processes of the median of 7 timed batches each)`)
console.log(table([['operation', 'ops/s'], ...operations.map((op) => [op, opsFormat(lookupMedian('1x (tarball)', op))])]))
for (const op of operations) record({ section: 'lookups', name: op, value: lookupMedian('1x (tarball)', op), unit: 'ops/s', processes: lookupRuns })

// ---------------------------------------------------------------- validation

const validationSamples: { load: number[]; first: number[]; warm: number[] } = { load: [], first: [], warm: [] }
progress(`validation: ${runs} fresh processes`)
for (let round = 0; round < runs; round++) {
  const result = runProbe('validate.mjs', [])
  validationSamples.load.push(result.load!)
  validationSamples.first.push(result.first!)
  validationSamples.warm.push(result.warm!)
}
section(`Validation of the whole dataset with DatasetSchema (median of ${runs} fresh processes)`)
console.log(
  table([
    ['measure', 'median'],
    ["import('sco-data/schemas') (loads zod)", ms(median(validationSamples.load))],
    ['first DatasetSchema.safeParse(dataset)', ms(median(validationSamples.first))],
    ['later safeParse (median of 5 per process)', ms(median(validationSamples.warm))],
  ]),
)
record({ section: 'validation', name: 'import sco-data/schemas', value: median(validationSamples.load), unit: 'ms', processes: runs })
record({ section: 'validation', name: 'first safeParse', value: median(validationSamples.first), unit: 'ms', processes: runs })
record({ section: 'validation', name: 'warm safeParse', value: median(validationSamples.warm), unit: 'ms', processes: runs })

// ---------------------------------------------------------------- bundles

section('Browser bundles (esbuild: bundle, minify, platform browser, format esm) of the installed tarball')
const bundleEntries = [
  { name: "import { getSummit } from 'sco-data'", code: "import { getSummit } from 'sco-data'\nconsole.log(getSummit)\n" },
  { name: "import { statusOn } from 'sco-data'", code: "import { statusOn } from 'sco-data'\nconsole.log(statusOn)\n" },
  { name: "import { SummitSchema } from 'sco-data/schemas'", code: "import { SummitSchema } from 'sco-data/schemas'\nconsole.log(SummitSchema)\n" },
]
const bundleRows = [['entry', 'minified', 'min+gzip']]
for (const entry of bundleEntries) {
  const result = buildSync({
    stdin: { contents: entry.code, resolveDir: consumer, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'error',
  })
  const bytes = result.outputFiles[0]!.contents
  const gzipped = gzipSync(bytes, { level: 9 }).length
  bundleRows.push([entry.name, kb(bytes.length), kb(gzipped)])
  record({ section: 'bundle', name: `${entry.name} min+gzip`, value: gzipped, unit: 'bytes' })
}
bundleRows.push([`packed tarball ${pack.filename} (${pack.entryCount} files, ${mb(pack.unpackedSize)} unpacked)`, '', kb(pack.size)])
record({ section: 'bundle', name: 'packed tarball', value: pack.size, unit: 'bytes' })
console.log(table(bundleRows))

// ---------------------------------------------------------------- growth

section(
  'Growth: synthetic data (records cloned with new ids, keeping their sources), packed and built from a temp copy of src/ (JSON module, as shipped), loaded by path',
)
const growthRows = [
  ['data', 'plain JSON', 'packed JSON', 'sources', 'processes', 'ESM load', 'CJS load', 'fastest plain floor', 'fastest packed floor', 'ESM vs plain', 'CJS vs plain', 'ESM vs packed', 'CJS vs packed'],
]
for (const { label } of sizes) {
  const esm = builtMedian(`${label} json-module`, 'ESM')
  const cjs = builtMedian(`${label} json-module`, 'CJS')
  // Floors by path only, as the temp builds are loaded by path.
  const plainFloor = fastestFloor(label === '1x' ? plainFamily.group : `floors ${label} plain`, true)
  const packedFloor = fastestFloor(label === '1x' ? packedFamily.group : `floors ${label} packed`, true)
  const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}x`
  for (const [format, value] of [['ESM', esm], ['CJS', cjs]] as const) {
    record({ section: 'growth ratio', name: `${label} ${format} vs fastest plain floor by path`, value: value / plainFloor.value, unit: 'x', processes: label === '100x' ? runs100x : runs })
    record({ section: 'growth ratio', name: `${label} ${format} vs fastest packed floor by path`, value: value / packedFloor.value, unit: 'x', processes: label === '100x' ? runs100x : runs })
  }
  growthRows.push([
    label,
    mb(Buffer.byteLength(plainTexts.get(label)!)),
    mb(Buffer.byteLength(jsonTexts.get(label)!)),
    String(sourceCount(jsonTexts.get(label)!)),
    String(label === '100x' ? runs100x : runs),
    ms(esm),
    ms(cjs),
    `${ms(plainFloor.value)} (${plainFloor.name.slice(6, 9)})`,
    `${ms(packedFloor.value)} (${packedFloor.name.slice(6, 9)})`,
    ratio(esm, plainFloor.value),
    ratio(cjs, plainFloor.value),
    ratio(esm, packedFloor.value),
    ratio(cjs, packedFloor.value),
  ])
}
console.log(table(growthRows))
console.log('\nlookups (ops/s) by data size: indexed lookups should stay flat, full scans grow with the data')
console.log(
  table([
    ['operation', ...lookupTargets.map((t) => t.label), '100x / 1x'],
    ...operations.map((op) => [
      op,
      ...lookupTargets.map((t) => opsFormat(lookupMedian(t.label, op))),
      (lookupMedian('100x', op) / lookupMedian('1x (tarball)', op)).toFixed(2),
    ]),
  ]),
)
for (const t of lookupTargets.slice(1))
  for (const op of operations) record({ section: `lookups ${t.label}`, name: op, value: lookupMedian(t.label, op), unit: 'ops/s', processes: lookupRuns })

// ---------------------------------------------------------------- embedding strategies

section('Embedding strategies for the packed dataset (temp builds of src/, same data, fresh processes)')
for (const label of ['1x', '10x', '100x']) {
  const strategies = strategiesFor(label)
  const rows = [['strategy', 'built ESM file (+ JSON file)', 'ESM load', 'CJS load']]
  const dataBytes = Buffer.byteLength(jsonTexts.get(label)!)
  for (const strategy of strategies) {
    const build = `${label} ${strategy}`
    const external = strategy === 'json-module' || strategy === 'read-file' ? ` + ${kb(dataBytes)}` : ''
    rows.push([strategyLabels[strategy], `${kb(builtFiles.get(build)!.bytes)}${external}`, ms(builtMedian(build, 'ESM')), ms(builtMedian(build, 'CJS'))])
  }
  if (label === '1x') {
    const build = '1x json-module-unfrozen'
    rows.push(['JSON module without unpack + freeze (for their cost)', `${kb(builtFiles.get(build)!.bytes)} + ${kb(dataBytes)}`, ms(builtMedian(build, 'ESM')), ms(builtMedian(build, 'CJS'))])
  }
  const byEsm = [...strategies].sort((a, b) => builtMedian(`${label} ${a}`, 'ESM') - builtMedian(`${label} ${b}`, 'ESM'))
  const byCjs = [...strategies].sort((a, b) => builtMedian(`${label} ${a}`, 'CJS') - builtMedian(`${label} ${b}`, 'CJS'))
  console.log(`\n${label} data (${mb(dataBytes)} of packed JSON; ${mb(Buffer.byteLength(plainTexts.get(label)!))} plain):`)
  console.log(table(rows))
  console.log(`  fastest: ESM ${strategyLabels[byEsm[0]!]}; CJS ${strategyLabels[byCjs[0]!]}`)
  if (label === '100x' && dropped100xNote) console.log(`  note: ${dropped100xNote}`)
}

section('Each accessor alone: an app bundle of just that accessor (esbuild, browser build), loaded in Node')
{
  const whole = loadMedian('accessor alone', 'import *')
  const rows = [['import', 'bundle, min', 'bundle, min+gzip', 'load (median)', 'vs whole API']]
  for (const what of accessorImports) {
    const code = readFileSync(accessorBundles.get(what)!)
    const value = loadMedian('accessor alone', `import ${what}`)
    rows.push([what, kb(code.length), kb(gzipSync(code).length), ms(value), `${(value / whole).toFixed(2)}x`])
    record({ section: 'accessor alone', name: `import ${what}`, value, unit: 'ms', processes: runs })
  }
  console.log(table(rows))
  console.log(`  Node without a bundler loads the whole entry whatever it imports: ${ms(loadMedian('sco-data', `${pkgName} ESM import`))} (ESM).`)
}

section('Growth per collection: one collection repeated 10 and 100 times, the rest as shipped (temp builds, JSON module, ESM)')
{
  const base = builtMedian('1x json-module', 'ESM')
  const rows = [['collection', 'records (1x)', '1x', '10x', '100x', '100x / 1x']]
  for (const collection of collectionNames) {
    const at = (factor: number) => loadMedian('growth per collection', `grown ${collection} ${factor}x`)
    rows.push([collection, String((realDataset[collection] as unknown[]).length), ms(base), ms(at(10)), ms(at(100)), `${(at(100) / base).toFixed(1)}x`])
  }
  console.log(table(rows))
}

if (process.env.BENCH_JSON) {
  writeFileSync(resolve(process.env.BENCH_JSON), `${JSON.stringify({ machine, runs, figures }, null, 2)}\n`)
  progress(`wrote ${process.env.BENCH_JSON}`)
}
