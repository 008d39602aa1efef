/**
 * Hands Stryker what its own setup file (@stryker-mutator/vitest-runner 9.5.1) means to hand it:
 * the coverage of each test in a dry run, and the hit count in a mutant run, on the test file's
 * `meta`. That file sets them in an `afterAll` hook that reads `meta` from the hook's first
 * argument, which vitest 4 made a fixtures context: the hook throws, and without the coverage
 * Stryker runs every related test file for every mutant and cannot tell, in an incremental run,
 * which mutants a new test covers. So after each test the values go on the file here (the coverage
 * is one object that grows; the hit count is a number, so the last test leaves the total). Outside
 * a mutation run nothing is provided and this does nothing.
 */
import { afterEach, inject } from 'vitest'

interface StrykerGlobal {
  mutantCoverage?: unknown
  hitCount?: number
}

// Keys Stryker's runner provides (ctx.provide), not declared in vitest's ProvidedContext.
const provided = inject as unknown as (key: string) => string | undefined
const namespace = provided('globalNamespace')

if (namespace !== undefined) {
  const mutantRun = provided('mode') === 'mutant'
  afterEach(({ task }) => {
    const stryker = (globalThis as Record<string, StrykerGlobal | undefined>)[namespace]
    const meta = task.file.meta as StrykerGlobal
    if (mutantRun) meta.hitCount = stryker?.hitCount
    else meta.mutantCoverage = stryker?.mutantCoverage
  })
}
