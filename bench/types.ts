/**
 * `npm run bench:types`: what a TypeScript user's compiler pays for sco-data, as counts from
 * `tsc --extendedDiagnostics` (bench/type-cost.ts) on the package as users get it (npm pack of the
 * current dist/, bench/consumer.ts), beside a project with no imports and one using zod alone; and
 * the size of the main entry's declaration files. The figures in docs/performance.md come from here.
 */
import { join, resolve } from 'node:path'
import { setUpConsumer } from './consumer.js'
import { mainDeclarationBytes, noImports, typeCost, usesTwoAccessors, usesZodOnly, type ProjectOptions } from './type-cost.js'

const root = resolve(import.meta.dirname, '..')
const tsc = join(root, 'node_modules', '.bin', 'tsc')
const consumer = setUpConsumer(root)

const settings: [string, ProjectOptions][] = [
  ['nodenext, skipLibCheck', { resolution: 'nodenext', skipLibCheck: true }],
  ['nodenext, full lib check', { resolution: 'nodenext', skipLibCheck: false }],
  ['bundler, skipLibCheck', { resolution: 'bundler', skipLibCheck: true }],
  ['bundler, full lib check', { resolution: 'bundler', skipLibCheck: false }],
]
const projects: [string, string][] = [
  ['no imports', noImports],
  ['zod only (`z.object`, `parse`)', usesZodOnly],
  ['sco-data (`getSummit`, `participantsOf`, two fields)', usesTwoAccessors],
]
console.log('| project | settings | types | instantiations | memory |')
console.log('| --- | --- | ---: | ---: | ---: |')
for (const [setting, options] of settings) {
  for (const [name, code] of projects) {
    const cost = typeCost(tsc, consumer.dir, name.replace(/\W+/g, '-'), code, options)
    console.log(`| ${name} | ${setting} | ${cost.types.toLocaleString('en')} | ${cost.instantiations.toLocaleString('en')} | ${Math.round(cost.memoryKb / 1024)} MB |`)
  }
}
const dist = join(consumer.installed, 'dist')
console.log(`\nMain entry declarations: index.d.ts and its imports ${(mainDeclarationBytes(dist, 'index.d.ts') / 1000).toFixed(1)} kB; index.d.cts and its imports ${(mainDeclarationBytes(dist, 'index.d.cts') / 1000).toFixed(1)} kB`)
