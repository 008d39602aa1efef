/**
 * What `sco-data` prints, exactly: each command's help (the documented interface, written out by
 * hand from src/cli/commands/*), terminal tables laid out by hand for small cases, the columns of
 * each command's table, and the error lines of the argument parser. cli.test.ts checks the same
 * commands' JSON and CSV against the accessors.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CliError, withOptions } from '../src/cli/errors.js'
import { severalMatch } from '../src/cli/commands/person.js'
import { run } from '../src/cli/run.js'
import { shown } from '../src/cli/listing.js'
import { summitsTable } from '../src/csv/tables.js'
import { displayWidth, formatTable, wrap } from '../src/cli/table.js'
import { bodies, dataAsOf, documentKinds, offices, statuses } from '../src/index.js'

function cli(argv: string[], columns?: number): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = run(argv, { stdout: (text) => (out += text), stderr: (text) => (err += text), columns })
  return { code, out, err }
}

/** The output of a command that succeeded quietly. */
function output(argv: string[], columns?: number): string {
  const { code, out, err } = cli(argv, columns)
  expect({ code, err }).toEqual({ code: 0, err: '' })
  return out
}

/** The one error line of a failed run, after checking the exit code and that nothing went to stdout. */
function failure(argv: string[], exitCode: 1 | 2): string {
  const { code, out, err } = cli(argv)
  expect({ code, out }).toEqual({ code: exitCode, out: '' })
  expect(err).toMatch(/^sco-data: [^\n]+\n$/)
  return err.trimEnd()
}

/** The raw record of one summit in data/, the source the library is built from. */
const rawSummit = (id: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'summits', `${id}.json`), 'utf8')) as {
    summit: { sources: { publisher: string; url: string }[] }
  }

const formatOptions = {
  json: '  --json         print JSON: exactly what the library returns\n',
  csv: '  --csv          print CSV with a header row: the columns of the matching sco-data/csv table\n',
  lang: '  --lang <lang>  show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n',
  help: '  -h, --help     show help\n',
}

describe('help', () => {
  it('at the top level lists the commands and the options', () => {
    expect(output(['--help'])).toBe(
      'Usage: sco-data <command> [options]\n' +
        '\n' +
        'Curated, sourced data about the Shanghai Cooperation Organisation: summits, member states and their\n' +
        'status history, documents adopted, and who attended.\n' +
        '\n' +
        'Commands:\n' +
        '  summits        List summits in chronological order\n' +
        '  summit         One summit with its documents and participants\n' +
        "  status         A state's status history, or its status on a day\n" +
        '  states         The states holding a status on a day\n' +
        '  members        The member states on a day\n' +
        '  documents      Find documents\n' +
        '  attendance     Every summit a state, a person or an organisation attended\n' +
        '  person         A person: names, the delegations they headed and the SCO offices they held\n' +
        '  chair          The state chairing the SCO on a day (today unless --on gives one)\n' +
        "  officeholders  The SCO's Secretaries-General and RATS Directors\n" +
        '  panel          The state-year panel: statuses, member days and COW codes\n' +
        '\n' +
        'Options:\n' +
        formatOptions.json +
        formatOptions.csv +
        formatOptions.lang +
        formatOptions.help +
        '  --version      show the version and the day the data was checked up to\n' +
        '\n' +
        'Run `sco-data <command> --help` for a command. Dates are written YYYY-MM-DD; state codes in any letter case.\n' +
        'Exit status: 0 on success, 1 when an id or state is not found, 2 for a usage error.\n',
    )
  })

  it('of summits', () => {
    expect(output(['summits', '--help'])).toBe(
      'Usage: sco-data summits [--body <body>] [--year <n>] [--host <alpha-2>] [--city <text>] [--from <date>] [--to <date>] [--json | --csv]\n' +
        '\n' +
        'List summits in chronological order.\n' +
        'Lists the summits that match every filter given (all of them with none), as findSummits returns them.\n' +
        '\n' +
        'Options:\n' +
        `  --body <body>     only meetings of this body: ${bodies.join(', ')}\n` +
        '  --year <n>        only meetings that started in this year\n' +
        '  --host <alpha-2>  only meetings hosted by this state, such as KZ\n' +
        '  --city <text>     only meetings whose city (in any language) contains this text; case and accents ignored\n' +
        '  --from <date>     only meetings that end on or after this day (YYYY-MM-DD)\n' +
        '  --to <date>       only meetings that start on or before this day (YYYY-MM-DD)\n' +
        '  --json            print JSON: exactly what the library returns\n' +
        '  --csv             print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>     show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help        show help\n',
    )
  })

  it('of summit, which has no CSV', () => {
    expect(output(['summit', '-h'])).toBe(
      'Usage: sco-data summit <id> [--json]\n' +
        '\n' +
        'One summit with its documents and participants.\n' +
        'Shows the summit with this id (such as 2024-astana), with the other values sources give where they disagree\n' +
        '(alternatives), the documents adopted there and the heads of delegation.\n' +
        'JSON output is { summit, documents, participants } from getSummit, documentsOf and participantsOf.\n' +
        'There is no CSV output (it is three tables): use `documents --summit <id> --csv` for the documents.\n' +
        '\n' +
        'Options:\n' +
        formatOptions.json +
        formatOptions.lang +
        formatOptions.help,
    )
  })

  it('of status', () => {
    expect(output(['status', '--help'])).toBe(
      'Usage: sco-data status <state> [--on <date>] [--json | --csv]\n' +
        '\n' +
        "A state's status history, or its status on a day.\n" +
        'Without --on, every status the state (an alpha-2 code such as BY, any letter case) has held, oldest first (statusHistory).\n' +
        'With --on, the status it held that day (statusOn): JSON is the status, or null when it held none.\n' +
        '\n' +
        'Options:\n' +
        '  --on <date>    the status held on this day (YYYY-MM-DD) instead of the history\n' +
        '  --json         print JSON: exactly what the library returns\n' +
        '  --csv          print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>  show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help     show help\n',
    )
  })

  it('of states', () => {
    expect(output(['states', '--help'])).toBe(
      'Usage: sco-data states [--on <date>] [--status <status>] [--json | --csv]\n' +
        '\n' +
        'The states holding a status on a day.\n' +
        'Lists the states that held the status (any status without --status) on the day, ordered by alpha-2 code (statesOn).\n' +
        '\n' +
        'Options:\n' +
        '  --on <date>        the day (YYYY-MM-DD); today when left out\n' +
        `  --status <status>  only this status: ${statuses.join(', ')}; any when left out\n` +
        '  --json             print JSON: exactly what the library returns\n' +
        '  --csv              print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>      show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help         show help\n',
    )
  })

  it('of members', () => {
    expect(output(['members', '--help'])).toBe(
      'Usage: sco-data members [--on <date>] [--json | --csv]\n' +
        '\n' +
        'The member states on a day.\n' +
        'Lists the member states on the day, ordered by alpha-2 code (memberStatesOn); `states --status member` says the same.\n' +
        '\n' +
        'Options:\n' +
        '  --on <date>    the day (YYYY-MM-DD); today when left out\n' +
        '  --json         print JSON: exactly what the library returns\n' +
        '  --csv          print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>  show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help     show help\n',
    )
  })

  it('of documents', () => {
    expect(output(['documents', '--help'])).toBe(
      'Usage: sco-data documents [--summit <id>] [--kind <kind>] [--text <text>] [--from <date>] [--to <date>] [--json | --csv]\n' +
        '\n' +
        'Find documents.\n' +
        'Lists the documents that match every filter given, ordered by date and id (findDocuments).\n' +
        '\n' +
        'Options:\n' +
        '  --summit <id>  only documents of this summit, such as 2024-astana\n' +
        `  --kind <kind>  only documents of this kind: ${documentKinds.join(', ')}\n` +
        '  --text <text>  only titles (in any language) containing this text; case and accents ignored\n' +
        '  --from <date>  only documents dated on or after this day (YYYY-MM-DD)\n' +
        '  --to <date>    only documents dated on or before this day (YYYY-MM-DD)\n' +
        '  --json         print JSON: exactly what the library returns\n' +
        '  --csv          print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>  show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help     show help\n',
    )
  })

  it('of attendance', () => {
    expect(output(['attendance', '--help'])).toBe(
      'Usage: sco-data attendance <state> | --person <name> | --organisation <name> [--json | --csv]\n' +
        '\n' +
        'Every summit a state, a person or an organisation attended.\n' +
        "Lists the delegations at every summit, in summit order, with the capacity they came in (attendanceOf): a state's\n" +
        '(an alpha-2 code such as IN, any letter case; states that came only as guests included), or those a person or an\n' +
        'organisation headed.\n' +
        '\n' +
        'Options:\n' +
        '  --person <name>        a head of delegation, by any spelling: whole words, case and accents ignored (Putin, "V. Putin")\n' +
        '  --organisation <name>  an organisation, by whole words of its name (United Nations)\n' +
        '  --json                 print JSON: exactly what the library returns\n' +
        '  --csv                  print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>          show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help             show help\n',
    )
  })

  it('of person, which has no CSV', () => {
    expect(output(['person', '--help'])).toBe(
      'Usage: sco-data person <name> [--json]\n' +
        '\n' +
        'A person: names, the delegations they headed and the SCO offices they held.\n' +
        'Finds the person by id (sushma-swaraj) or by any name or alias, in any language, case and accents ignored\n' +
        '(getPerson, findPersons); a name that fits several persons lists them. JSON output is\n' +
        '{ person, attendance, offices } from getPerson, attendanceOf({ person }) and officeholders.\n' +
        'There is no CSV output (it is three tables): use `attendance --person <id> --csv` for the delegations.\n' +
        '\n' +
        'Options:\n' +
        formatOptions.json +
        formatOptions.lang +
        formatOptions.help,
    )
  })

  it('of chair', () => {
    expect(output(['chair', '--help'])).toBe(
      'Usage: sco-data chair [--on <date>] [--json | --csv]\n' +
        '\n' +
        'The state chairing the SCO on a day (today unless --on gives one).\n' +
        'The state holding the SCO chairmanship on the day (chairOn): JSON is its alpha-2 code. It passes at the close of each\n' +
        'Council of Heads of State meeting to the next host.\n' +
        '\n' +
        'Options:\n' +
        '  --on <date>    the day (YYYY-MM-DD); today when left out\n' +
        '  --json         print JSON: exactly what the library returns\n' +
        '  --csv          print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>  show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help     show help\n',
    )
  })

  it('of officeholders', () => {
    expect(output(['officeholders', '--help'])).toBe(
      'Usage: sco-data officeholders [--office <office>] [--on <date>] [--json | --csv]\n' +
        '\n' +
        "The SCO's Secretaries-General and RATS Directors.\n" +
        'Every term of office (officeholders), or with --on the terms running that day (officeholdersOn). A term whose first or\n' +
        'last day no source gives is listed but never counted as running on a day.\n' +
        '\n' +
        'Options:\n' +
        `  --office <office>  only this office: ${offices.join(', ')}\n` +
        '  --on <date>        only the terms running on this day (YYYY-MM-DD); every term when left out\n' +
        '  --json             print JSON: exactly what the library returns\n' +
        '  --csv              print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>      show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help         show help\n',
    )
  })

  it('is the same wherever --help stands, and is not fitted to the terminal', () => {
    const help = output(['documents', '--help'])
    expect(output(['--help', 'documents'])).toBe(help)
    expect(output(['documents', '--kind', 'treaty', '-h'])).toBe(help)
    expect(output(['documents', '--help'], 40)).toBe(help)
  })
})

describe('formatTable', () => {
  it('shows a missing value as a dash', () => {
    expect(formatTable([{ header: 'state' }, { header: 'to' }], [['BY', null], ['IN', undefined]])).toBe('state  to\n-----  --\nBY     —\nIN     —\n')
  })

  it('right-aligns a column marked so, header included', () => {
    expect(formatTable([{ header: 'n', align: 'right' }, { header: 'city' }], [[3, 'Almaty'], [24, 'Astana']])).toBe(
      ' n  city\n--  ------\n 3  Almaty\n24  Astana\n',
    )
    expect(formatTable([{ header: 'city' }, { header: 'n', align: 'left' }], [['Ufa', 19]])).toBe('city  n\n----  --\nUfa   19\n')
  })

  it('turns each run of line breaks and control characters into one space', () => {
    expect(formatTable([{ header: 'notes' }], [['one\r\ntwo\u2028three\u2029\tfour']], { header: false })).toBe('one two three four\n')
  })

  it('narrows a shrinkable column exactly to the width given, wrapping at spaces', () => {
    const columns = [{ header: 'id' }, { header: 'title', shrink: true }]
    const rows = [['x', 'aaaa bbbb cccc']]
    expect(formatTable(columns, rows)).toBe('id  title\n--  --------------\nx   aaaa bbbb cccc\n')
    // 2 + 2 + 10 = 14 columns.
    expect(formatTable(columns, rows, { maxWidth: 14 })).toBe('id  title\n--  ----------\nx   aaaa bbbb\n    cccc\n')
    // A table that fits is left as it is.
    expect(formatTable(columns, rows, { maxWidth: 18 })).toBe(formatTable(columns, rows))
    // A cell exactly as wide as its column is not wrapped, even with leading spaces.
    expect(formatTable([{ header: 'a' }, { header: 'b' }], [['  two', 'x']], { header: false, maxWidth: 5 })).toBe('  two  x\n')
  })

  it('never narrows a column below eight, nor one not marked shrink', () => {
    const columns = [{ header: 'name' }, { header: 'title', shrink: true }]
    const rows = [['abcdefghijklmnop', 'abcd efg']]
    expect(formatTable(columns, rows, { maxWidth: 10 })).toBe('name              title\n----------------  --------\nabcdefghijklmnop  abcd efg\n')
    expect(formatTable(columns, [['a', 'a long title']], { maxWidth: 5 })).toBe('name  title\n----  --------\na     a long\n      title\n')
  })

  it('narrows the widest shrinkable column first', () => {
    const columns = [{ header: 'a', shrink: true }, { header: 'b', shrink: true }]
    // 12 + 2 + 19 = 33 columns; 26 are taken by narrowing b to 12, a staying as it is.
    expect(formatTable(columns, [['aaaa aaaa aa', 'bbbb bbbb bbbb bbbb']], { maxWidth: 26 })).toBe(
      'a             b\n------------  ------------\naaaa aaaa aa  bbbb bbbb\n              bbbb bbbb\n',
    )
  })

  it('narrows two equally wide columns in turn, the first first', () => {
    const columns = [{ header: 'a', shrink: true }, { header: 'b', shrink: true }]
    // 12 + 2 + 12 = 26 columns, 5 too many: the first loses three, the second two.
    expect(formatTable(columns, [['aaaaaaaaaaaa', 'bbbbbbbbbbbb']], { maxWidth: 21 }).split('\n')[1]).toBe('---------  ----------')
  })
})

describe('wrap and displayWidth', () => {
  it('breaks at spaces, filling each line up to the width', () => {
    expect(wrap('ab cd', 5)).toEqual(['ab cd'])
    expect(wrap('ab cd ef', 5)).toEqual(['ab cd', 'ef'])
    expect(wrap('Astana Declaration of the Council', 12)).toEqual(['Astana', 'Declaration', 'of the', 'Council'])
  })

  it('keeps the spaces of a line it does not break', () => {
    expect(wrap('a  b', 4)).toEqual(['a  b'])
    expect(wrap('', 4)).toEqual([''])
  })

  it('cuts a word only when it is wider than the line, into pieces as wide as the line', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
    expect(wrap('ab abcdefgh', 4)).toEqual(['ab', 'abcd', 'efgh'])
    expect(wrap('上海合作组织', 6)).toEqual(['上海合', '作组织'])
    expect(wrap('上海合作组织', 5)).toEqual(['上海', '合作', '组织'])
    // A character wider than the line still goes somewhere: one to a line.
    expect(wrap('上海', 1)).toEqual(['上', '海'])
  })

  it('counts zero-width characters as nothing', () => {
    expect(displayWidth('a\u200Bb')).toBe(2)
    expect(displayWidth('co\u00ADoperation')).toBe(11)
    expect(displayWidth('\u0301')).toBe(0)
    expect(displayWidth('🇰🇿')).toBe(2)
  })
})

describe('the tables of each command', () => {
  /** The header line of the first table a command prints (after its title, if any). */
  const header = (argv: string[], titled = true) => output(argv).split('\n')[titled ? 1 : 0]

  it('summits: the columns, numbers right-aligned', () => {
    expect(output(['summits', '--year', '2024'])).toBe(
      'id                  body                 number  start_date  end_date    city       host  chair  format     documents_reported\n' +
        '------------------  -------------------  ------  ----------  ----------  ---------  ----  -----  ---------  ------------------\n' +
        '2024-astana         heads-of-state           24  2024-07-04  2024-07-04  Astana     KZ    KZ     in-person                  24\n' +
        '2024-islamabad-hog  heads-of-government      23  2024-10-15  2024-10-16  Islamabad  PK    PK     in-person                   8\n',
    )
  })

  it('status: the history of a state under its name', () => {
    expect(output(['status', 'BY'])).toBe(
      'Belarus\n' +
        'state  status            from        to          decided_at\n' +
        '-----  ----------------  ----------  ----------  ------------------\n' +
        'BY     dialogue-partner  2009-06-16  2015-07-09  2009-yekaterinburg\n' +
        'BY     observer          2015-07-10  2024-07-03  2015-ufa\n' +
        'BY     member            2024-07-04  —           2024-astana\n',
    )
  })

  it('status on a day: the state, the day and the status, or a dash for none', () => {
    expect(output(['status', 'BY', '--on', '2024-07-04'])).toBe('state  date        status\n-----  ----------  ------\nBY     2024-07-04  member\n')
    expect(output(['status', 'IN', '--on', '2001-06-15'])).toBe('state  date        status\n-----  ----------  ------\nIN     2001-06-15  —\n')
  })

  it('states and members: code, iso3 and name, under a title naming the status and the day', () => {
    expect(output(['states', '--on', '2014-06-01', '--status', 'observer'])).toBe(
      'States with the status observer on 2014-06-01 (5)\n' +
        'code  iso3  name\n' +
        '----  ----  -----------\n' +
        'AF    AFG   Afghanistan\n' +
        'IN    IND   India\n' +
        'IR    IRN   Iran\n' +
        'MN    MNG   Mongolia\n' +
        'PK    PAK   Pakistan\n',
    )
    expect(output(['states', '--on', '2001-06-15']).split('\n')[0]).toBe('States with an SCO status on 2001-06-15 (6)')
    expect(output(['states', '--on', '2001-06-14'])).toBe('States with an SCO status on 2001-06-14 (0)\nNo state held it that day.\n')
    expect(output(['members', '--on', '2001-06-15']).split('\n').slice(0, 3)).toEqual(['Member states on 2001-06-15 (6)', 'code  iso3  name', '----  ----  ----------'])
    expect(output(['members', '--on', '2001-06-14'])).toBe('Member states on 2001-06-14 (0)\nNo member states.\n')
  })

  it('chair: the chairmanship held on the day, under the state named', () => {
    expect(output(['chair', '--on', '2003-05-29'])).toBe(
      'Chair of the SCO on 2003-05-29: Kazakhstan\nstate  from        to\n-----  ----------  ----------\nKZ     2002-06-08  2003-05-29\n',
    )
    // The last day of one chairmanship and the first of the next.
    expect(output(['chair', '--on', '2003-05-30']).split('\n')[0]).toBe('Chair of the SCO on 2003-05-30: Uzbekistan')
    expect(output(['chair', '--on', '2003-05-30']).split('\n')[3]).toBe('UZ     2003-05-30  2004-06-17')
    // Kazakhstan's second chairmanship, not its first.
    expect(output(['chair', '--on', '2004-07-01']).split('\n')[3]).toBe('KZ     2004-06-18  2005-07-05')
    // A closed chairmanship on its last day, and the one still running, which has no last day.
    expect(output(['chair', '--on', '2026-09-01'])).toBe(
      'Chair of the SCO on 2026-09-01: Kyrgyzstan\nstate  from        to\n-----  ----------  ----------\nKG     2025-09-02  2026-09-01\n',
    )
    expect(output(['chair', '--on', '2026-09-02'])).toBe(
      'Chair of the SCO on 2026-09-02: Pakistan\nstate  from        to\n-----  ----------  --\nPK     2026-09-02  —\n',
    )
  })

  it('chair: before the first chairmanship is not found', () => {
    expect(failure(['chair', '--on', '1999-01-01'], 1)).toBe('sco-data: chair: no state chaired the SCO on 1999-01-01: the first chairmanship began on 2001-06-14')
    expect(failure(['chair', '--on', '2024-02-30'], 2)).toBe('sco-data: chair: --on: expected a real day written YYYY-MM-DD, got "2024-02-30"')
  })

  it('officeholders: office, person, name, from, to (serving when still in office), appointed at', () => {
    expect(output(['officeholders', '--office', 'secretary-general', '--on', '2025-06-01'])).toBe(
      'Holding office on 2025-06-01 (1)\n' +
        'office             person              name                from        to       appointed_at\n' +
        '-----------------  ------------------  ------------------  ----------  -------  ------------\n' +
        'secretary-general  nurlan-yermekbayev  Nurlan Yermekbayev  2025-01-01  serving  2024-astana\n',
    )
    expect(output(['officeholders', '--office', 'secretary-general']).split('\n').slice(0, 4)).toEqual([
      'Terms of office (8)',
      'office             person              name                from        to          appointed_at',
      '-----------------  ------------------  ------------------  ----------  ----------  -------------',
      'secretary-general  zhang-deguang       Zhang Deguang       2004-01-15  2006-12-31  2003-moscow',
    ])
    expect(output(['officeholders', '--on', '1990-01-01'])).toBe('Holding office on 1990-01-01 (0)\nNo term matches.\n')
    expect(failure(['officeholders', '--on', '2019-02-30'], 2)).toBe('sco-data: officeholders: --on: expected a real day written YYYY-MM-DD, got "2019-02-30"')
  })

  it('attendance: summit, date, capacity, person_name, role, mode, under the state named', () => {
    const lines = output(['attendance', 'TM']).split('\n')
    expect(lines[0]).toMatch(/^Turkmenistan at SCO meetings \(\d+\)$/)
    expect(lines[1]).toMatch(/^summit +date +capacity +person_name +role +mode$/)
    expect(lines[3]).toMatch(/^2007-bishkek +2007-08-16 +guest +Kurbanguly Berdymukhamedov +President +in-person$/)
    expect(output(['attendance', 'in']).split('\n')[0]).toMatch(/^India at SCO meetings \(\d+\)$/)
    expect(output(['attendance', '--organisation', 'United Nations']).split('\n')[0]).toMatch(/^Delegations headed by the "United Nations" \(\d+\)$/)
    expect(failure(['attendance', '--organisation', 'Nowhere League'], 1)).toBe('sco-data: attendance: no organisation matching "Nowhere League" headed a delegation')
  })

  it('documents: id, date, kind, signed and the English title', () => {
    expect(header(['documents', '--summit', '2001-almaty-hog'], false)).toMatch(/^id +date +kind +signed +title_en$/)
    expect(output(['documents', '--summit', '2010-dushanbe-hog'])).toBe('No document matches.\n')
  })

  it('summit: the fields, the documents and the delegations, each delegation named by its state or organisation', () => {
    const out = output(['summit', '2006-shanghai'], 400)
    const delegations = out.slice(out.indexOf('\nParticipants ('))
    expect(delegations.split('\n')[2]).toMatch(/^delegation +capacity +person_name +role +mode$/)
    expect(delegations).toMatch(/\nCN +member +/)
    expect(delegations).toMatch(/\nAssociation of Southeast Asian Nations +guest +Wilfrido V\. Villacorta +/)
    expect(output(['summit', '2001-almaty-hog'])).toContain('\nParticipants (0)\nNo attendance recorded.\n')
  })

  it('summit: other values sources give, and the sources, one to a line', () => {
    const out = output(['summit', '1999-bishkek'], 1000)
    expect(out).toMatch(/\nalternatives {8}startDate: "1999-08-24" \(photius\.com\)\n {20}endDate: "1999-08-26" \(photius\.com\)\nsources {13}/)
    const almaty = output(['summit', '1998-almaty'], 1000)
    expect(almaty).toContain(
      '\nalternatives        startDate: "1998-06-03" (CIS Legislation (SojuzPravoInform); Heading of the joint statement\'s text; apparently a translation error.)\n',
    )
    expect(almaty).toContain(
      '\n                    city: "Alma-Ata" (photius.com, Ministry of Foreign Affairs of the People\'s Republic of China; Older form of the city\'s name.)\n',
    )
    const sources = rawSummit('1998-almaty').summit.sources.map(({ publisher, url }) => `${publisher}: ${url}`)
    expect(almaty).toContain(`\nsources             ${sources.join('\n                    ')}\n\nDocuments (`)
    expect(output(['summit', '1997-moscow'], 1000)).not.toContain('alternatives')
  })

  it.each([
    // Fixed columns 17 + 10 + 8 + 9 and five gaps leave 26 for person_name and role, which both give way.
    [['attendance', 'TM'], 80],
    // Fixed columns 8 + 9 and four gaps leave 47 for delegation, person_name and role, 8 each at least.
    [['summit', '2006-shanghai'], 72],
    // Every column but name is fixed: 17 + 23 + 10 + 10 + 13 and five gaps leave 8 for the names.
    [['officeholders'], 91],
  ])('%j fits %i columns, its long cells wrapped', (argv, columns) => {
    const lines = output(argv, columns).trimEnd().split('\n')
    expect(lines.filter((line) => displayWidth(line) > columns)).toEqual([])
    expect(lines.some((line) => displayWidth(line) === columns)).toBe(true)
  })

  it('summit: fields wrap at 100 columns off a terminal, and at the terminal width on one', () => {
    const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth))
    const fields = (text: string) => text.slice(0, text.indexOf('\n\n'))
    expect(widest(fields(output(['summit', '1998-almaty'])))).toBe(100)
    expect(widest(fields(output(['summit', '1998-almaty'], 60)))).toBe(60)
  })

  it('summit: on a terminal too narrow for both, the values wrap and the field names stay whole', () => {
    expect(output(['summit', '2024-astana'], 24).split('\n').slice(0, 4)).toEqual(['id                  2024-ast', '                    ana', 'body                heads-of', '                    -state'])
  })

  it('person: the fields with aliases, then the delegations headed and the offices held', () => {
    const out = output(['person', 'vladimir-norov'], 1000)
    expect(out).toMatch(/^id {7}vladimir-norov\nname_en {2}Vladimir Norov\n/)
    expect(out).toContain('\naliases  Vladimir I. Norov\nsources  SCO Secretariat: https://eng.sectsco.org/news/20190125/507625.html\n         SCO Secretariat: ')
    expect(out).toMatch(/\n\nDelegations headed \(6\)\nsummit +date +capacity +person_name +role +mode\n/)
    expect(out).toContain(
      '\n\nSCO offices (1)\n' +
        'office             person          name            from        to          appointed_at\n' +
        '-----------------  --------------  --------------  ----------  ----------  ------------\n' +
        'secretary-general  vladimir-norov  Vladimir Norov  2019-01-01  2021-12-31  2018-qingdao\n',
    )
    const swaraj = output(['person', 'sushma-swaraj'])
    expect(swaraj).toContain('\naliases  S. Svaradzh; S. Swaraj\n')
    expect(swaraj.endsWith('\n\nSCO offices (0)\nNo SCO office held.\n')).toBe(true)
  })

  it.each([
    ['singh', 5],
    ['mohammad', 9],
    ['li', 27],
  ])('person: the %s persons matching %j are listed, at most eight of them', (name, count) => {
    const line = failure(['person', name], 1)
    const [, counted, shown] = new RegExp(`^sco-data: person: (\\d+) persons match "${name}": (.*); give an id$`).exec(line)!
    expect(Number(counted)).toBe(count)
    const listed = shown!.split(', ')
    expect(listed.filter((entry) => entry !== '…')).toHaveLength(Math.min(count, 8))
    expect(listed.at(-1) === '…').toBe(count > 8)
    for (const entry of listed.filter((e) => e !== '…')) expect(entry).toMatch(/^[a-z0-9-]+ \([^)]+\)$/)
  })

  it.each([
    [7, '7 persons match "x": a (A), b (B), c (C), d (D), e (E), f (F), g (G); give an id'],
    [8, '8 persons match "x": a (A), b (B), c (C), d (D), e (E), f (F), g (G), h (H); give an id'],
    [9, '9 persons match "x": a (A), b (B), c (C), d (D), e (E), f (F), g (G), h (H), …; give an id'],
  ])('person: of %i persons that match, eight at most are listed, and "…" says there are more', (count, expected) => {
    const found = [...'abcdefghi'].slice(0, count).map((id) => ({ id, name: { en: id.toUpperCase() } }))
    expect(severalMatch(found, 'x')).toBe(expected)
  })

  it('person: a name that cannot match anything is a usage error', () => {
    expect(failure(['person', '  '], 2)).toBe('sco-data: person: <name>: expected a name or part of one, got "  "')
  })
})

describe('the argument parser', () => {
  it('takes a flag given twice as given once (an option with a value may be given once)', () => {
    expect(output(['summits', '--json', '--json', '--year', '2024'])).toBe(output(['summits', '--json', '--year', '2024']))
  })

  it('a view naming a column its CSV table lacks fails as it loads, saying which', () => {
    expect(() => shown(summitsTable, 'nope')).toThrow(new Error('the summits table has no column nope'))
    expect(shown(summitsTable, 'city', { shrink: true })).toEqual({ name: 'city', value: expect.any(Function), shrink: true })
  })

  it.each([
    [['--bogus'], 'sco-data: unknown option --bogus (see sco-data --help)'],
    [['--jsn'], 'sco-data: unknown option --jsn (did you mean "--json"?) (see sco-data --help)'],
    [['--bogus', 'nope'], 'sco-data: unknown option --bogus (see sco-data --help)'],
    [['--json=1'], 'sco-data: --json takes no value (see sco-data --help)'],
    // parseArgs names an option that has a short form as '-h, --help'.
    [['--help=1'], 'sco-data: --help takes no value (see sco-data --help)'],
    [['summits', '--help=yes'], 'sco-data: summits: --help takes no value (see sco-data summits --help)'],
    [['summits', '--year=2024', '--year=2025'], 'sco-data: summits: --year given more than once'],
    [['status', 'BY', 'IN'], 'sco-data: status: unexpected argument "IN" (usage: sco-data status <state> [--on <date>])'],
    [['status'], 'sco-data: status: missing <state> (usage: sco-data status <state> [--on <date>])'],
    [['person'], 'sco-data: person: missing <name> (usage: sco-data person <name>)'],
    [['summit'], 'sco-data: summit: missing <id> (usage: sco-data summit <id>)'],
    [['summits', '--year', '12024'], 'sco-data: summits: --year: expected a year such as 2024, got "12024"'],
    [['summits', '--year', '2024a'], 'sco-data: summits: --year: expected a year such as 2024, got "2024a"'],
    [['person', 'Nobody', '--csv'], 'sco-data: person: --csv is not available for person (see sco-data person --help)'],
    [['summits', '--to', '2024-13-01'], 'sco-data: summits: --to: expected a real day written YYYY-MM-DD, got "2024-13-01"'],
    [['documents', '--from', 'x'], 'sco-data: documents: --from: expected a real day written YYYY-MM-DD, got "x"'],
    [['attendance', '--organisation', ' '], 'sco-data: attendance: --organisation: expected a name, got " "'],
  ] as const)('%j', (argv, message) => {
    if (typeof message === 'string') expect(failure([...argv], 2)).toBe(message)
    else expect(failure([...argv], 2)).toMatch(message)
  })

  it('takes options before the command name, and the command after --', () => {
    expect(output(['--json', 'status', 'BY', '--on', '2024-07-04'])).toBe('"member"\n')
    expect(cli(['--', 'summits'])).toEqual(cli(['--help']))
    expect(output(['--version', '--help'])).toBe(output(['--help']))
  })

  it('a string option given twice is an error; a boolean one is not', () => {
    expect(cli(['summits', '--year', '2024', '--json', '--json']).code).toBe(0)
  })

  it('writes an unexpected error as one line with exit code 1', () => {
    const io = {
      stdout: () => {
        throw new Error('disk full\n  at write')
      },
      stderr: (text: string) => (err += text),
    }
    let err = ''
    expect(run(['status', 'BY'], io)).toBe(1)
    expect(err).toBe('sco-data: unexpected error: disk full at write\n')
    err = ''
    const io2 = {
      stdout: () => {
        // A thrown value that is not an Error.
        throw 'broken pipe'
      },
      stderr: (text: string) => (err += text),
    }
    expect(run(['status', 'BY'], io2)).toBe(1)
    expect(err).toBe('sco-data: unexpected error: broken pipe\n')
  })

  it('puts an error message that spans lines on one line, whatever the spaces around the breaks', () => {
    expect(failure(['--x\n\t\ny'], 2)).toBe('sco-data: unknown option --x y (see sco-data --help)')
    expect(failure(['summits', '--x\ny'], 2)).toBe('sco-data: summits: unknown option --x y (see sco-data summits --help)')
  })

  it('notes a day after the data was last checked once, naming the latest day asked', () => {
    const { err } = cli(['summits', '--from', '2099-02-01', '--to', '2099-01-01'])
    expect(err).toBe(`sco-data: note: the data was checked against sources up to ${dataAsOf}; anything after that day (2099-02-01 was asked) is not in it\n`)
    expect(cli(['chair', '--on', '2099-01-01']).err).toMatch(/^sco-data: note: .*\(2099-01-01 was asked\)/)
    expect(cli(['officeholders', '--on', '2099-01-01']).err).toMatch(/^sco-data: note: .*\(2099-01-01 was asked\)/)
  })
})

describe('withOptions', () => {
  const optionFor = { date: '--on', summit: '--summit' }
  const thrown = (error: unknown) => {
    try {
      withOptions(optionFor, () => {
        throw error
      })
    } catch (caught) {
      return caught
    }
    return undefined
  }

  it('names the option of an argument error, as a usage error', () => {
    expect(thrown(new RangeError('date: expected a real day written YYYY-MM-DD, got "x"'))).toEqual(
      new CliError('--on: expected a real day written YYYY-MM-DD, got "x"', 2),
    )
    const typeError = thrown(new TypeError('date: expected a string,\ngot 3')) as CliError
    expect([typeError.message, typeError.exitCode]).toEqual(['--on: expected a string,\ngot 3', 2])
  })

  it('makes an unknown id "not found"', () => {
    const error = thrown(new RangeError('summit: no summit has the id "1999-atlantis"')) as CliError
    expect([error.message, error.exitCode]).toEqual(['--summit: no summit has the id "1999-atlantis"', 1])
    expect((thrown(new RangeError('summit: expected no summit has the id "x"')) as CliError).exitCode).toBe(2)
    expect((thrown(new RangeError('summit: no  has the id x')) as CliError).exitCode).toBe(2)
  })

  it('passes on any other error as it is', () => {
    for (const error of [
      new Error('date: expected a real day'),
      new RangeError('office: expected one of secretary-general'),
      new RangeError('the date: expected a real day'),
      new RangeError('no colon here'),
    ]) {
      expect(thrown(error)).toBe(error)
    }
    expect(withOptions(optionFor, () => 42)).toBe(42)
  })
})
