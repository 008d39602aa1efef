import type { Listing } from './listing.js'

/** What a command found: `json` is exactly what the accessors returned. */
export interface Result {
  json: unknown
  listings: Listing[]
  /** One-line remarks for stderr (such as a day asked about after the data's last check). */
  notes?: string[]
}

export type Values = Record<string, string | undefined>

/** One `sco-data <name>` command: its help and what it does. */
export interface Command {
  summary: string
  /** The arguments after the command's name, as the help shows them. */
  synopsis: string
  /** Names of the positional arguments, in order. */
  positionals: readonly string[]
  /** How many of them are required; all when left out. */
  required?: number
  /** String-valued options: the value's placeholder and what it does. */
  options: Readonly<Record<string, { placeholder: string; help: string }>>
  description: string
  /** False when the output is more than one table, which CSV cannot hold. */
  csv: boolean
  execute(positionals: readonly string[], values: Values): Result
}
