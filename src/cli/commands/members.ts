import { memberStatesOn } from '../../index.js'
import { freshnessNotes, today } from '../arguments.js'
import type { Command } from '../command.js'
import { withOptions } from '../errors.js'
import { listing, stateView } from '../listing.js'

export const membersCommand: Command = {
  summary: 'The member states on a day',
  synopsis: '[--on <date>]',
  positionals: [],
  options: { on: { placeholder: '<date>', help: 'the day (YYYY-MM-DD); today when left out' } },
  description: 'Lists the member states on the day, ordered by alpha-2 code (memberStatesOn); `states --status member` says the same.',
  csv: true,
  execute(_, values) {
    const on = values.on ?? today()
    const members = withOptions({ date: '--on' }, () => memberStatesOn(on))
    return {
      json: members,
      listings: [listing(stateView, members, 'No member states.', `Member states on ${on} (${members.length})`)],
      notes: freshnessNotes([on]),
    }
  },
}
