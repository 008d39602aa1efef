import { statusHistory, statusOn } from '../../index.js'
import { freshnessNotes, knownState } from '../arguments.js'
import type { Command } from '../command.js'
import { withOptions } from '../errors.js'
import { listing, periodView, type Column } from '../listing.js'

export const statusCommand: Command = {
  summary: "A state's status history, or its status on a day",
  synopsis: '<state> [--on <date>]',
  positionals: ['<state>'],
  options: { on: { placeholder: '<date>', help: 'the status held on this day (YYYY-MM-DD) instead of the history' } },
  description:
    'Without --on, every status the state (an alpha-2 code such as BY, any letter case) has held, oldest first (statusHistory).\n' +
    'With --on, the status it held that day (statusOn): JSON is the status, or null when it held none.',
  csv: true,
  execute([text], values) {
    const state = knownState(text!, '<state>')
    if (values.on === undefined) {
      const history = statusHistory(state.code)
      // Stryker disable next-line StringLiteral: never shown: knownState finds only states that hold or have held a status
      return { json: history, listings: [listing(periodView, history, 'No status held.', state.name)] }
    }
    const on = values.on
    const status = withOptions({ date: '--on' }, () => statusOn(state.code, on)) ?? null
    const columns: Column<null>[] = [
      { name: 'state', value: () => state.code },
      { name: 'date', value: () => on },
      { name: 'status', value: () => status },
    ]
    // Stryker disable next-line StringLiteral: never shown: the table always has its one row
    return { json: status, listings: [listing({ columns }, [null], '')], notes: freshnessNotes([on]) }
  },
}
