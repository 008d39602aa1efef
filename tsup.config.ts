import type { Plugin } from 'esbuild'
import { defineConfig } from 'tsup'

/** The CLI imports the library as `../index.js`; built, that is the sibling `./index.js`, so the data is not bundled twice. */
const libraryFromSibling: Plugin = {
  name: 'library-from-sibling',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      args.importer.replaceAll('\\', '/').endsWith('/src/cli/run.ts') ? { path: './index.js', external: true } : undefined,
    )
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
    treeshake: true,
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
