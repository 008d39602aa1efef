import { attendanceOf } from '../../index.js'
import { nameOf, stateCode } from '../arguments.js'
import type { Command } from '../command.js'
import { notFound, usageError, withOptions } from '../errors.js'
import { attendanceView, listing } from '../listing.js'

export const attendanceCommand: Command = {
  summary: 'Every summit a state, a person or an organisation attended',
  synopsis: '<state> | --person <name> | --organisation <name>',
  // Stryker disable next-line StringLiteral: the name is shown only when a required argument is missing, and none is (required: 0)
  positionals: ['<state>'],
  required: 0,
  options: {
    person: { placeholder: '<name>', help: 'a head of delegation, by any spelling: whole words, case and accents ignored (Putin, "V. Putin")' },
    organisation: { placeholder: '<name>', help: 'an organisation, by whole words of its name (United Nations)' },
  },
  description:
    "Lists the delegations at every summit, in summit order, with the capacity they came in (attendanceOf): a state's\n" +
    '(an alpha-2 code such as IN, any letter case; states that came only as guests included), or those a person or an\n' +
    'organisation headed.',
  csv: true,
  execute([text], values) {
    const given = [text, values.person, values.organisation].filter((value) => value !== undefined)
    if (given.length !== 1) throw usageError('give exactly one of <state>, --person <name> and --organisation <name>')
    if (text !== undefined) {
      const code = stateCode(text, '<state>')
      // stateCode has checked the code's form: attendanceOf throws only the RangeError of a code no record names.
      let attended
      try {
        attended = attendanceOf(code)
      } catch {
        throw notFound(`no delegation of ${code} is recorded at any summit`)
      }
      return { json: attended, listings: [listing(attendanceView, attended, 'No delegation recorded.', `${nameOf(code)} at SCO meetings (${attended.length})`)] }
    }
    const [field, name] = values.person !== undefined ? (['person', values.person] as const) : (['organisation', values.organisation!] as const)
    const attended = withOptions({ person: '--person', organisation: '--organisation' }, () => attendanceOf(field === 'person' ? { person: name } : { organisation: name }))
    if (attended.length === 0) throw notFound(`no ${field} matching ${JSON.stringify(name)} headed a delegation`)
    const title = `Delegations headed by ${field === 'person' ? '' : 'the '}${JSON.stringify(name)} (${attended.length})`
    // Stryker disable next-line StringLiteral: an empty answer is the error above, so the listing always has rows
    return { json: attended, listings: [listing(attendanceView, attended, '', title)] }
  },
}
