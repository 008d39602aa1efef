import { defineConfig } from 'vitest/config'

/**
 * The tests that exercise src/ directly, for mutation testing (npm run mutation, stryker.config.json):
 * unit, property and CLI tests. Tests of the built package (dist/, the tarball, bundles, the docs
 * site) are left out: a mutant of src/ cannot reach them.
 */
export default defineConfig({
  test: {
    include: [
      'test/accessors.test.ts',
      'test/properties.test.ts',
      'test/people.test.ts',
      'test/schemas.test.ts',
      'test/fuzz.test.ts',
      'test/validate.test.ts',
      'test/cli.test.ts',
      'test/packed.test.ts',
      'test/time-zones.test.ts',
    ],
    setupFiles: ['test/setup/quiet.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
