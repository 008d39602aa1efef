/**
 * What depending on sco-data costs a TypeScript user's compiler: `tsc --extendedDiagnostics` on small
 * strict projects inside a consumer that has the packed package installed (beside zod, its runtime
 * dependency). Counts of types and instantiations do not vary with the machine as times do, so the
 * budgets in test/package.test.ts are counts. `npm run bench:types` prints the table for
 * docs/performance.md.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The project that measures the package: one file that uses two accessors and reads two fields. */
export const usesTwoAccessors = `import { getSummit, participantsOf } from 'sco-data'

export const city = getSummit('2024-astana').city
export const role = participantsOf('2024-astana')[0]?.role
`
/** The same project's other files without the import: what every measure is taken against. */
export const noImports = 'export const answer = 42\n'
/** A project that uses zod alone, for scale. */
export const usesZodOnly = `import { z } from 'zod'

const Point = z.object({ x: z.number(), y: z.number() })
export const x = Point.parse({ x: 1, y: 2 }).x
`

export type Resolution = 'nodenext' | 'bundler'

export interface ProjectOptions {
  resolution: Resolution
  skipLibCheck: boolean
}

export interface TypeCost {
  types: number
  instantiations: number
  /** `Memory used`, in kB: varies a little from run to run. */
  memoryKb: number
}

const compilerOptions = ({ resolution, skipLibCheck }: ProjectOptions) => ({
  strict: true,
  noEmit: true,
  skipLibCheck,
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: [],
  ...(resolution === 'nodenext' ? { module: 'nodenext', moduleResolution: 'nodenext' } : { module: 'esnext', moduleResolution: 'bundler' }),
})

/**
 * Type-checks `code` as the only file of a project in `consumer` (a directory whose node_modules has
 * sco-data and zod) and returns the compiler's counts.
 */
export function typeCost(tsc: string, consumer: string, name: string, code: string, options: ProjectOptions): TypeCost {
  const dir = join(consumer, 'type-cost', `${name}-${options.resolution}-${options.skipLibCheck ? 'skip' : 'full'}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.ts'), code)
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: compilerOptions(options), files: ['index.ts'] }, null, 2))
  const out = execFileSync(tsc, ['-p', dir, '--extendedDiagnostics'], { cwd: dir, encoding: 'utf8' })
  const figure = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d,]+)`, 'm').exec(out)
    if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${label}" line:\n${out}`)
    return Number(match[1]!.replaceAll(',', ''))
  }
  return { types: figure('Types'), instantiations: figure('Instantiations'), memoryKb: Number(/^Memory used:\s+([\d,]+)K/m.exec(out)![1]!.replaceAll(',', '')) }
}

/** The bytes of the main entry's declaration files: index.d.ts and every file it imports. */
export function mainDeclarationBytes(dist: string, entry: 'index.d.ts' | 'index.d.cts'): number {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(join(dist, file), 'utf8')
    for (const match of text.matchAll(/from ['"]\.\/([^'"]+)['"]/g)) {
      const target = match[1]!.replace(/\.c?js$/, entry.endsWith('.d.cts') ? '.d.cts' : '.d.ts')
      if (readdirSync(dist).includes(target)) visit(target)
    }
  }
  visit(entry)
  return [...seen].reduce((sum, file) => sum + statSync(join(dist, file)).size, 0)
}
