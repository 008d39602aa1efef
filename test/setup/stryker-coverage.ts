/**
 * Three things for a mutation run (the mutation config only; outside one nothing is provided and
 * this does nothing); the third, the hit count started before the test file's imports, is below.
 *
 * 1. Hands Stryker what its own setup file (@stryker-mutator/vitest-runner 9.5.1) means to hand it:
 *    the coverage of each test in a dry run, and the hit count in a mutant run, on the test file's
 *    `meta`. That file sets them in an `afterAll` hook that reads `meta` from the hook's first
 *    argument, which vitest 4 made a fixtures context: the hook throws, and without the coverage
 *    Stryker runs every related test file for every mutant and cannot tell, in an incremental run,
 *    which mutants a new test covers. So after each test the values go on the file here (the
 *    coverage is one object that grows; the hit count is a number, so the last test leaves the total).
 *
 * 2. Counts what a test file's `beforeAll` hooks run as covered by every test of the file. Stryker
 *    counts code run outside a test as static, like code that runs when a module loads, and tests a
 *    static mutant by running every test file until one fails, with the mutant switched on before
 *    anything loads. A mutant that only a hook reaches needs neither: Stryker's own `beforeAll`
 *    (registered first, so run first) switches it on before the file's hooks, and the file's tests
 *    are the ones that can see it. Hooks are where test files do their shared work (writing the CSV
 *    package, loading data/) for that reason; what a test file does at import stays static.
 */
import { afterEach, beforeAll, beforeEach, inject } from 'vitest'

interface Coverage {
  static: Record<string, number>
  perTest: Record<string, Record<string, number>>
}

interface StrykerGlobal {
  mutantCoverage?: Coverage
  hitCount?: number
  currentTestId?: string
}

// Keys Stryker's runner provides (ctx.provide), not declared in vitest's ProvidedContext.
const provided = inject as unknown as (key: string) => string | undefined
const namespace = provided('globalNamespace')
const stryker = () => (globalThis as Record<string, StrykerGlobal | undefined>)[namespace!]

if (namespace !== undefined && provided('mode') === 'mutant') {
  // Stryker starts counting hits in its beforeAll, after the test file's imports: counting from here
  // also stops a mutant that loops forever while a module loads (a static one) at the hit limit,
  // rather than at the time-out.
  stryker()!.hitCount = 0
  afterEach(({ task }) => {
    ;(task.file.meta as StrykerGlobal).hitCount = stryker()?.hitCount
  })
}

if (namespace !== undefined && provided('mode') !== 'mutant') {
  // The static hits counted so far (after the file's imports, then after each hook), and what the
  // file's hooks have run, credited to each test from then on.
  let counted: Record<string, number> = {}
  const fromHooks: Record<string, number> = {}
  beforeAll(() => {
    counted = { ...stryker()?.mutantCoverage?.static }
  })
  beforeEach(() => {
    const state = stryker()
    const coverage = state?.mutantCoverage
    if (coverage === undefined || state?.currentTestId === undefined) return
    for (const [id, hits] of Object.entries(coverage.static)) {
      const added = hits - (counted[id] ?? 0)
      if (added === 0) continue
      fromHooks[id] = (fromHooks[id] ?? 0) + added
      if (hits === added) delete coverage.static[id]
      else coverage.static[id] = hits - added
    }
    counted = { ...coverage.static }
    const test = (coverage.perTest[state.currentTestId] ??= {})
    for (const [id, hits] of Object.entries(fromHooks)) test[id] = (test[id] ?? 0) + hits
  })
  afterEach(({ task }) => {
    ;(task.file.meta as StrykerGlobal).mutantCoverage = stryker()?.mutantCoverage
  })
}
