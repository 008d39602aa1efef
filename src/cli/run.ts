import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import {
  bodies,
  documentKinds,
  documentsOf,
  findDocuments,
  findSummits,
  getState,
  getSummit,
  memberStatesOn,
  participantsOf,
  attendanceOf,
  stateName,
  statusHistory,
  statusOn,
  type Body,
  type Document,
  type DocumentKind,
  type DocumentQuery,
  type Participation,
  type Source,
  type State,
  type StatusPeriod,
  type Summit,
  type SummitQuery,
} from '../index.js'
import { toCsv, type CsvCell } from './csv.js'
import { formatTable } from './table.js'

/**
 * Where {@link run} writes: each call gets whole lines. `columns`, the terminal's width, fits tables
 * to it; left out, tables are never cut.
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
}

/** Bad usage (exit 2) or nothing found (exit 1): reported as one line, never a stack trace. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message)
  }
}

const usageError = (message: string) => new CliError(message, 2)
const notFound = (message: string) => new CliError(message, 1)



/** One column of a listing: its name (the CSV header and table header) and where it shows. */
interface Column<T> {
  name: string
  value: (record: T) => CsvCell
  /** Shown in the terminal table; `true` when left out. */
  table?: boolean
  /** Written to CSV; `true` when left out. */
  csv?: boolean
  align?: 'right'
  /** May be cut short to fit the terminal. */
  shrink?: boolean
}

/** Records laid out as rows, ready for the terminal or CSV. */
interface Listing {
  /** A line above the table, for the terminal only. */
  title?: string
  /** What the terminal shows instead of an empty table. */
  none: string
  columns: readonly Omit<Column<never>, 'value'>[]
  rows: CsvCell[][]
  /** Print as `field value` lines rather than a table with a header. */
  fields?: boolean
}

function listing<T>(columns: readonly Column<T>[], records: readonly T[], none: string, title?: string): Listing {
  const rows = records.map((record) => columns.map((column) => column.value(record)))
  return { none, columns, rows, ...(title === undefined ? {} : { title }) }
}

const sourceUrls = (sources: readonly Source[]) => sources.map((source) => source.url).join(' ')

const summitColumns: readonly Column<Summit>[] = [
  { name: 'id', value: (s) => s.id },
  { name: 'body', value: (s) => s.body },
  { name: 'number', value: (s) => s.number, align: 'right' },
  { name: 'startDate', value: (s) => s.startDate },
  { name: 'endDate', value: (s) => s.endDate },
  { name: 'city', value: (s) => s.city },
  { name: 'host', value: (s) => s.host },
  { name: 'format', value: (s) => s.format },
  { name: 'documentsReported', value: (s) => s.documentsReported, align: 'right' },
  { name: 'notes', value: (s) => s.notes, table: false },
  { name: 'sources', value: (s) => sourceUrls(s.sources), table: false },
]

const documentColumns: readonly Column<Document>[] = [
  { name: 'id', value: (d) => d.id },
  { name: 'summit', value: (d) => d.summit, table: false },
  { name: 'date', value: (d) => d.date },
  { name: 'kind', value: (d) => d.kind },
  { name: 'signed', value: (d) => d.signed },
  { name: 'title.en', value: (d) => d.title.en, shrink: true },
  { name: 'title.ru', value: (d) => d.title.ru, table: false },
  { name: 'title.zh', value: (d) => d.title.zh, table: false },
  { name: 'covers.from', value: (d) => d.covers?.from, table: false },
  { name: 'covers.to', value: (d) => d.covers?.to, table: false },
  { name: 'notes', value: (d) => d.notes, table: false },
  { name: 'sources', value: (d) => sourceUrls(d.sources), table: false },
]

const periodColumns: readonly Column<StatusPeriod>[] = [
  { name: 'state', value: (p) => p.state },
  { name: 'status', value: (p) => p.status },
  { name: 'from', value: (p) => p.from },
  { name: 'to', value: (p) => p.to },
  { name: 'decidedAt', value: (p) => p.decidedAt },
  { name: 'notes', value: (p) => p.notes, table: false },
  { name: 'sources', value: (p) => sourceUrls(p.sources), table: false },
]

const stateColumns: readonly Column<State>[] = [
  { name: 'code', value: (s) => s.code },
  { name: 'iso3', value: (s) => s.iso3 },
  { name: 'name', value: (s) => s.name },
  { name: 'notes', value: (s) => s.notes, table: false },
  { name: 'sources', value: (s) => sourceUrls(s.sources), table: false },
]

const attendanceColumns: readonly Column<Participation>[] = [
  { name: 'summit', value: (p) => p.summit },
  { name: 'date', value: (p) => getSummit(p.summit)?.startDate, csv: false },
  { name: 'state', value: (p) => p.state, table: false },
  { name: 'organisation', value: (p) => p.organisation, table: false },
  { name: 'capacity', value: (p) => p.capacity },
  { name: 'person', value: (p) => p.person },
  { name: 'role', value: (p) => p.role, shrink: true },
  { name: 'mode', value: (p) => p.mode },
  { name: 'notes', value: (p) => p.notes, table: false },
  { name: 'sources', value: (p) => sourceUrls(p.sources), table: false },
]

const delegationColumns: readonly Column<Participation>[] = [
  { name: 'delegation', value: (p) => p.state ?? p.organisation, shrink: true },
  { name: 'capacity', value: (p) => p.capacity },
  { name: 'person', value: (p) => p.person },
  { name: 'role', value: (p) => p.role, shrink: true },
  { name: 'mode', value: (p) => p.mode },
]

/** What a command found: `json` is exactly what the accessors returned. */
interface Result {
  json: unknown
  listings: Listing[]
}

type Values = Record<string, string | undefined>

interface Command {
  summary: string
  /** The arguments after the command's name, as the help shows them. */
  synopsis: string
  /** Names of the required positional arguments, in order. */
  positionals: readonly string[]
  /** String-valued options: the value's placeholder and what it does. */
  options: Readonly<Record<string, { placeholder: string; help: string }>>
  description: string
  /** False when the output is more than one table, which CSV cannot hold. */
  csv: boolean
  execute(positionals: readonly string[], values: Values): Result
}

/**
 * Runs a library call, turning its argument errors (`body: expected …`) into usage errors that
 * name the command-line option instead (`--body: expected …`).
 */
function withOptions<T>(optionFor: Readonly<Record<string, string>>, call: () => T): T {
  try {
    return call()
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      const match = /^(\w+): (.*)$/s.exec(error.message)
      const option = match && optionFor[match[1]!]
      if (option) throw usageError(`${option}: ${match[2]}`)
    }
    throw error
  }
}

/** An upper-case alpha-2 code from what the user typed (`kz` is accepted as `KZ`). */
function stateCode(text: string, name: string): string {
  const code = text.toUpperCase()
  if (!/^[A-Z]{2}$/.test(code)) {
    throw usageError(`${name}: expected an ISO 3166-1 alpha-2 code such as KZ, got ${JSON.stringify(text)}`)
  }
  return code
}

function year(text: string): number {
  if (!/^\d{4}$/.test(text)) throw usageError(`--year: expected a year such as 2024, got ${JSON.stringify(text)}`)
  return Number(text)
}

/** Today in local time, written `YYYY-MM-DD`. */
function today(): string {
  const now = new Date()
  const two = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
}

function knownState(code: string): State {
  const state = getState(code)
  if (!state) throw notFound(`no state with code ${code} holds or has held an SCO status`)
  return state
}

const commands: Readonly<Record<string, Command>> = {
  summits: {
    summary: 'List summits in chronological order',
    synopsis: '[--body <body>] [--year <n>] [--host <alpha-2>]',
    positionals: [],
    options: {
      body: { placeholder: '<body>', help: `only meetings of this body: ${bodies.join(', ')}` },
      year: { placeholder: '<n>', help: 'only meetings that started in this year' },
      host: { placeholder: '<alpha-2>', help: 'only meetings hosted by this state, such as KZ' },
    },
    description: 'Lists the summits that match every filter given (all of them with none), as findSummits returns them.',
    csv: true,
    execute(_, values) {
      const query: SummitQuery = {}
      if (values.body !== undefined) query.body = values.body as Body
      if (values.year !== undefined) query.year = year(values.year)
      if (values.host !== undefined) {
        const host = stateCode(values.host, '--host')
        if (stateName(host) === undefined) throw usageError(`--host: ${JSON.stringify(values.host)} is not an ISO 3166-1 alpha-2 code`)
        query.host = host
      }
      const found = withOptions({ body: '--body', year: '--year' }, () => findSummits(query))
      return { json: found, listings: [listing(summitColumns, found, 'No summit matches.')] }
    },
  },
  summit: {
    summary: 'One summit with its documents and participants',
    synopsis: '<id>',
    positionals: ['<id>'],
    options: {},
    description:
      'Shows the summit with this id (such as 2024-astana), the documents adopted there and the heads of delegation.\n' +
      'JSON output is { summit, documents, participants } from getSummit, documentsOf and participantsOf.\n' +
      'There is no CSV output (it is three tables): use `documents --summit <id> --csv` for the documents.',
    csv: false,
    execute([id]) {
      const summit = getSummit(id!)
      if (!summit) throw notFound(`no summit with id ${JSON.stringify(id)} (list them with: sco-data summits)`)
      const documents = documentsOf(summit.id)
      const participants = participantsOf(summit.id)
      const fields = summitColumns.map((column) => ({ field: column.name, value: column.value(summit) }))
      return {
        json: { summit, documents, participants },
        listings: [
          {
            ...listing(
              [{ name: 'field', value: (f: (typeof fields)[number]) => f.field }, { name: 'value', value: (f) => f.value }],
              fields,
              '',
            ),
            fields: true,
          },
          listing(documentColumns, documents, 'No documents listed.', `Documents (${documents.length})`),
          listing(delegationColumns, participants, 'No attendance recorded.', `Participants (${participants.length})`),
        ],
      }
    },
  },
  status: {
    summary: "A state's status history, or its status on a day",
    synopsis: '<state> [--on <date>]',
    positionals: ['<state>'],
    options: { on: { placeholder: '<date>', help: 'the status held on this day (YYYY-MM-DD) instead of the history' } },
    description:
      'Without --on, every status the state (an alpha-2 code such as BY) has held, oldest first (statusHistory).\n' +
      'With --on, the status it held that day (statusOn): JSON is the status, or null when it held none.',
    csv: true,
    execute([text], values) {
      const state = knownState(stateCode(text!, '<state>'))
      if (values.on === undefined) {
        const history = statusHistory(state.code)
        return { json: history, listings: [listing(periodColumns, history, 'No status held.', state.name)] }
      }
      const on = values.on
      const status = withOptions({ date: '--on' }, () => statusOn(state.code, on)) ?? null
      const columns: Column<null>[] = [
        { name: 'state', value: () => state.code },
        { name: 'date', value: () => on },
        { name: 'status', value: () => status },
      ]
      return { json: status, listings: [listing(columns, [null], '')] }
    },
  },
  members: {
    summary: 'The member states on a day',
    synopsis: '[--on <date>]',
    positionals: [],
    options: { on: { placeholder: '<date>', help: 'the day (YYYY-MM-DD); today when left out' } },
    description: 'Lists the member states on the day, ordered by alpha-2 code (memberStatesOn).',
    csv: true,
    execute(_, values) {
      const on = values.on ?? today()
      const members = withOptions({ date: '--on' }, () => memberStatesOn(on))
      return {
        json: members,
        listings: [listing(stateColumns, members, 'No member states.', `Member states on ${on} (${members.length})`)],
      }
    },
  },
  documents: {
    summary: 'Find documents',
    synopsis: '[--summit <id>] [--kind <kind>] [--text <text>]',
    positionals: [],
    options: {
      summit: { placeholder: '<id>', help: 'only documents of this summit, such as 2024-astana' },
      kind: { placeholder: '<kind>', help: `only documents of this kind: ${documentKinds.join(', ')}` },
      text: { placeholder: '<text>', help: 'only titles (in any language) containing this text; case and accents ignored' },
    },
    description: 'Lists the documents that match every filter given, ordered by date and id (findDocuments).',
    csv: true,
    execute(_, values) {
      const query: DocumentQuery = {}
      if (values.summit !== undefined) {
        if (!getSummit(values.summit)) throw notFound(`no summit with id ${JSON.stringify(values.summit)} (list them with: sco-data summits)`)
        query.summit = values.summit
      }
      if (values.kind !== undefined) query.kind = values.kind as DocumentKind
      if (values.text !== undefined) query.text = values.text
      const found = withOptions({ kind: '--kind' }, () => findDocuments(query))
      return { json: found, listings: [listing(documentColumns, found, 'No document matches.')] }
    },
  },
  attendance: {
    summary: "Every summit a state's delegation attended",
    synopsis: '<state>',
    positionals: ['<state>'],
    options: {},
    description:
      "Lists the state's delegations (an alpha-2 code such as IN) at every summit, in summit order, with the capacity they came in.\n" +
      'States that attended only as guests are included.',
    csv: true,
    execute([text]) {
      const code = stateCode(text!, '<state>')
      const attended = attendanceOf(code)
      const state = getState(code)
      if (attended.length === 0 && !state) throw notFound(`no delegation of ${code} is recorded at any summit`)
      const name = state?.name ?? stateName(code) ?? code
      return {
        json: attended,
        listings: [listing(attendanceColumns, attended, 'No delegation recorded.', `${name} at SCO meetings (${attended.length})`)],
      }
    },
  },
}

const globalOptions = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const

const globalHelp = [
  ['--json', 'print JSON: exactly what the library returns'],
  ['--csv', 'print CSV (RFC 4180) with a header row'],
  ['-h, --help', 'show help'],
  ['--version', 'show the version'],
] as const

function helpLines(rows: readonly (readonly [string, string])[]): string {
  return formatTable([{ header: '' }, { header: '' }], rows.map(([left, right]) => [`  ${left}`, right]), { header: false })
}

function topHelp(): string {
  const names = Object.keys(commands)
  return (
    'Usage: sco-data <command> [options]\n\n' +
    'Curated, sourced data about the Shanghai Cooperation Organisation: summits, member states and their\n' +
    'status history, documents adopted, and who attended.\n\n' +
    'Commands:\n' +
    helpLines(names.map((name) => [`${name} ${commands[name]!.synopsis}`, commands[name]!.summary])) +
    '\nOptions:\n' +
    helpLines(globalHelp) +
    '\nRun `sco-data <command> --help` for a command. Dates are written YYYY-MM-DD.\n' +
    'Exit status: 0 on success, 1 when an id or state is not found, 2 for a usage error.\n'
  )
}

function commandHelp(name: string, command: Command): string {
  const options = Object.entries(command.options).map(([option, { placeholder, help }]) => [`--${option} ${placeholder}`, help] as const)
  const formats = command.csv ? globalHelp.slice(0, 3) : [globalHelp[0], globalHelp[2]]
  return (
    `Usage: sco-data ${name} ${command.synopsis} [${command.csv ? '--json | --csv' : '--json'}]\n\n` +
    `${command.summary}.\n${command.description}\n\n` +
    'Options:\n' +
    helpLines([...options, ...formats])
  )
}

function render(result: Result, format: 'json' | 'csv' | 'table', columns: number | undefined): string {
  if (format === 'json') return `${JSON.stringify(result.json ?? null, null, 2)}\n`
  if (format === 'csv') {
    const [only] = result.listings
    const shown = only!.columns.map((column, i) => ({ column, i })).filter(({ column }) => column.csv !== false)
    return toCsv(
      shown.map(({ column }) => column.name),
      only!.rows.map((row) => shown.map(({ i }) => row[i])),
    )
  }
  return result.listings
    .map((table) => {
      const shown = table.columns.map((column, i) => ({ column, i })).filter(({ column }) => column.table !== false)
      const title = table.title === undefined ? '' : `${table.title}\n`
      if (table.rows.length === 0) return `${title}${table.none}\n`
      const body = formatTable(
        shown.map(({ column }) => ({ header: column.name, ...(column.align ? { align: column.align } : {}), shrink: column.shrink === true })),
        table.rows.map((row) => shown.map(({ i }) => row[i])),
        { maxWidth: columns, header: table.fields !== true },
      )
      return title + body
    })
    .join('\n')
}

type ParsedOptions = ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' | 'boolean'; short?: string }>; args: string[]; allowPositionals: true; strict: true; tokens: true }>>

/** `parseArgs` with its errors turned into one-line usage errors. */
function parseOptions(args: string[], options: Record<string, { type: 'string' | 'boolean'; short?: string }>, where: string): ParsedOptions {
  let parsed: ParsedOptions
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true })
  } catch (error) {
    const code = (error as { code?: string }).code
    const named = /'(-[^' ]*)/.exec((error as Error).message)?.[1]
    const hint = `(see sco-data ${where}--help)`
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(`unknown option ${named ?? ''} ${hint}`)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = named ?? 'an option'
      const type = Object.entries(options).find(([name, spec]) => option === `--${name}` || option === `-${spec.short}`)?.[1].type
      throw usageError(type === 'boolean' ? `${option} takes no value ${hint}` : `${option} needs a value ${hint}`)
    }
    throw usageError(`${(error as Error).message} ${hint}`)
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.type !== 'string') continue
    if (seen.has(token.name)) throw usageError(`--${token.name} given more than once`)
    seen.add(token.name)
  }
  return parsed
}

function execute(argv: readonly string[], io: CliIo): number {
  const at = argv.findIndex((arg) => !arg.startsWith('-') || arg === '--')
  const name = at < 0 || argv[at] === '--' ? undefined : argv[at]!
  const before = at < 0 ? [...argv] : argv.slice(0, at)
  if (name === undefined) {
    const { values } = parseOptions([...argv], globalOptions, '')
    if (values.help) io.stdout(topHelp())
    else if (values.version) io.stdout(`${packageJson.version}\n`)
    else throw usageError('missing command (see sco-data --help)')
    return 0
  }
  if (!Object.hasOwn(commands, name)) {
    parseOptions(before, globalOptions, '')
    throw usageError(`unknown command ${JSON.stringify(name)} (commands: ${Object.keys(commands).join(', ')})`)
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
      io.stdout(`${packageJson.version}\n`)
      return 0
    }
    const missing = command.positionals[positionals.length]
    if (missing) throw usageError(`missing ${missing} (usage: sco-data ${name} ${command.synopsis})`)
    const extra = positionals[command.positionals.length]
    if (extra !== undefined) throw usageError(`unexpected argument ${JSON.stringify(extra)} (usage: sco-data ${name} ${command.synopsis})`)
    if (values.json && values.csv) throw usageError('--json and --csv cannot be combined')
    if (values.csv && !command.csv) throw usageError(`--csv is not available for ${name} (see sco-data ${name} --help)`)
    const format = values.json ? 'json' : values.csv ? 'csv' : 'table'
    const result = command.execute(positionals, values as Values)
    io.stdout(render(result, format, io.columns))
    return 0
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${name}: ${error.message}`, error.exitCode)
    throw error
  }
}

/** One line: an error message must never spill over lines on stderr. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ')

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
