/**
 * The command line turns parseArgs' errors into its own one-line usage errors, reading the option
 * from parseArgs' message. Were a later Node to word an error differently or add one, the user must
 * still get parseArgs' own words, with the hint, never a wrong option name. parseArgs is replaced
 * here by one that throws the error each test gives it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

const thrown = vi.hoisted(() => ({ error: undefined as unknown }))

vi.mock('node:util', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:util')>()
  return {
    ...real,
    parseArgs: (...args: Parameters<typeof real.parseArgs>) => {
      if (thrown.error !== undefined) throw thrown.error
      return real.parseArgs(...args)
    },
  }
})

const { run } = await import('../src/cli/run.js')

function failure(argv: string[], error: Error & { code?: string }): string {
  thrown.error = error
  let err = ''
  const code = run(argv, { stdout: () => {}, stderr: (text) => (err += text) })
  expect(code).toBe(2)
  return err
}

const parseError = (code: string, message: string) => Object.assign(new TypeError(message), { code })

afterEach(() => {
  thrown.error = undefined
})

describe('parseArgs errors', () => {
  it('as parseArgs words them today, name the option', () => {
    expect(failure(['summits'], parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--yaer'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--yaer\"")))
      .toBe('sco-data: summits: unknown option --yaer (did you mean "--year"?) (see sco-data summits --help)\n')
    expect(failure(['summits'], parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '--year <value>' argument missing")))
      .toBe('sco-data: summits: --year needs a value (see sco-data summits --help)\n')
    expect(failure([], parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '-h, --help' does not take an argument")))
      .toBe('sco-data: --help takes no value (see sco-data --help)\n')
  })

  it('worded otherwise, or of another kind, keep parseArgs\' words', () => {
    expect(failure(['summits'], parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', 'Unknown option --yaer')))
      .toBe('sco-data: summits: Unknown option --yaer (see sco-data summits --help)\n')
    expect(failure(['summits'], parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'Option --year argument missing')))
      .toBe('sco-data: summits: Option --year argument missing (see sco-data summits --help)\n')
    // An option that is not one of the command's is not named as if it were.
    expect(failure(['summits'], parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '--colour <value>' argument missing")))
      .toBe("sco-data: summits: Option '--colour <value>' argument missing (see sco-data summits --help)\n")
    expect(failure([], parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '--json'. This command does not take positional arguments")))
      .toBe("sco-data: Unexpected argument '--json'. This command does not take positional arguments (see sco-data --help)\n")
  })
})
