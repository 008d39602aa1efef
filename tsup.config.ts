import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' },
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // Each entry stands alone, so importing the accessors never loads the schemas (and zod).
  splitting: false,
  clean: true,
  sourcemap: false,
  treeshake: true,
})
