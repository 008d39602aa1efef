/**
 * The sections of the bench's report, each printed from figures measured in the same run: ratios
 * to floors measured beside them are what count on a busy machine, more than any one time.
 */
import { bundleName, type AppBundle } from './bundles.js'
import { fastestFloor, packageFloor, type Floor } from './floors.js'
import { kb, mb, ms, opsFormat, ratio, record, section, table, type Figure } from './format.js'
import type { Loads } from './measure.js'

/** At most this times the plain-JSON floor (issue 14). */
const targetRatio = 1.15
const verdict = (value: number) => (value <= targetRatio ? 'met' : 'NOT met')
const formats = ['ESM', 'CJS'] as const

/** Records a load figure under its section and clock. */
const recordOn = (loads: Loads, figure: Figure) => record({ ...figure, section: `${figure.section} (${loads.clock})` })

/** The floors on one JSON file: how they are named, their group of load variants, the file's size. */
export interface FloorFamily {
  label: string
  group: string
  bytes: number
}

/** A package's ESM and CJS medians against its floors: every median, then the ratios. */
export function printAgainstFloors(loads: Loads, packageGroup: string, families: readonly FloorFamily[]) {
  const rows = [['variant', 'median']]
  for (const format of formats) rows.push([`${packageGroup} ${format}`, ms(loads.median(packageGroup, format))])
  for (const family of families) {
    const fastest = fastestFloor(loads, family.group)
    console.log(`  floors on ${family.label} (${mb(family.bytes)}): fastest ${fastest.name} (${ms(fastest.value)})`)
    for (const v of loads.variants.filter((v) => v.group === family.group)) rows.push([`[${family.label}] ${v.name}`, ms(loads.median(v.group, v.name))])
  }
  console.log(table(rows))
  console.log(`\n  ratios (package median / floor median, same run; target <= ${targetRatio}x):`)
  const header = ['package']
  for (const family of families) header.push(`fastest ${family.label} floor`, `${family.label} package-shaped ESM`, `${family.label} package-shaped CJS`)
  const ratioRows = [header]
  for (const format of formats) {
    const value = loads.median(packageGroup, format)
    const row = [`${packageGroup} ${format}`]
    for (const family of families) {
      const floors: [string, Floor][] = [
        ['fastest floor', fastestFloor(loads, family.group)],
        ['package-shaped ESM floor', packageFloor(loads, family.group, 'ESM')],
        ['package-shaped CJS floor', packageFloor(loads, family.group, 'CJS')],
      ]
      for (const [kind, floor] of floors) {
        row.push(`${ratio(value, floor.value)} ${verdict(value / floor.value)}`)
        recordOn(loads, { section: 'load ratio', name: `${packageGroup} ${format} vs ${family.label} ${kind} (${floor.name})`, value: value / floor.value, unit: 'x' })
      }
    }
    ratioRows.push(row)
  }
  console.log(table(ratioRows))
}

/** Where the package's load time goes, as differences of medians (so only roughly additive). */
export function printBreakdown(loads: Loads, groups: { shipped: string; unfrozen: string }, plain: FloorFamily, packed: FloorFamily) {
  console.log('\n  where the time goes (differences of medians, so only roughly additive):')
  for (const format of formats) {
    const full = loads.median(groups.shipped, format)
    const unfrozen = loads.median(groups.unfrozen, format)
    const packedPackage = packageFloor(loads, packed.group, format).value
    const parts = {
      'freeze (every Object.freeze made a no-op)': full - unfrozen,
      "unpack and the package's own code (accessors, bundled date-fns)": unfrozen - packedPackage,
      'package resolution (packed package-shaped floor - fastest packed floor)': packedPackage - fastestFloor(loads, packed.group).value,
      'packed instead of plain JSON (packed - plain package-shaped floor)': packedPackage - packageFloor(loads, plain.group, format).value,
    }
    console.log(`  ${format}: package ${ms(full)}; built without freeze ${ms(unfrozen)}`)
    for (const [part, value] of Object.entries(parts)) {
      console.log(`    ${part}: ${ms(value)}`)
      recordOn(loads, { section: 'load breakdown', name: `${format} ${part}`, value, unit: 'ms' })
    }
  }
}

/** Node's data layout (one file) against the bundlers' (one module per collection and shard), both by path. */
export function printLayouts(loads: Loads, nodeLayout: string, splitLayout: string, modules: number) {
  const one = loads.median(nodeLayout, 'ESM')
  const split = loads.median(splitLayout, 'ESM')
  console.log(
    `\n  data layouts in Node, ESM, by path: one file (dist/index.js) ${ms(one)}; ` +
      `one module per collection and shard (dist/index.browser.js, ${modules} JSON modules) ${ms(split)}: ${ratio(split, one)}`,
  )
  recordOn(loads, { section: 'layouts', name: 'split layout / one file, ESM by path', value: split / one, unit: 'x' })
}

/** Each budgeted import bundled alone: sizes, and the time to load the bundle in Node on both clocks. */
export function printBundles(loads: Loads, bundles: readonly AppBundle[], group: string, tarball: { filename: string; size: number; entryCount: number; unpackedSize: number }) {
  const whole = bundleName(bundles.find((b) => b.import === '*' && b.specifier === 'sco-data')!)
  const views = [loads.by('wall'), loads.by('cpu')]
  const rows = [['import', 'minified', 'min+gzip', ...views.flatMap((v) => [`load in Node, ${v.clock}`, `vs whole API, ${v.clock}`])]]
  for (const b of bundles) {
    const name = bundleName(b)
    const loaded = loads.variants.some((v) => v.group === group && v.name === name)
    const cells = views.flatMap((view) => {
      if (!loaded) return ['', '']
      const value = view.median(group, name)
      recordOn(view, { section: 'accessor alone', name, value, unit: 'ms' })
      return [ms(value), ratio(value, view.median(group, whole))]
    })
    rows.push([name, kb(b.minified), kb(b.gzipped), ...cells])
    record({ section: 'bundle', name: `${name} min+gzip`, value: b.gzipped, unit: 'bytes' })
  }
  rows.push([`tarball ${tarball.filename} (${tarball.entryCount} files, ${mb(tarball.unpackedSize)} unpacked)`, '', kb(tarball.size), '', '', '', ''])
  record({ section: 'bundle', name: 'packed tarball', value: tarball.size, unit: 'bytes' })
  console.log(table(rows))
}

/** One data size: its build's group, its floors' groups and what the data weighs. */
export interface Size {
  label: string
  group: string
  plainFloors: string
  packedFloors: string
  plainBytes: number
  packedBytes: number
  sources: number
  runs: number
}

/** The whole dataset at each size, against the fastest by-path floors on the same data. */
export function printGrowth(loads: Loads, sizes: readonly Size[]) {
  const rows = [['data', 'plain JSON', 'packed JSON', 'sources', 'processes', 'ESM', 'CJS', 'fastest plain floor', 'fastest packed floor', 'vs plain ESM / CJS', 'vs packed ESM / CJS']]
  for (const size of sizes) {
    const [esm, cjs] = formats.map((format) => loads.median(size.group, format)) as [number, number]
    const plain = fastestFloor(loads, size.plainFloors, true)
    const packed = fastestFloor(loads, size.packedFloors, true)
    for (const [format, value] of [['ESM', esm], ['CJS', cjs]] as const) {
      recordOn(loads, { section: 'growth', name: `${size.label} ${format}`, value, unit: 'ms', processes: size.runs })
      recordOn(loads, { section: 'growth ratio', name: `${size.label} ${format} vs fastest plain floor by path`, value: value / plain.value, unit: 'x', processes: size.runs })
    }
    const floorCell = (floor: Floor) => `${ms(floor.value)} ${floor.name.slice('floor '.length, 'floor (a)'.length)}`
    rows.push([
      size.label, mb(size.plainBytes), mb(size.packedBytes), String(size.sources), String(size.runs), ms(esm), ms(cjs),
      floorCell(plain), floorCell(packed), `${ratio(esm, plain.value)} / ${ratio(cjs, plain.value)}`, `${ratio(esm, packed.value)} / ${ratio(cjs, packed.value)}`,
    ])
  }
  console.log(table(rows))
}

/** One collection grown 10 and 100 times (groups `<group> <factor>x`), the rest as shipped, against the real data (`base`). */
export function printGrowthPerCollection(loads: Loads, base: string, collections: readonly { name: string; records: number; group: string }[], factors: readonly number[]) {
  const header = ['collection', 'records (1x)']
  for (const format of formats) header.push(`${format} 1x`, ...factors.map((f) => `${format} ${f}x`))
  const rows = [header]
  for (const c of collections) {
    const row = [c.name, String(c.records)]
    for (const format of formats) {
      row.push(ms(loads.median(base, format)))
      for (const factor of factors) {
        const value = loads.median(`${c.group} ${factor}x`, format)
        row.push(ms(value))
        recordOn(loads, { section: 'growth per collection', name: `${c.name} ${factor}x ${format}`, value, unit: 'ms' })
      }
    }
    rows.push(row)
  }
  console.log(table(rows))
}

/** Operations per second at each data size (labels in order, the first the real data). */
export function printLookups(lookups: ReadonlyMap<string, Record<string, number>>, runs: number) {
  const labels = [...lookups.keys()]
  const [first, last] = [labels[0]!, labels.at(-1)!]
  const operations = Object.keys(lookups.get(first)!)
  section(`Lookups (median over ${runs} processes of the median of 7 timed batches each)`)
  console.log('  indexed lookups should stay flat as the data grows; full scans grow with it')
  console.log(
    table([
      ['operation', ...labels, `${last} / ${first}`],
      ...operations.map((op) => [op, ...labels.map((label) => opsFormat(lookups.get(label)![op]!)), (lookups.get(last)![op]! / lookups.get(first)![op]!).toFixed(2)]),
    ]),
  )
  for (const label of labels) for (const op of operations) record({ section: `lookups ${label}`, name: op, value: lookups.get(label)![op]!, unit: 'ops/s', processes: runs })
}

export function printValidation(medians: Record<string, number>, runs: number) {
  section(`Validation of the whole dataset with DatasetSchema (median of ${runs} fresh processes)`)
  const measures = {
    load: "import('sco-data/schemas') (loads zod)",
    first: 'first DatasetSchema.safeParse(dataset)',
    warm: 'later safeParse (median of 5 per process)',
  }
  console.log(table([['measure', 'median'], ...Object.entries(measures).map(([key, label]) => [label, ms(medians[key]!)])]))
  for (const [key, label] of Object.entries(measures)) record({ section: 'validation', name: label, value: medians[key]!, unit: 'ms', processes: runs })
}
