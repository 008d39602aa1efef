/**
 * The command line's modules load. Imported statically, as the other CLI tests do, a module that
 * throws while loading (a column naming no field of its CSV table, say) fails the test file before
 * any test runs, and a mutation run, which counts failed tests, would not see it: here it is a
 * failed test.
 */
import { expect, it } from 'vitest'

it('the CLI modules load, and run() answers --version', async () => {
  const { run } = await import('../src/cli/run.js')
  let out = ''
  expect(run(['--version'], { stdout: (text) => (out += text), stderr: () => undefined })).toBe(0)
  expect(out).toMatch(/^\d+\.\d+\.\d+\S* \(data as of \d{4}-\d{2}-\d{2}\)\n$/)
})
