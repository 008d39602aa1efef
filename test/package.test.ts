/**
 * The package as users get it: packed with `npm pack`, installed from the tarball into a fresh
 * consumer, then imported from ESM and CommonJS and type-checked under `nodenext` and `bundler`.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mainDeclarationBytes, noImports, typeCost, usesTwoAccessors, type Resolution } from '../bench/type-cost.js'

const root = join(import.meta.dirname, '..')
const tsc = join(root, 'node_modules', '.bin', 'tsc')
let consumer: string

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'sco-data-consumer-'))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string }[]
  const filename = packed[0]!.filename
  cpSync(join(root, 'test', 'fixtures', 'consumer'), consumer, { recursive: true })
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(consumer, filename)], {
    cwd: consumer,
    encoding: 'utf8',
  })
})

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true })
})

describe('the packed package', () => {
  it('imports from ESM', () => {
    expect(execFileSync('node', ['esm.mjs'], { cwd: consumer, encoding: 'utf8' })).toBe('esm ok\n')
  })

  it('requires from CommonJS', () => {
    expect(execFileSync('node', ['cjs.cjs'], { cwd: consumer, encoding: 'utf8' })).toBe('cjs ok\n')
  })

  it.each([
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks a consumer under %s resolution', (_, options) => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['consumer.ts'],
      }),
    )
    expect(() => execFileSync(tsc, ['-p', consumer], { cwd: consumer, encoding: 'utf8' })).not.toThrow()
  })

  it('ships the licence, the built data and the JSON Schema, and no sources or tests', () => {
    const files = (
      JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' })) as {
        files: { path: string }[]
      }[]
    )[0]!.files.map((f) => f.path)
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/data/summits.json', 'dist/json-schema/summit.json']))
    expect(files.filter((f) => /^(src|test|scripts|data)\//.test(f))).toEqual([])
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('(MIT AND CC-BY-4.0)')
  })
})

/**
 * What the types cost a user's compiler, as counts (bench/type-cost.ts; `npm run bench:types` prints
 * the table): a strict project that imports two accessors and reads two fields, against the same
 * project without the import.
 */
describe('the types a TypeScript user pays for', () => {
  const resolutions: Resolution[] = ['nodenext', 'bundler']

  it.each(resolutions)('%s, skipLibCheck: the import adds at most 2,000 types and 2,000 instantiations', (resolution) => {
    const options = { resolution, skipLibCheck: true }
    const without = typeCost(tsc, consumer, 'without', noImports, options)
    const using = typeCost(tsc, consumer, 'using', usesTwoAccessors, options)
    expect(using.types - without.types).toBeLessThanOrEqual(2_000)
    expect(using.instantiations - without.instantiations).toBeLessThanOrEqual(2_000)
  })

  it.each(resolutions)('%s, every library checked: the import adds at most 10,000 types', (resolution) => {
    const options = { resolution, skipLibCheck: false }
    const without = typeCost(tsc, consumer, 'without', noImports, options)
    const using = typeCost(tsc, consumer, 'using', usesTwoAccessors, options)
    expect(using.types - without.types).toBeLessThanOrEqual(10_000)
  })

  it('the main entry declares its types without zod, in at most 120 kB of declaration files', () => {
    const dist = join(consumer, 'node_modules', 'sco-data', 'dist')
    for (const entry of ['index.d.ts', 'index.d.cts'] as const) {
      expect(mainDeclarationBytes(dist, entry)).toBeLessThanOrEqual(120_000)
      expect(readFileSync(join(dist, entry), 'utf8')).not.toMatch(/from ['"]zod/)
    }
  })

  it('a mistake names the record type, not its expansion', () => {
    const dir = join(consumer, 'type-cost', 'mistake')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'index.ts'), "import { getSummit } from 'sco-data'\n\nexport const wrong: number = getSummit('2024-astana')\n")
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', types: [] }, files: ['index.ts'] }))
    let out = ''
    try {
      execFileSync(tsc, ['-p', dir], { cwd: dir, encoding: 'utf8' })
    } catch (error) {
      out = (error as { stdout: string }).stdout
    }
    expect(out).toContain("error TS2322: Type 'Summit' is not assignable to type 'number'.")
  })
})
