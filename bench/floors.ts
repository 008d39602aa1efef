/**
 * The floors: the same JSON a package loads, brought into a process the cheapest plain ways, so a
 * package's load is judged as a ratio to what loading its data alone costs on the same machine in
 * the same run. (a) a module importing the JSON file `with { type: 'json' }`, (b) a module that
 * `require`s it, (c) `JSON.parse` of one string literal holding it (ESM and CJS), loaded by path;
 * and (d), package-shaped: a tiny package in the consumer's node_modules reached by bare specifier
 * through an exports map, as sco-data is, that imports or requires the same file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatOf, type LoadVariant, type Loads } from './measure.js'

export const packageFloorPrefix = 'floor (d) package'

/** A JS string literal of `text` in ASCII, as esbuild (and so tsup) emits one. */
const asciiLiteral = (text: string) =>
  JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

export interface FloorOptions {
  /** Also floor (d), the package-shaped one. */
  packageShaped?: boolean
  /** Leave out floor (c): V8 scans a 100 MiB string literal so slowly that it is no floor there. */
  withoutLiteral?: boolean
}

/** Writes the floor modules for `jsonFile` into the consumer and returns their load variants. */
export function floors(consumer: string, group: string, jsonFile: string, runs: number, options: FloorOptions = {}): LoadVariant[] {
  const dir = join(consumer, 'floors', group.replace(/[^a-z0-9]+/gi, '-'))
  mkdirSync(dir, { recursive: true })
  const json = JSON.stringify(jsonFile)
  writeFileSync(join(dir, 'json-module.mjs'), `import data from ${json} with { type: 'json' }\nexport default data\n`)
  writeFileSync(join(dir, 'require.cjs'), `module.exports = require(${json})\n`)
  const variants: LoadVariant[] = [
    { group, name: "floor (a) import JSON with { type: 'json' }", probe: 'load.mjs', target: pathToFileURL(join(dir, 'json-module.mjs')).href, runs },
    { group, name: 'floor (b) require JSON', probe: 'load.cjs', target: join(dir, 'require.cjs'), runs },
  ]
  if (!options.withoutLiteral) {
    const literal = asciiLiteral(readFileSync(jsonFile, 'utf8'))
    writeFileSync(join(dir, 'parse.mjs'), `export default JSON.parse(${literal})\n`)
    writeFileSync(join(dir, 'parse.cjs'), `module.exports = JSON.parse(${literal})\n`)
    variants.push(
      { group, name: 'floor (c) JSON.parse(literal), ESM', probe: 'load.mjs', target: pathToFileURL(join(dir, 'parse.mjs')).href, runs },
      { group, name: 'floor (c) JSON.parse(literal), CJS', probe: 'load.cjs', target: join(dir, 'parse.cjs'), runs },
    )
  }
  if (options.packageShaped) {
    const name = `bench-floor-${group.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
    const pkg = join(consumer, 'node_modules', name)
    mkdirSync(pkg, { recursive: true })
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name, version: '0.0.0', type: 'module', exports: { '.': { import: './index.js', require: './index.cjs' } } }),
    )
    writeFileSync(join(pkg, 'data.json'), readFileSync(jsonFile))
    writeFileSync(join(pkg, 'index.js'), `import data from './data.json' with { type: 'json' }\nexport default data\n`)
    writeFileSync(join(pkg, 'index.cjs'), `module.exports = require('./data.json')\n`)
    variants.push(
      { group, name: `${packageFloorPrefix} ${name} (bare specifier), ESM: JSON module`, probe: 'load.mjs', target: name, runs },
      { group, name: `${packageFloorPrefix} ${name} (bare specifier), CJS: require`, probe: 'load.cjs', target: name, runs },
    )
  }
  return variants
}

export interface Floor {
  name: string
  value: number
}

/** The fastest floor of `group`; `byPathOnly` leaves out the package-shaped floor (d). */
export function fastestFloor(loads: Loads, group: string, byPathOnly = false): Floor {
  return loads.variants
    .filter((v) => v.group === group && v.name.startsWith('floor') && !(byPathOnly && v.name.startsWith(packageFloorPrefix)))
    .map((v) => ({ name: v.name, value: loads.median(group, v.name) }))
    .reduce((a, b) => (b.value < a.value ? b : a))
}

/** Floor (d) of `group` in `format`: the same package shape, holding nothing but the JSON. */
export function packageFloor(loads: Loads, group: string, format: 'ESM' | 'CJS'): Floor {
  const floor = loads.variants.find((v) => v.group === group && v.name.startsWith(packageFloorPrefix) && formatOf(v) === format)
  if (!floor) throw new Error(`no package-shaped floor in group "${group}"`)
  return { name: floor.name, value: loads.median(group, floor.name) }
}
