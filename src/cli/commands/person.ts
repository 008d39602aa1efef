import { attendanceOf, findPersons, getPerson, officeholders, type Person } from '../../index.js'
import type { Command } from '../command.js'
import { notFound, withOptions } from '../errors.js'
import { alternativeFields, attendanceView, fieldListing, listing, officeholderView, personFields, sourceFields, type Field } from '../listing.js'

/** The one person `text` names: an id, or a name or part of one that fits exactly one person. */
function onePerson(text: string): Person {
  const byId = getPerson(text)
  if (byId) return byId
  const found = withOptions({ text: '<name>' }, () => findPersons(text))
  if (found.length === 1) return found[0]!
  if (found.length === 0) throw notFound(`no person with a name or id matching ${JSON.stringify(text)}`)
  throw notFound(severalMatch(found, text))
}

/**
 * What to say when `text` fits several persons: how many, the first eight by id and name, and `…`
 * when there are more.
 *
 * @example
 * ```ts
 * import { severalMatch } from '../../src/cli/commands/person.js'
 *
 * const two = [{ id: 'li-peng', name: { en: 'Li Peng' } }, { id: 'li-qiang', name: { en: 'Li Qiang' } }]
 * severalMatch(two, 'li') // '2 persons match "li": li-peng (Li Peng), li-qiang (Li Qiang); give an id'
 * ```
 */
export function severalMatch(found: readonly Pick<Person, 'id' | 'name'>[], text: string): string {
  const shown = found.slice(0, 8).map((p) => `${p.id} (${p.name.en})`)
  return `${found.length} persons match ${JSON.stringify(text)}: ${shown.join(', ')}${found.length > shown.length ? ', …' : ''}; give an id`
}

export const personCommand: Command = {
  summary: 'A person: names, the delegations they headed and the SCO offices they held',
  synopsis: '<name>',
  positionals: ['<name>'],
  options: {},
  description:
    'Finds the person by id (sushma-swaraj) or by any name or alias, in any language, case and accents ignored\n' +
    '(getPerson, findPersons); a name that fits several persons lists them. JSON output is\n' +
    '{ person, attendance, offices } from getPerson, attendanceOf({ person }) and officeholders.\n' +
    'There is no CSV output (it is three tables): use `attendance --person <id> --csv` for the delegations.',
  csv: false,
  execute([text]) {
    const person = onePerson(text!)
    const attendance = attendanceOf({ person: person.id })
    const offices = officeholders.filter((term) => term.person === person.id)
    const fields: Field[] = [...personFields(person), ...alternativeFields(person), ...sourceFields(person.sources)]
    return {
      json: { person, attendance, offices },
      listings: [
        fieldListing(fields),
        listing(attendanceView, attendance, 'No delegation headed.', `Delegations headed (${attendance.length})`),
        listing(officeholderView, offices, 'No SCO office held.', `SCO offices (${offices.length})`),
      ],
    }
  },
}
