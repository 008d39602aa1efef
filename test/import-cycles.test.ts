/**
 * src/ has no import circle, type-only imports included: the record types depend on the vocabulary
 * alone, the ids on the types, the schemas on the ids (a circle among src/types.ts,
 * src/record-ids.ts and two schemas made every type check walk the schemas).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = join(import.meta.dirname, '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** The files of src/ that `file` imports or re-exports, by relative specifier. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)]
    .map((match) => resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')))
    .filter((path) => path.startsWith(src) && existsSync(path))
}

/** Every circle of imports among `files`, each as the list of files it runs through. */
function circles(files: string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]))
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)).map((f) => relative(src, f)))
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return found
}

describe('the import graph of src/', () => {
  it('reads the imports of a file, type-only ones included', () => {
    const a = join(src, 'types.ts')
    const b = join(src, 'vocabulary.ts')
    expect(importsOf(a)).toContain(b)
  })

  it('has no circle', () => {
    expect(circles(sourceFiles(src))).toEqual([])
  })
})
