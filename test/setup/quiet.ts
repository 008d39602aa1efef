/**
 * A passing test prints nothing on stderr: a warning or error a test lets through reads like a
 * failure in CI's log. Code under test that reports (scripts, the CLI) takes a reporter the test
 * collects instead; anything that still reaches console.error or console.warn fails the test.
 */
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest'

let spies: MockInstance[] = []

beforeEach(() => {
  spies = [vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})]
})

afterEach(() => {
  const printed = spies.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' ')))
  for (const spy of spies) spy.mockRestore()
  expect(printed, 'a test printed to stderr').toEqual([])
})
