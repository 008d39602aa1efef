import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import { dataAsOf } from '../index.js'
import { didYouMean } from '../describe.js'
import type { Command, Values } from './command.js'
import { attendanceCommand } from './commands/attendance.js'
import { chairCommand } from './commands/chair.js'
import { documentsCommand } from './commands/documents.js'
import { membersCommand } from './commands/members.js'
import { officeholdersCommand } from './commands/officeholders.js'
import { personCommand } from './commands/person.js'
import { statesCommand } from './commands/states.js'
import { statusCommand } from './commands/status.js'
import { summitCommand } from './commands/summit.js'
import { summitsCommand } from './commands/summits.js'
import { panelCommand } from './commands/panel.js'
import { CliError, usageError } from './errors.js'
import { commandHelp, topHelp } from './help.js'
import { render } from './render.js'
import { displayLanguages, type DisplayLanguage } from './listing.js'

/**
 * Where {@link run} writes: each call gets whole lines. `columns`, the terminal's width, fits tables
 * to it; left out, tables are never narrowed.
 *
 * @example
 * ```ts
 * import type { CliIo } from '../../src/cli/run.js'
 *
 * const lines: string[] = []
 * const io: CliIo = { stdout: (text) => lines.push(text), stderr: (text) => lines.push(text), columns: 80 }
 * io.columns // 80
 * ```
 */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  columns?: number | undefined
  /** The environment: `LC_ALL`, `LC_MESSAGES` and `LANG` choose the language when `--lang` is not given. */
  env?: Readonly<Record<string, string | undefined>> | undefined
}

const commands: Readonly<Record<string, Command>> = {
  summits: summitsCommand,
  summit: summitCommand,
  status: statusCommand,
  states: statesCommand,
  members: membersCommand,
  documents: documentsCommand,
  attendance: attendanceCommand,
  person: personCommand,
  chair: chairCommand,
  officeholders: officeholdersCommand,
  panel: panelCommand,
}

const globalOptions = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const

const version = () => `${packageJson.version} (data as of ${dataAsOf})\n`

type ParsedOptions = ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' | 'boolean'; short?: string }>; args: string[]; allowPositionals: true; strict: true; tokens: true }>>

/** `parseArgs` with its errors turned into one-line usage errors. */
function parseOptions(args: string[], options: Record<string, { type: 'string' | 'boolean'; short?: string }>, where: string): ParsedOptions {
  let parsed: ParsedOptions
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true })
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    const hint = `(see sco-data ${where}--help)`
    // parseArgs quotes an unknown option as given: Unknown option '--jsn'. …
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec(message)?.[1] : undefined
    if (unknown !== undefined) {
      throw usageError(`unknown option ${unknown}${didYouMean(unknown, Object.keys(options).map((name) => `--${name}`))} ${hint}`)
    }
    // … and names an option whose value is wrong by its long name, with its short one before it if it
    // has one: Option '--year <value>' argument missing, Option '-h, --help' does not take an argument.
    const invalid = code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? /'(?:-\w, )?--([^' ]+)/.exec(message)?.[1] : undefined
    const spec = Object.entries(options).find(([name]) => name === invalid)?.[1]
    if (spec) throw usageError(`--${invalid} ${spec.type === 'boolean' ? 'takes no value' : 'needs a value'} ${hint}`)
    // Any other error (with allowPositionals and strict, none is known) keeps parseArgs' own words.
    throw usageError(`${message} ${hint}`)
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens!) {
    // A positional token has no name: were its kind not checked first, the lookup would throw.
    if (token.kind !== 'option' || options[token.name]!.type !== 'string') continue
    if (seen.has(token.name)) throw usageError(`--${token.name} given more than once`)
    seen.add(token.name)
  }
  return parsed
}

const languageNames: Readonly<Record<Exclude<DisplayLanguage, 'en'>, string>> = { ru: 'Russian', zh: 'Chinese' }

/**
 * The language to show names and titles in: `--lang` if given (anything but en, ru or zh is a usage
 * error), else the locale's language (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders
 * them: `ru_RU.UTF-8` is Russian), else English, which is also what any other locale gets.
 */
export function displayLanguage(option: string | undefined, env: CliIo['env'] = {}): DisplayLanguage {
  const known = (code: string | undefined) => displayLanguages.find((lang) => lang === code)
  if (option !== undefined) {
    const lang = known(option.toLowerCase())
    if (lang === undefined) throw usageError(`--lang: expected one of ${displayLanguages.join(', ')}, got ${JSON.stringify(option)}${didYouMean(option, displayLanguages)}`)
    return lang
  }
  // The first of them set and not empty decides, even when its language is none of ours (then English).
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  if (locale === undefined) return 'en'
  // A locale starts with its language's two-letter code: ru_RU.UTF-8, zh_CN.UTF-8, zh.
  return known(locale.slice(0, 2).toLowerCase()) ?? 'en'
}

function execute(argv: readonly string[], io: CliIo): number {
  const at = argv.findIndex((arg) => !arg.startsWith('-') || arg === '--')
  // With no command, at is -1 and argv[-1] is undefined.
  const name = argv[at] === '--' ? undefined : argv[at]
  if (name === undefined) {
    const { values } = parseOptions([...argv], globalOptions, '')
    if (values.version && !values.help) io.stdout(version())
    else io.stdout(topHelp(commands))
    return 0
  }
  const before = argv.slice(0, at)
  if (!Object.hasOwn(commands, name)) {
    parseOptions(before, globalOptions, '')
    throw usageError(`unknown command ${JSON.stringify(name)}${didYouMean(name, Object.keys(commands))} (commands: ${Object.keys(commands).join(', ')})`)
  }
  const command = commands[name]!
  try {
    const options = { ...globalOptions, ...Object.fromEntries(Object.keys(command.options).map((option) => [option, { type: 'string' as const }])) }
    const { values, positionals } = parseOptions([...before, ...argv.slice(at + 1)], options, `${name} `)
    if (values.help) {
      io.stdout(commandHelp(name, command))
      return 0
    }
    if (values.version) {
      io.stdout(version())
      return 0
    }
    const missing = positionals.length < (command.required ?? command.positionals.length) ? command.positionals[positionals.length] : undefined
    if (missing) throw usageError(`missing ${missing} (usage: sco-data ${name} ${command.synopsis})`)
    const extra = positionals[command.positionals.length]
    if (extra !== undefined) throw usageError(`unexpected argument ${JSON.stringify(extra)} (usage: sco-data ${name} ${command.synopsis})`)
    if (values.json && values.csv) throw usageError('--json and --csv cannot be combined')
    if (values.csv && !command.csv) throw usageError(`--csv is not available for ${name} (see sco-data ${name} --help)`)
    const lang = displayLanguage(values.lang as string | undefined, io.env)
    const result = command.execute(positionals, values as Values)
    const { text, fallbacks } = render(result, { json: values.json === true, csv: values.csv === true }, io.columns, lang)
    io.stdout(text)
    for (const note of result.notes ?? []) io.stderr(`sco-data: ${note}\n`)
    if (fallbacks > 0) io.stderr(`sco-data: note: ${fallbacks} ${fallbacks === 1 ? 'name or title is' : 'names and titles are'} not held in ${languageNames[lang as 'ru' | 'zh']}: shown in English, marked [en]\n`)
    return 0
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${name}: ${error.message}`, error.exitCode)
    throw error
  }
}

/** One line: an error message must never spill over lines on stderr. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]\s*/g, ' ')

/**
 * The `sco-data` command line, in process: parses `argv` (the arguments after the program's name),
 * writes the output to `io.stdout` and an error, as one line starting `sco-data: `, to `io.stderr`,
 * and returns the exit code: 0 on success, 1 when an id or state is not found, 2 for a usage error.
 *
 * @example
 * ```ts
 * import { run } from '../../src/cli/run.js'
 *
 * let out = ''
 * let err = ''
 * const io = { stdout: (text: string) => { out += text }, stderr: (text: string) => { err += text } }
 * run(['status', 'BY', '--on', '2024-07-04', '--json'], io) // 0
 * JSON.parse(out) // 'member'
 * run(['summit', '1999-atlantis'], io) // 1
 * err // 'sco-data: summit: no summit with id "1999-atlantis" (list them with: sco-data summits)\n'
 * ```
 */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    return execute(argv, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`sco-data: ${oneLine(error.message)}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`sco-data: unexpected error: ${oneLine(message)}\n`)
    return 1
  }
}
