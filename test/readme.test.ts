/**
 * The README's code, run against the build through the package's own name (Node resolves
 * `sco-data` to this package's exports) with each `// value` comment checked, and type-checked as
 * a user's project would: `strict`, `module`/`moduleResolution` `nodenext`, against the built
 * declarations.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { codeBlocksInMarkdown, toChecks } from './helpers/doctest.js'

const root = join(import.meta.dirname, '..')
const out = join(root, '.tmp', 'readme')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const check = `function __check(actual: unknown, expected: unknown, where: string): void {
  __assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), JSON.parse(JSON.stringify(expected ?? null)), where)
}`

const blocks = codeBlocksInMarkdown(join(root, 'README.md'), '## Quick start')
const isCommonJs = (code: string) => /\brequire\(/.test(code)

describe('README quick start', () => {
  it('has blocks that assert values', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4)
    expect(blocks.every((block) => toChecks(block, 'README').checks > 0)).toBe(true)
  })

  it.each(blocks.map((block, index) => [index + 1, block] as const))('block %i runs against the build', (index, block) => {
    const { code } = toChecks(block, `README.md quick start block ${index}`)
    const commonjs = isCommonJs(code)
    const prelude = commonjs ? `const __assert = require('node:assert')` : `import __assert from 'node:assert'`
    const js = transformSync(`${prelude}\n${check}\n${code}\n`, { loader: 'ts', format: commonjs ? 'cjs' : 'esm' }).code
    const file = join(out, `quick-start-${index}.${commonjs ? 'cjs' : 'mjs'}`)
    writeFileSync(file, js)
    expect(() => execFileSync('node', [file], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).not.toThrow()
  })

  it('every block type-checks under strict nodenext, as written', () => {
    const dir = join(out, 'types')
    mkdirSync(dir, { recursive: true })
    blocks.forEach((block, index) => {
      const commonjs = isCommonJs(block)
      // A CommonJS block is checked as TypeScript would see it in a .cts file: require is typed import.
      const code = commonjs ? block.replace(/^const (\{[^}]*\}) = require\(('[^']+')\)$/m, 'import $1 from $2') : block
      writeFileSync(join(dir, `block-${index + 1}.${commonjs ? 'cts' : 'mts'}`), `${code}\nexport {}\n`)
    })
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] },
        include: ['./*.mts', './*.cts'],
      }),
    )
    const tsc = join(root, 'node_modules', '.bin', 'tsc')
    let report = ''
    try {
      execFileSync(tsc, ['-p', join(dir, 'tsconfig.json')], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      report = String((error as { stdout?: string }).stdout)
    }
    expect(report).toBe('')
  })
})
