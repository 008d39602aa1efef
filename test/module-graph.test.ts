/**
 * What loading the main entry pulls in, read from the BUILT files: the import/require graph of
 * dist/index.js and dist/index.cjs must reach neither zod (the schemas are a separate entry) nor the
 * date-fns index (about 70 ms to load); date-fns per-function modules are fine. The suite runs after
 * the build, so a missing dist/ is a failure, not a skip.
 */
import { existsSync } from 'node:fs'
import { createRequire, isBuiltin } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const requireFromRoot = createRequire(join(root, 'package.json'))

interface Edge {
  specifier: string
  kind: string
}

/**
 * The specifiers `file` imports or requires, found by esbuild's parser rather than a regex: the
 * dataset embedded in dist/ holds text that a regex could take for an import.
 */
function edgesOf(file: string): Edge[] {
  const { metafile } = buildSync({
    entryPoints: [file],
    bundle: false,
    metafile: true,
    write: false,
    logLevel: 'silent',
    platform: 'node',
    // Output as ESM keeps each edge's kind: imports stay imports and require calls stay require-call.
    format: 'esm',
  })
  return Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => ({ specifier: i.path, kind: i.kind })))
}

/**
 * Resolves like Node: `require` calls with require.resolve, imports with URL resolution (relative)
 * or import.meta.resolve (bare); bare specifiers resolve from the package root.
 */
function resolveEdge(edge: Edge, from: string): string {
  const bare = !edge.specifier.startsWith('.') && !edge.specifier.startsWith('/')
  if (edge.kind === 'require-call' || edge.kind === 'require-resolve') {
    return bare ? requireFromRoot.resolve(edge.specifier) : createRequire(from).resolve(edge.specifier)
  }
  return fileURLToPath(bare ? import.meta.resolve(edge.specifier) : new URL(edge.specifier, pathToFileURL(from)))
}

/** Every file reachable from `entry`, as absolute paths, sorted. */
function moduleGraph(entry: string): string[] {
  if (!existsSync(entry)) throw new Error(`${relative(root, entry)} is missing: run \`npm run build\` before the tests`)
  const seen = new Set<string>([entry])
  const queue = [entry]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const edge of edgesOf(file)) {
      if (isBuiltin(edge.specifier)) continue
      const target = resolveEdge(edge, file)
      if (!existsSync(target)) throw new Error(`${relative(root, file)} imports "${edge.specifier}", resolved to missing ${target}`)
      if (!seen.has(target)) {
        seen.add(target)
        queue.push(target)
      }
    }
  }
  return [...seen].sort()
}

const zodDir = dirname(requireFromRoot.resolve('zod/package.json')) + sep
const dateFnsDir = dirname(requireFromRoot.resolve('date-fns/package.json')) + sep
const dateFnsIndexes = new Set([
  requireFromRoot.resolve('date-fns'),
  fileURLToPath(import.meta.resolve('date-fns')),
  ...['index.js', 'index.cjs', 'index.mjs'].map((name) => join(dateFnsDir, name)),
])
const forbidden = (graph: readonly string[]) =>
  graph.filter((file) => file.startsWith(zodDir) || dateFnsIndexes.has(file)).map((file) => relative(root, file))

describe('the module graph of the built main entry', () => {
  it.each(['dist/index.js', 'dist/index.cjs', 'dist/index.browser.js'])('%s reaches neither zod nor the date-fns index', (entry) => {
    const graph = moduleGraph(join(root, entry))
    expect(graph).toContain(join(root, entry))
    expect(forbidden(graph)).toEqual([])
  })

  it('Node loads the data as one file; the browser build as one module per collection and source shard', () => {
    const json = (entry: string) => moduleGraph(join(root, entry)).filter((file) => file.endsWith('.json') && !file.endsWith('package.json')).map((file) => relative(root, file))
    expect(json('dist/index.js')).toEqual(['dist/index.data.json'])
    expect(json('dist/index.cjs')).toEqual(['dist/index.data.json'])
    const modules = json('dist/index.browser.js')
    expect(modules.every((file) => file.startsWith('dist/modules/'))).toBe(true)
    expect(modules).toEqual(expect.arrayContaining(['dist/modules/states.json', 'dist/modules/statusPeriods.json', 'dist/modules/persons.json', 'dist/modules/shard-0.json']))
  })

  it('the ESM and CJS builds import the same date-fns functions', () => {
    const functionsOf = (entry: string) =>
      moduleGraph(join(root, entry))
        .filter((file) => file.startsWith(dateFnsDir))
        .map((file) => relative(dateFnsDir, file).replace(/\.c?js$/, ''))
    expect(functionsOf('dist/index.cjs')).toEqual(functionsOf('dist/index.js'))
  })

  it('the walk does find zod where it is imported: from dist/schemas.js and dist/schemas.cjs', () => {
    for (const entry of ['dist/schemas.js', 'dist/schemas.cjs']) {
      expect(forbidden(moduleGraph(join(root, entry))).some((file) => file.startsWith(relative(root, zodDir)))).toBe(true)
    }
  })

  it('the forbidden date-fns indexes are what `date-fns` resolves to, and their edges are read', () => {
    for (const index of [requireFromRoot.resolve('date-fns'), fileURLToPath(import.meta.resolve('date-fns'))]) {
      expect(index.startsWith(dateFnsDir)).toBe(true)
      // The index re-exports every function: the edges of both CJS and ESM files are found.
      expect(edgesOf(index).length).toBeGreaterThan(100)
    }
  })
})
