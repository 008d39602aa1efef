import type { Plugin } from 'esbuild'
import { resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

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
 * The data stays JSON beside the build and is loaded as JSON modules: the fastest way into a
 * process, and far faster than the same data as JavaScript (docs/performance.md). Two layouts of
 * the same packing (scripts/generate.ts):
 *
 * - Node (dist/index.js, dist/index.cjs): src/generated/collections-node.ts, everything in one file,
 *   dist/index.data.json, since Node pays for every module it loads;
 * - bundlers (dist/index.browser.js, the "browser" condition): src/generated/collections.ts, one JSON
 *   module per data module and source shard in dist/modules/, so a bundler keeps only what an app's
 *   accessors read.
 */
const dataLayout = (layout: 'node' | 'bundler'): Plugin => ({
  name: `data-layout-${layout}`,
  setup(build) {
    if (layout === 'node') {
      build.onResolve({ filter: /^\.\/generated\/collections\.js$/ }, (args) => ({ path: resolve(args.resolveDir, 'generated', 'collections-node.ts') }))
    }
    build.onResolve({ filter: /^\.\/data\/[\w-]+\.json$/ }, (args) => {
      if (!args.resolveDir.replaceAll('\\', '/').endsWith('/src/generated')) return undefined
      const name = args.path.split('/').at(-1)!
      return { path: layout === 'node' ? './index.data.json' : `./modules/${name}`, external: true }
    })
  },
})

/** What the library builds share: only the entries, formats, declarations and data layout differ. */
const library = {
  target: 'es2022',
  platform: 'neutral',
  // Each entry stands alone, so importing the accessors never loads the schemas (and zod).
  splitting: false,
  // The build script empties dist/ first: two configs cleaning in parallel would race.
  clean: false,
  sourcemap: false,
  // The three date-fns functions the accessors use are bundled: a few kilobytes of code cost less
  // to load than resolving and evaluating their modules (about 7 ms) in every user's process.
  noExternal: [/^date-fns/],
  // Keep `with { type: 'json' }` on the data imports: Node needs it for a JSON module.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true }
  },
} satisfies Options

/**
 * The Node build (dist/index.js, dist/index.cjs, and the schemas entry). `variant` overrides options
 * for a build of the same code elsewhere: the bench builds variants this way into its own
 * directory (bench/variants.ts), and the package's build uses none.
 */
export const nodeLibrary = (variant: Options = {}): Options => ({
  ...library,
  entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  esbuildPlugins: [dataLayout('node')],
  ...variant,
})

export default defineConfig([
  nodeLibrary(),
  {
    // The build bundlers resolve through the "browser" condition: the same code, the data split.
    ...library,
    entry: { 'index.browser': 'src/index.ts' },
    format: ['esm'],
    dts: false,
    esbuildPlugins: [dataLayout('bundler')],
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
    // The display-width table is bundled into the CLI, so the runtime dependencies stay as they are.
    noExternal: ['get-east-asian-width'],
    esbuildPlugins: [libraryFromSibling],
  },
])
