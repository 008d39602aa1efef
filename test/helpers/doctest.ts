/**
 * Turns documentation examples into checks: a line `expression // value` becomes an assertion that
 * the expression equals the value, when the comment (or its part before `: `) is a JavaScript
 * literal. Other lines run as written, so an example that throws fails too.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Example {
  /** Where the example stands, as `file:line`. */
  origin: string
  /** The example's lines, without the comment's leading `*`. */
  code: string
}

const fence = /```(?:ts|typescript|js|javascript)\n([\s\S]*?)```/g

/** The fenced `@example` blocks in a TypeScript source file, each with the line it starts on. */
export function examplesInSource(file: string): Example[] {
  const text = readFileSync(file, 'utf8')
  const examples: Example[] = []
  for (const match of text.matchAll(/@example[^\n]*\n((?:[ \t]*\*(?!\/).*\n)+)/g)) {
    const body = match[1]!.replace(/^[ \t]*\* ?/gm, '')
    const line = text.slice(0, match.index).split('\n').length
    for (const block of body.matchAll(fence)) examples.push({ origin: `${file}:${line}`, code: block[1]! })
  }
  return examples
}

/** The fenced code blocks of a Markdown section, found by its heading. */
export function codeBlocksInMarkdown(file: string, heading: string): string[] {
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`${file} has no heading "${heading}"`)
  const next = text.slice(start + heading.length + 2).search(/\n## /)
  const section = next < 0 ? text.slice(start) : text.slice(start, start + heading.length + 2 + next)
  return [...section.matchAll(fence)].map((m) => m[1]!)
}

function literal(text: string): string | undefined {
  for (const candidate of [text, text.split(/: |; /)[0]!]) {
    try {
      new Function(`return (${candidate})`)
      if (/^(?:[-\d'"[{]|true\b|false\b|null\b|undefined\b)/.test(candidate.trim())) return candidate.trim()
    } catch {
      // not a literal: try the next reading
    }
  }
  return undefined
}

/**
 * The example as a module body whose value lines assert. Returns the code and how many assertions
 * it holds, so a test can insist that examples do check something.
 */
export function toChecks(code: string, origin: string): { code: string; checks: number } {
  let checks = 0
  const lines = code.split('\n').map((line, index) => {
    const match = /^(\s*)(.+?)\s*\/\/\s*(.+)$/.exec(line)
    if (!match || /^(?:import|export|const|let|var|type|interface|function|\/\/)\b/.test(match[2]!.trim())) return line
    const expected = literal(match[3]!)
    if (expected === undefined) return line
    checks += 1
    const where = JSON.stringify(`${origin} (example line ${index + 1})`)
    return `${match[1]}__check(${match[2]!.replace(/;$/, '')}, ${expected}, ${where})`
  })
  return { code: lines.join('\n'), checks }
}

/** The assertion every generated check calls; prepend it to the generated module. */
export const checkPrelude = `import { deepStrictEqual as __deepStrictEqual } from 'node:assert'
function __check(actual: unknown, expected: unknown, where: string): void {
  __deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), JSON.parse(JSON.stringify(expected ?? null)), where)
  if ((actual === undefined) !== (expected === undefined)) throw new Error(where + ': expected ' + String(expected) + ', got ' + String(actual))
}
`

/** Type-checks every generated module in `dir` with the project's settings; throws tsc's report on error. */
export function typeCheckModules(dir: string, root: string): void {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'], compilerOptions: { noUnusedLocals: false } }),
  )
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })
}
