/**
 * The README's quick start, run against the build through the package's own name (Node resolves
 * `sco-data` to this package's exports), with each `// value` comment checked.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codeBlocksInMarkdown, toChecks } from './helpers/doctest.js'

const root = join(import.meta.dirname, '..')
const out = join(root, '.tmp', 'readme')
mkdirSync(out, { recursive: true })

const check = `function __check(actual, expected, where) {
  __assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), JSON.parse(JSON.stringify(expected ?? null)), where)
}`

const blocks = codeBlocksInMarkdown(join(root, 'README.md'), '## Quick start')

describe('README quick start', () => {
  it('has blocks that assert values', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    expect(blocks.every((block) => toChecks(block, 'README').checks > 0)).toBe(true)
  })

  it.each(blocks.map((block, index) => [index + 1, block] as const))('block %i runs against the build', (index, block) => {
    const { code } = toChecks(block, `README.md quick start block ${index}`)
    const commonjs = /\brequire\(/.test(code)
    const file = join(out, `quick-start-${index}.${commonjs ? 'cjs' : 'mjs'}`)
    const prelude = commonjs ? `const __assert = require('node:assert')` : `import __assert from 'node:assert'`
    writeFileSync(file, `${prelude}\n${check}\n${code}\n`)
    expect(() => execFileSync('node', [file], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).not.toThrow()
  })
})
