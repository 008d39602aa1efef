/**
 * `npm run bench`: what loading and using the package costs, against the package as users get it
 * (npm pack of the current dist/, unpacked into a temp consumer: bench/consumer.ts). One run
 * measures, in fresh Node processes, round-robin (bench/measure.ts):
 *
 * - Node's ESM import and CJS require of the main entry against floors, the same JSON loaded the
 *   plainest ways (bench/floors.ts), as ratios within the run; where the time goes (a build without
 *   freeze: bench/variants.ts); world-countries against its own floors;
 * - each budgeted import bundled alone as an app would (bench/bundles.ts): sizes and load in Node;
 * - growth: the whole dataset 10x and 100x (bench/synthetic.ts), and each collection alone 10x and
 *   100x, beside the shipped Node entry; lookups at each size; validation with the schemas.
 *
 * Load figures are given on two clocks, wall-clock and CPU time (bench/measure.ts: Clock): on a
 * machine shared with other work, the CPU-time ratios are the steady ones. This file only
 * orchestrates; bench/report.ts prints. Nothing is written into the repository.
 *
 * Environment: BENCH_RUNS (processes per load figure, default 15), BENCH_RUNS_100X (the same for
 * the whole dataset at 100x), BENCH_LOOKUP_RUNS (processes for lookups), BENCH_BATCH_MS (minimum
 * lookup batch, default 20), BENCH_JSON=<file> (also write every figure as JSON), BENCH_KEEP=1
 * (keep the temp directory).
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { appBundles, bundleName } from './bundles.js'
import { setUpConsumer } from './consumer.js'
import { floors } from './floors.js'
import { machineLine, mb, ms, progress, section, writeFigures } from './format.js'
import { bothFormats, clockLabel, clocks, measureLoads, medianPerKey, roundRobin, runProbe, type LoadVariant } from './measure.js'
import * as report from './report.js'
import { enlarge, growOne, packedText, sourceCount, type Collection, type Dataset } from './synthetic.js'
import { staleShippedFiles, unfrozenPackage, withData } from './variants.js'

const root = resolve(import.meta.dirname, '..')
const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name}: expected a positive integer, got ${process.env[name]}`)
  return value
}
const runs = setting('BENCH_RUNS', 15)
// A process loading the whole dataset at 100x takes about a second: BENCH_RUNS_100X=3 is a quicker run.
const runs100x = setting('BENCH_RUNS_100X', runs)
const lookupRuns = setting('BENCH_LOOKUP_RUNS', runs)

// ---------------------------------------------------------------- the package, and the data it ships

const consumer = setUpConsumer(root)
const shippedPlain = JSON.stringify(JSON.parse(readFileSync(join(consumer.installed, 'dist', 'data', 'dataset.json'), 'utf8')))
const shippedPacked = readFileSync(join(consumer.installed, 'dist', 'index.data.json'), 'utf8')
const realDataset = JSON.parse(shippedPlain) as Dataset
if (packedText(realDataset) !== shippedPacked) {
  throw new Error('packDataset(dist/data/dataset.json) differs from dist/index.data.json: dist/ is stale, or bench/synthetic.ts packs differently')
}
progress('checking that tsup.config.ts builds the shipped Node entry from src/')
const stale = await staleShippedFiles(root, consumer)
const staleNote = stale.length === 0 ? '' : `dist/${stale.join(', dist/')} differ from a build of src/ now (run npm run build): the build without freeze is of other code`
if (staleNote) progress(`warning: ${staleNote}`)

/** Writes `text` into the temp directory and returns its path: the floors read data from files. */
const dataFile = (name: string, text: string) => {
  mkdirSync(join(consumer.work, 'data'), { recursive: true })
  writeFileSync(join(consumer.work, 'data', name), text)
  return join(consumer.work, 'data', name)
}

// ---------------------------------------------------------------- the installed package against its floors

const shipped = 'sco-data (tarball)'
const unfrozen = 'sco-data built without freeze'
const plainFamily = { label: 'plain dataset JSON', group: 'sco-data plain', bytes: Buffer.byteLength(shippedPlain) }
const packedFamily = { label: 'packed JSON', group: 'sco-data packed', bytes: Buffer.byteLength(shippedPacked) }
const worldCountries = `world-countries@${consumer.worldCountries.version}`
const worldCountriesFamily = { label: 'world-countries JSON', group: 'world-countries plain', bytes: statSync(consumer.worldCountries.json).size }
progress('building the package without freeze from tsup.config.ts')
const unfrozenName = await unfrozenPackage(root, consumer)
const variants: LoadVariant[] = [
  ...bothFormats(shipped, 'sco-data', 'sco-data', runs),
  ...floors(consumer.dir, plainFamily.group, dataFile('1x.plain.json', shippedPlain), runs, { packageShaped: true }),
  ...floors(consumer.dir, packedFamily.group, dataFile('1x.packed.json', shippedPacked), runs, { packageShaped: true }),
  ...bothFormats(unfrozen, unfrozenName, unfrozenName, runs),
  ...bothFormats(worldCountries, 'world-countries', 'world-countries', runs),
  ...floors(consumer.dir, worldCountriesFamily.group, consumer.worldCountries.json, runs, { packageShaped: true }),
]
const splitLayout = 'dist/index.browser.js by path'
const splitModules = readdirSync(join(consumer.installed, 'dist', 'modules')).length
variants.push({ group: splitLayout, name: 'ESM', probe: 'load.mjs', target: pathToFileURL(join(consumer.installed, 'dist', 'index.browser.js')).href, runs })

// ---------------------------------------------------------------- each budgeted import bundled alone

progress('bundling each import .size-limit.json budgets')
const bundles = await appBundles(root, consumer.dir)
const accessorGroup = 'accessor alone'
for (const b of bundles.filter((b) => b.specifier === 'sco-data')) {
  variants.push({ group: accessorGroup, name: bundleName(b), probe: 'load.mjs', target: b.url, runs })
}

// ---------------------------------------------------------------- growth: the whole dataset, and each collection alone

progress('enlarging and packing the data: 10x and 100x, and each collection alone')
const sizes: report.Size[] = []
/** What the lookups run on at each size: the tarball itself at 1x. */
const lookupTargets: { label: string; target: string }[] = []
for (const factor of [1, 10, 100]) {
  const label = `${factor}x`
  const plain = factor === 1 ? shippedPlain : JSON.stringify(enlarge(realDataset, factor))
  const packed = factor === 1 ? shippedPacked : packedText(JSON.parse(plain) as Dataset)
  const sizeRuns = factor === 100 ? runs100x : runs
  const built = withData(consumer, label, packed)
  const size = {
    label,
    group: `whole dataset ${label}`,
    plainBytes: Buffer.byteLength(plain),
    packedBytes: Buffer.byteLength(packed),
    sources: sourceCount(packed),
    runs: sizeRuns,
    plainFloors: factor === 1 ? plainFamily.group : `floors ${label} plain`,
    packedFloors: factor === 1 ? packedFamily.group : `floors ${label} packed`,
  }
  sizes.push(size)
  lookupTargets.push(factor === 1 ? { label: '1x (tarball)', target: 'sco-data' } : { label, target: built.esm })
  variants.push(...bothFormats(size.group, built.esm, built.cjs, sizeRuns))
  if (factor !== 1) {
    // At 100x V8 scans a string literal as slowly as a package holding one: floor (c) is no floor there.
    const options = { withoutLiteral: factor === 100 }
    variants.push(...floors(consumer.dir, size.plainFloors, dataFile(`${label}.plain.json`, plain), sizeRuns, options))
    variants.push(...floors(consumer.dir, size.packedFloors, dataFile(`${label}.packed.json`, packed), sizeRuns, options))
  }
}
const growthFactors = [10, 100]
const collections = (Object.keys(realDataset) as Collection[]).map((name) => ({ name, records: realDataset[name].length, group: `grown ${name}` }))
for (const c of collections) {
  for (const factor of growthFactors) {
    const built = withData(consumer, `${c.name}-${factor}x`, packedText(growOne(realDataset, c.name, factor)))
    variants.push(...bothFormats(`${c.group} ${factor}x`, built.esm, built.cjs, runs))
  }
}

// ---------------------------------------------------------------- measure

const loads = measureLoads(consumer.dir, variants)

const lookupInputs = dataFile(
  'lookup-inputs.json',
  JSON.stringify({
    summits: realDataset.summits.map((s) => s.id),
    states: realDataset.states.map((s) => s.code),
    dates: ['1996-04-26', '2001-06-15', '2005-07-05', '2017-06-09', '2023-07-04', '2024-07-04', '2025-09-01', '2026-01-01'],
    texts: ['declaration', 'astana', 'terrorism', 'шос', 'no such words'],
  }),
)
const lookupSamples = roundRobin(
  'lookups',
  lookupTargets.map((t) => ({ key: t.label, runs: lookupRuns, run: () => runProbe(consumer.dir, 'lookups.mjs', [t.target, lookupInputs]) })),
)
const validation = medianPerKey(roundRobin('validation', [{ key: 'validate', runs, run: () => runProbe(consumer.dir, 'validate.mjs', []) }]).get('validate')!)

// ---------------------------------------------------------------- report

console.log(`# sco-data benchmark\n\nmachine: ${machineLine}`)
console.log(
  `tarball: ${consumer.tarball.filename}; every load figure is the median of ${runs} fresh processes (${runs100x} for the whole dataset at 100x), ` +
    'each timing its first import in-process (wall-clock and CPU); ratios compare figures of this run only',
)

for (const clock of clocks) {
  const view = loads.by(clock)
  section(`Load of the installed tarball against floors (the same JSON loaded the plainest ways), ${clockLabel[clock]}`)
  console.log(
    `sco-data: the plain dataset (dist/data/dataset.json, minified) is ${mb(plainFamily.bytes)}; the packed form the package reads ` +
      `(dist/index.data.json) is ${mb(packedFamily.bytes)}, ${sourceCount(shippedPacked)} distinct sources`,
  )
  report.printAgainstFloors(view, shipped, [plainFamily, packedFamily])
  report.printBreakdown(view, { shipped, unfrozen }, plainFamily, packedFamily)
  if (staleNote) console.log(`  warning: ${staleNote}`)
  report.printLayouts(view, 'whole dataset 1x', splitLayout, splitModules)
  console.log(`\n${worldCountries}: its floors load its own plain JSON`)
  report.printAgainstFloors(view, worldCountries, [worldCountriesFamily])

  section(`Growth: the whole dataset enlarged (records cloned with new ids, keeping their sources), beside the shipped Node entry, by path, ${clockLabel[clock]}`)
  report.printGrowth(view, sizes)

  section(`Growth per collection: one collection repeated 10 and 100 times, the rest as shipped, beside the shipped Node entry, by path, ${clockLabel[clock]}`)
  report.printGrowthPerCollection(view, 'whole dataset 1x', collections, growthFactors)
}

section('Each budgeted import bundled alone (esbuild, platform browser, minified; gzip -9), and the bundle loaded in Node')
report.printBundles(loads, bundles, accessorGroup, consumer.tarball)
console.log(
  `  Node without a bundler loads the whole entry whatever it imports: ${ms(loads.median(shipped, 'ESM'))} wall-clock, ` +
    `${ms(loads.by('cpu').median(shipped, 'ESM'))} CPU (ESM).`,
)

report.printLookups(new Map([...lookupSamples].map(([label, samples]) => [label, medianPerKey(samples)])), lookupRuns)
report.printValidation(validation, runs)

if (process.env.BENCH_JSON) writeFigures(process.env.BENCH_JSON, runs)
