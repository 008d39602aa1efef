import type { Plugin } from 'esbuild'
import { resolve } from 'node:path'
import { defineConfig } from 'tsup'

/**
 * The CLI's modules import the library as `…/index.js`; built, that is the sibling `./index.js`, so
 * the data is not bundled twice.
 */
const libraryFromSibling: Plugin = {
  name: 'library-from-sibling',
  setup(build) {
    build.onResolve({ filter: /\/index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path) === resolve(import.meta.dirname, 'src', 'index.js') &&
      args.importer.replaceAll('\\', '/').includes('/src/cli/')
        ? { path: './index.js', external: true }
        : undefined,
    )
  },
}

/**
 * The data stays a JSON file beside the build (dist/index.data.json, written by
 * scripts/emit-static.ts) and is loaded as a JSON module: the fastest way into a process, and far
 * faster than the same data as JavaScript (docs/performance.md).
 */
const datasetAsJsonModule: Plugin = {
  name: 'dataset-as-json-module',
  setup(build) {
    build.onResolve({ filter: /\/generated\/dataset\.json$/ }, () => ({ path: './index.data.json', external: true }))
  },
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' },
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    // Each entry stands alone, so importing the accessors never loads the schemas (and zod).
    splitting: false,
    // The build script empties dist/ first: two configs cleaning in parallel would race.
    clean: false,
    sourcemap: false,
    // The three date-fns functions the accessors use are bundled: a few kilobytes of code cost less
    // to load than resolving and evaluating their modules (about 7 ms) in every user's process.
    noExternal: [/^date-fns/],
    esbuildPlugins: [datasetAsJsonModule],
    // Keep `with { type: 'json' }` on the data import: Node needs it for a JSON module.
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true }
    },
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: false,
    splitting: false,
    clean: false,
    sourcemap: false,
    esbuildPlugins: [libraryFromSibling],
  },
])
