import type { Command } from './command.js'
import { formatTable } from './table.js'

export const globalHelp = [
  ['--json', 'print JSON: exactly what the library returns'],
  ['--csv', 'print CSV with a header row: the columns of the matching sco-data/csv table'],
  ['--lang <lang>', 'show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held'],
  ['-h, --help', 'show help'],
  ['--version', 'show the version and the day the data was checked up to'],
] as const

function helpLines(rows: readonly (readonly [string, string])[]): string {
  // Stryker disable next-line StringLiteral,ObjectLiteral: the headers are never printed (header: false below), nor counted in the widths
  const columns = [{ header: '' }, { header: '' }]
  return formatTable(columns, rows.map(([left, right]) => [`  ${left}`, right]), { header: false })
}

export function topHelp(commands: Readonly<Record<string, Command>>): string {
  const names = Object.keys(commands)
  return (
    'Usage: sco-data <command> [options]\n\n' +
    'Curated, sourced data about the Shanghai Cooperation Organisation: summits, member states and their\n' +
    'status history, documents adopted, and who attended.\n\n' +
    'Commands:\n' +
    helpLines(names.map((name) => [name, commands[name]!.summary])) +
    '\nOptions:\n' +
    helpLines(globalHelp) +
    '\nRun `sco-data <command> --help` for a command. Dates are written YYYY-MM-DD; state codes in any letter case.\n' +
    'Exit status: 0 on success, 1 when an id or state is not found, 2 for a usage error.\n'
  )
}

export function commandHelp(name: string, command: Command): string {
  const options = Object.entries(command.options).map(([option, { placeholder, help }]) => [`--${option} ${placeholder}`, help] as const)
  // Every global option but --version (a command's help is about the command), and --csv only where the command has CSV.
  const formats = globalHelp.filter(([option]) => option !== '--version' && (command.csv || option !== '--csv'))
  return (
    `Usage: sco-data ${name} ${command.synopsis} [${command.csv ? '--json | --csv' : '--json'}]\n\n` +
    `${command.summary}.\n${command.description}\n\n` +
    'Options:\n' +
    helpLines([...options, ...formats])
  )
}
