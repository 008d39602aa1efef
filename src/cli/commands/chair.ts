import { chairmanships, chairOn } from '../../index.js'
import { freshnessNotes, nameOf, today } from '../arguments.js'
import type { Command } from '../command.js'
import { notFound, withOptions } from '../errors.js'
import { chairmanshipView, listing } from '../listing.js'

export const chairCommand: Command = {
  summary: 'The state chairing the SCO on a day (today unless --on gives one)',
  synopsis: '[--on <date>]',
  positionals: [],
  options: {
    on: { placeholder: '<date>', help: 'the day (YYYY-MM-DD); today when left out' },
  },
  description:
    'The state holding the SCO chairmanship on the day (chairOn): JSON is its alpha-2 code. It passes at the close of each\n' +
    'Council of Heads of State meeting to the next host.',
  csv: true,
  execute(_, values) {
    const on = values.on ?? today()
    const code = withOptions({ date: '--on' }, () => chairOn(on))
    // Stryker disable next-line OptionalChaining: chairOn found no chair only on a day before the first chairmanship, so there is one
    if (code === undefined) throw notFound(`no state chaired the SCO on ${on}: the first chairmanship began on ${chairmanships[0]?.from}`)
    // Chairmanships tile time in order (DatasetSchema checks it): the first not over by the day is the one held.
    const held = chairmanships.find((c) => c.to === null || on <= c.to)!
    return {
      json: code,
      listings: [
        listing(
          chairmanshipView,
          [held],
          // Stryker disable next-line StringLiteral: the listing always has its one row
          '',
          `Chair of the SCO on ${on}: ${nameOf(code)}`,
        ),
      ],
      notes: freshnessNotes([on]),
    }
  },
}
