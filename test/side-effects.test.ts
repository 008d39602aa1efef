/**
 * `"sideEffects": false` in package.json tells bundlers that importing a module does nothing but
 * define its exports, so they may drop what is unused. This holds it to the fact: each entry
 * module, imported alone in a fresh Node process, must change no global (no property added to or
 * changed on globalThis, no built-in prototype touched); the schemas entry, none beyond what zod,
 * its one dependency, does when it loads.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/** What a process's globals look like: every own property of globalThis and of the built-in prototypes. */
const snapshot = `(() => {
  const describe = (object) => Object.getOwnPropertyNames(object).sort().map((name) => {
    const d = Object.getOwnPropertyDescriptor(object, name)
    return name + ':' + (d && 'value' in d ? typeof d.value : 'accessor')
  })
  return JSON.stringify({
    globalThis: describe(globalThis),
    Object: describe(Object.prototype), Array: describe(Array.prototype), String: describe(String.prototype),
    Map: describe(Map.prototype), Set: describe(Set.prototype), Date: describe(Date.prototype), Intl: describe(Intl),
  })
})()`

/** What importing `entry` (a path from the package root, or a bare package name) added to or changed in the globals. */
function globalsChangedBy(entry: string, commonjs: boolean): string[] {
  const path = JSON.stringify(entry.startsWith('dist/') ? join(root, entry) : entry)
  const script = commonjs
    ? `const before = ${snapshot}; require(${path}); const after = ${snapshot}; console.log(JSON.stringify({ before, after }))`
    : `const before = ${snapshot}; await import(${path}); const after = ${snapshot}; console.log(JSON.stringify({ before, after }))`
  const output = execFileSync('node', commonjs ? ['-e', script] : ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
  const { before, after } = JSON.parse(output) as { before: string; after: string }
  const [was, is] = [JSON.parse(before), JSON.parse(after)] as Record<string, string[]>[]
  return Object.keys(is!).flatMap((where) => is![where]!.filter((entry) => !was![where]!.includes(entry)).map((entry) => `${where}.${entry}`))
}

describe('sideEffects: false is true to fact', () => {
  it('package.json says so', () => {
    expect((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: unknown }).sideEffects).toBe(false)
  })

  it.each([
    ['dist/index.js', false],
    ['dist/index.browser.js', false],
    ['dist/index.cjs', true],
  ] as const)('importing %s alone changes no global', (entry, commonjs) => {
    expect(globalsChangedBy(entry, commonjs)).toEqual([])
  })

  // zod keeps its global registry on globalThis when it loads; the schemas entry adds nothing more.
  it.each([
    ['dist/schemas.js', false],
    ['dist/schemas.cjs', true],
  ] as const)('importing %s alone changes no global beyond what zod itself does', (entry, commonjs) => {
    const byZod = globalsChangedBy('zod', commonjs)
    expect(byZod.length).toBeGreaterThan(0)
    expect(globalsChangedBy(entry, commonjs)).toEqual(byZod)
  })

  it('the check sees a module that does change a global', () => {
    const script = `const before = ${snapshot}; globalThis.leaked = 1; const after = ${snapshot}; console.log(before === after)`
    expect(execFileSync('node', ['-e', script], { encoding: 'utf8' }).trim()).toBe('false')
  })
})
