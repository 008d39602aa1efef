import { statesOn, statuses, type Status } from '../../index.js'
import { freshnessNotes, today } from '../arguments.js'
import type { Command } from '../command.js'
import { withOptions } from '../errors.js'
import { listing, stateView } from '../listing.js'

export const statesCommand: Command = {
  summary: 'The states holding a status on a day',
  synopsis: '[--on <date>] [--status <status>]',
  positionals: [],
  options: {
    on: { placeholder: '<date>', help: 'the day (YYYY-MM-DD); today when left out' },
    status: { placeholder: '<status>', help: `only this status: ${statuses.join(', ')}; any when left out` },
  },
  description: 'Lists the states that held the status (any status without --status) on the day, ordered by alpha-2 code (statesOn).',
  csv: true,
  execute(_, values) {
    const on = values.on ?? today()
    const status = values.status as Status | undefined
    const found = withOptions({ date: '--on', status: '--status' }, () => statesOn(on, status))
    const what = status === undefined ? 'States with an SCO status' : `States with the status ${status}`
    return {
      json: found,
      listings: [listing(stateView, found, 'No state held it that day.', `${what} on ${on} (${found.length})`)],
      notes: freshnessNotes([on]),
    }
  },
}
