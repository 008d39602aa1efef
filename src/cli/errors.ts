/** Bad usage (exit 2) or nothing found (exit 1): reported as one line, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message)
  }
}

export const usageError = (message: string) => new CliError(message, 2)
export const notFound = (message: string) => new CliError(message, 1)

/**
 * Runs a library call, turning its argument errors (`body: expected …`) into usage errors that
 * name the command-line option instead (`--body: expected …`), and its unknown-id errors into
 * "not found" (exit 1).
 */
export function withOptions<T>(optionFor: Readonly<Record<string, string>>, call: () => T): T {
  try {
    return call()
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      const match = /^(\w+): (.*)/s.exec(error.message)
      const option = match && optionFor[match[1]!]
      if (option) {
        const message = `${option}: ${match[2]}`
        throw /^no \w+ has the id /.test(match[2]!) ? notFound(message) : usageError(message)
      }
    }
    throw error
  }
}
