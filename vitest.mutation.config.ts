import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { defineConfig } from 'vitest/config'

/**
 * The tests that exercise src/ in process, for mutation testing (npm run mutation,
 * stryker.config.json). Tests of the built package (dist/, the tarball, bundles, the docs site) and
 * tests that run code in a child process (the bin, time zones) are left out: a mutant of src/
 * cannot reach them; so is the validator fuzzing (test/fuzz.test.ts), which parses the whole dataset
 * hundreds of times per mutant (test/schemas.test.ts tests the schemas' rules on small records).
 * test/csv.test.ts is in: it checks what src/ writes against the shipped files of the build that
 * `npm run mutation` makes first (Stryker's sandbox keeps dist/).
 *
 * Stryker stops a mutant's run at its first failing test, and a mutant of code that runs when a
 * module loads (a schema, a table's columns, a help text) runs every file until one fails: so the
 * files run in a fixed order, those that load little and catch most of such mutants first
 * (test/schemas.test.ts loads no data). test/field-tables.test.ts holds the schemas' field
 * descriptions to the committed data-model guide; test/loads.test.ts, last, turns a module that
 * throws while loading into a failed test (vitest reports it as a file error, which Stryker would
 * count as survived).
 */
const order = [
  'schemas',
  'field-tables',
  'csv-tables',
  'cli-output',
  'panel',
  'languages',
  'describe',
  'cli-loads',
  'cli-parse-errors',
  'edge-data',
  'accessors',
  'real-day',
  'accessor-edges',
  'local-day',
  'people',
  'properties',
  'packed',
  'cli',
  'csv',
  'validate',
  'loads',
]

class CheapestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => order.findIndex((name) => file.moduleId.endsWith(`/test/${name}.test.ts`))
    return [...files].sort((a, b) => rank(a) - rank(b))
  }
}

export default defineConfig({
  test: {
    include: order.map((name) => `test/${name}.test.ts`),
    setupFiles: ['test/setup/quiet.ts', 'test/setup/stryker-coverage.ts'],
    // MUTATION_TIMING=<file>: where each mutant's run spends its time (test/setup/mutation-timing.ts).
    ...(process.env['MUTATION_TIMING'] ? { reporters: ['default', './test/setup/mutation-timing.ts'] } : {}),
    // zod as one pre-bundled file: every mutant's run loads it afresh, and one file loads in half the time.
    deps: { optimizer: { ssr: { enabled: true, include: ['zod'] } } },
    // Test locations let an incremental run tell which tests changed.
    includeTaskLocation: true,
    sequence: { sequencer: CheapestFirst },
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
