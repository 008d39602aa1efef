/**
 * A vitest reporter for mutation runs that writes, for each run Stryker makes (the dry run and one
 * run per mutant), the mutant, the wall time and each test file's time and test count, as JSON lines
 * appended to the file named by MUTATION_TIMING (vitest.mutation.config.ts adds it only then).
 * `node scripts/mutation-timing.ts <file> <report.json>` sums them up: where a mutation run's time goes.
 */
import { appendFileSync } from 'node:fs'
import type { Reporter, TestModule, Vitest } from 'vitest/node'

export default class MutationTiming implements Reporter {
  private vitest: Vitest | undefined
  private started = 0

  onInit(vitest: Vitest): void {
    this.vitest = vitest
  }

  onTestRunStart(): void {
    this.started = performance.now()
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const provided = this.vitest!.getProvidedContext() as Record<string, unknown>
    const line = {
      mode: provided['mode'],
      mutant: provided['mode'] === 'mutant' ? provided['activeMutant'] : null,
      ms: Math.round(performance.now() - this.started),
      files: modules.map((module) => ({
        file: module.moduleId.replace(/^.*\/test\//, ''),
        // Loading (environment, setup files, the file's imports) and running (tests and hooks).
        load: Math.round(module.diagnostic().prepareDuration + module.diagnostic().setupDuration + module.diagnostic().collectDuration),
        run: Math.round(module.diagnostic().duration),
        tests: [...module.children.allTests()].filter((test) => test.result().state !== 'skipped' && test.result().state !== 'pending').length,
      })),
    }
    appendFileSync(process.env['MUTATION_TIMING']!, `${JSON.stringify(line)}\n`)
  }
}
