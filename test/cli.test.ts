/**
 * The `sco-data` command line: every command in process through `run()`, its JSON checked against
 * the accessors and its CSV parsed back. The real runs of the bin are in cli-bin.test.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'
import { displayWidth, formatTable } from '../src/cli/table.js'
import {
  documentsOf,
  findDocuments,
  findSummits,
  getState,
  getSummit,
  memberStatesOn,
  participantsOf,
  participations,
  dataAsOf,
  statesOn,
  getPerson,
  chairOn,
  chairmanships,
  officeholders,
  officeholdersOn,
  attendanceOf,
  statusHistory,
  statusOn,
  summits,
} from '../src/index.js'

const root = join(import.meta.dirname, '..')
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

function cli(argv: string[], columns?: number): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = run(argv, { stdout: (text) => (out += text), stderr: (text) => (err += text), columns })
  return { code, out, err }
}

/** The parsed JSON a command printed, after checking it succeeded quietly. */
function json(argv: string[]): unknown {
  const { code, out, err } = cli([...argv, '--json'])
  expect(code).toBe(0)
  // Quiet, but for the one-line note on a day after the data's last check.
  expect(err).toMatch(/^(?:sco-data: note: [^\n]*\n)?$/)
  return JSON.parse(out)
}

/** What JSON makes of a value: the accessors' frozen records compared as plain data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null))

/** A strict RFC 4180 parser for what the CLI writes: LF line ends (as the shipped tables), quoted fields with doubled quotes, every row ended. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i += 1
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
          } else {
            i += 1
            break
          }
        } else field += text[i++]
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`)
        field += text[i++]
      }
    }
    row.push(field)
    if (text[i] === ',') i += 1
    else if (text[i] === '\n') {
      rows.push(row)
      row = []
      i += 1
    } else throw new Error(`expected a comma or LF at ${i}, got ${JSON.stringify(text[i])}`)
  }
  if (row.length > 0) throw new Error('last row not ended by LF')
  return rows
}

/** CSV output of a command, parsed, after checking it succeeded quietly and every row is as wide as the header. */
function csv(argv: string[]): { header: string[]; rows: string[][] } {
  const { code, out, err } = cli([...argv, '--csv'])
  expect({ code, err }).toEqual({ code: 0, err: '' })
  const [header, ...rows] = parseCsv(out)
  expect(rows.every((row) => row.length === header!.length)).toBe(true)
  return { header: header!, rows }
}

/** How a value reads in a CSV field. */
const field = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/** The single error line of a failed run, after checking the exit code and that nothing went to stdout. */
function failure(argv: string[], exitCode: 1 | 2): string {
  const { code, out, err } = cli(argv)
  expect({ code, out }).toEqual({ code: exitCode, out: '' })
  expect(err).toMatch(/^sco-data: [^\n]+\n$/)
  return err.trimEnd()
}

const today = (() => {
  const now = new Date()
  const two = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
})()

describe('summits', () => {
  it('--json is what findSummits returns, with and without filters', () => {
    expect(json(['summits'])).toEqual(plain(findSummits()))
    expect(json(['summits', '--body', 'heads-of-state', '--year', '2024'])).toEqual(plain(findSummits({ body: 'heads-of-state', year: 2024 })))
    expect(json(['summits', '--host', 'kz'])).toEqual(plain(findSummits({ host: 'KZ' })))
    expect(json(['summits', '--host', 'KZ', '--body', 'heads-of-government'])).toEqual(
      plain(findSummits({ host: 'KZ', body: 'heads-of-government' })),
    )
    expect(json(['summits', '--year', '1990'])).toEqual([])
  })

  it('--csv parses back to the records', () => {
    const { header, rows } = csv(['summits'])
    expect(header).toEqual(['id', 'body', 'number', 'start_date', 'end_date', 'city', 'city_ru', 'city_zh', 'host', 'chair', 'format', 'documents_reported', 'notes'])
    expect(rows).toEqual(
      summits.map((s) => [s.id, s.body, s.number, s.startDate, s.endDate, s.city, s.cityNames?.ru, s.cityNames?.zh, s.host, s.chair, s.format, s.documentsReported, s.notes].map(field)),
    )
  })

  it('prints an aligned table with one row per summit', () => {
    const { code, out } = cli(['summits', '--body', 'heads-of-state'])
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n')
    const expected = findSummits({ body: 'heads-of-state' })
    expect(lines).toHaveLength(expected.length + 2)
    expect(lines[0]).toMatch(/^id +body +number +start_date +end_date +city/)
    const bodyColumn = lines[0]!.indexOf('body')
    lines.slice(2).forEach((line, i) => {
      expect(line.startsWith(expected[i]!.id)).toBe(true)
      expect(line.slice(bodyColumn).startsWith(expected[i]!.body)).toBe(true)
    })
  })

  it('says so when nothing matches', () => {
    expect(cli(['summits', '--year', '1990']).out).toBe('No summit matches.\n')
    expect(csv(['summits', '--year', '1990'])).toEqual({ header: expect.any(Array), rows: [] })
  })
})

describe('summit', () => {
  it('--json is the summit with its documents and participants', () => {
    for (const id of ['2024-astana', '2001-almaty-hog', '2020-virtual']) {
      expect(json(['summit', id])).toEqual(plain({ summit: getSummit(id), documents: documentsOf(id), participants: participantsOf(id) }))
    }
  })

  it('prints the fields, then the documents and the delegations', () => {
    const { code, out } = cli(['summit', '2024-astana'])
    expect(code).toBe(0)
    expect(out).toMatch(/^id +2024-astana\n/)
    expect(out).toContain(`\nDocuments (${documentsOf('2024-astana').length} listed, of 24 reported)\n`)
    expect(out).toMatch(/\ndocuments +24 listed, of 24 reported\n/)
    expect(out).toContain(`\nParticipants (${participantsOf('2024-astana').length})\n`)
    for (const document of documentsOf('2024-astana')) expect(out).toContain(document.id)
    expect(cli(['summit', '2010-dushanbe-hog']).out).toContain('Documents (0 listed, no total reported by the sources)\nNo documents listed.\n')
  })
})

describe('summits and documents between two days', () => {
  it('--from and --to are what findSummits and findDocuments return', () => {
    expect(json(['summits', '--from', '2024-07-04', '--to', '2024-10-15'])).toEqual(plain(findSummits({ from: '2024-07-04', to: '2024-10-15' })))
    expect((json(['summits', '--from', '2024-07-04', '--to', '2024-10-15']) as { id: string }[]).map((s) => s.id)).toEqual(['2024-astana', '2024-islamabad-hog'])
    expect(json(['documents', '--from', '2024-07-04', '--to', '2024-07-04'])).toEqual(plain(findDocuments({ from: '2024-07-04', to: '2024-07-04' })))
  })
})

describe('status', () => {
  it('--json is the history without --on, and the status on the day with it', () => {
    for (const code of ['BY', 'IN', 'AF', 'TR']) expect(json(['status', code])).toEqual(plain(statusHistory(code)))
    expect(json(['status', 'BY', '--on', '2024-07-04'])).toBe(statusOn('BY', '2024-07-04'))
    expect(json(['status', 'by', '--on', '2024-07-03'])).toBe(statusOn('BY', '2024-07-03'))
    expect(statusOn('IN', '2001-06-15')).toBeUndefined()
    expect(json(['status', 'IN', '--on', '2001-06-15'])).toBeNull()
  })

  it('--csv parses back to the periods, or to the one status', () => {
    const { header, rows } = csv(['status', 'IN'])
    expect(header).toEqual(['id', 'state', 'status', 'from', 'to', 'decided_at', 'notes'])
    expect(rows).toEqual(statusHistory('IN').map((p) => [`IN/${p.from}`, p.state, p.status, p.from, p.to, p.decidedAt, p.notes].map(field)))
    expect(csv(['status', 'BY', '--on', '2024-07-04'])).toEqual({
      header: ['state', 'date', 'status'],
      rows: [['BY', '2024-07-04', field(statusOn('BY', '2024-07-04'))]],
    })
  })

  it('prints the history as a table', () => {
    const { out } = cli(['status', 'BY'])
    expect(out.split('\n')[0]).toBe(getState('BY').name)
    for (const period of statusHistory('BY')) expect(out).toMatch(new RegExp(`\\n${period.state} +${period.status} +${period.from} `))
  })
})

describe('states', () => {
  it('--json is what statesOn returns, for a status or any, today by default', () => {
    expect(json(['states', '--on', '2014-06-01', '--status', 'observer'])).toEqual(plain(statesOn('2014-06-01', 'observer')))
    expect(json(['states', '--on', '2024-07-04'])).toEqual(plain(statesOn('2024-07-04')))
    expect(json(['states'])).toEqual(plain(statesOn(today)))
    expect((json(['states', '--on', '2014-06-01', '--status', 'observer']) as { code: string }[]).map((s) => s.code)).toEqual(['AF', 'IN', 'IR', 'MN', 'PK'])
  })

  it('names the day and the status in the table title', () => {
    expect(cli(['states', '--on', '2014-06-01', '--status', 'observer']).out.split('\n')[0]).toBe('States with the status observer on 2014-06-01 (5)')
  })
})

describe('people and offices', () => {
  it('person: --json is the person, the delegations they headed and their offices, found by any spelling', () => {
    const expected = plain({ person: getPerson('sushma-swaraj'), attendance: attendanceOf({ person: 'sushma-swaraj' }), offices: [] })
    expect(json(['person', 'svaradzh'])).toEqual(expected)
    expect(json(['person', 'sushma-swaraj'])).toEqual(expected)
    const norov = json(['person', 'Vladimir Norov']) as { offices: { office: string; person: string }[] }
    expect(norov.offices).toEqual(plain(officeholders.filter((t) => t.person === 'vladimir-norov')))
  })

  it('person: a name that fits several persons lists them; none is not found', () => {
    expect(failure(['person', 'singh'], 1)).toMatch(/^sco-data: person: \d+ persons match "singh": .*manmohan-singh \(Manmohan Singh\).*; give an id$/)
    expect(failure(['person', 'Nobody Atall'], 1)).toBe('sco-data: person: no person with a name or id matching "Nobody Atall"')
  })

  it('chair: --json is what chairOn returns, today by default', () => {
    expect(json(['chair', '--on', '2003-05-29'])).toBe('KZ')
    expect(json(['chair', '--on', '2024-07-05'])).toBe(chairOn('2024-07-05'))
    expect(json(['chair'])).toBe(chairOn(today))
    expect(failure(['chair', '--on', '1999-01-01'], 1)).toMatch(/^sco-data: chair: no state chaired the SCO on 1999-01-01/)
  })

  it('officeholders: every term, or those running on a day, of one office or both', () => {
    expect(json(['officeholders'])).toEqual(plain(officeholders))
    expect(json(['officeholders', '--office', 'rats-director'])).toEqual(plain(officeholders.filter((t) => t.office === 'rats-director')))
    expect(json(['officeholders', '--on', '2019-01-01'])).toEqual(plain(officeholdersOn('2019-01-01')))
    expect(json(['officeholders', '--on', '2019-01-01', '--office', 'secretary-general'])).toEqual(plain(officeholdersOn('2019-01-01', 'secretary-general')))
    expect(failure(['officeholders', '--office', 'secretary'], 2)).toMatch(/^sco-data: officeholders: --office: expected one of secretary-general, rats-director, got "secretary"/)
  })

  it('officeholders and chair: --csv parses back to the terms and the chairmanship, every field a column', () => {
    const terms = csv(['officeholders'])
    expect(terms.header).toEqual(['id', 'office', 'person', 'from', 'to', 'serving', 'appointed_at', 'notes'])
    expect(terms.rows).toEqual(officeholders.map((t) => [`${t.office}/${t.person}`, t.office, t.person, t.from, t.to, t.serving, t.appointedAt, t.notes].map(field)))
    expect(csv(['chair', '--on', '2003-05-29'])).toEqual({
      header: ['id', 'state', 'from', 'to', 'notes'],
      rows: chairmanships.filter((c) => c.from <= '2003-05-29' && (c.to === null || '2003-05-29' <= c.to)).map((c) => [`${c.state}/${c.from}`, c.state, c.from, c.to, c.notes].map(field)),
    })
  })
})

describe('a day after the data was last checked', () => {
  const later = '2099-01-01'
  const note = `sco-data: note: the data was checked against sources up to ${dataAsOf}; anything after that day (${later} was asked) is not in it\n`

  it.each([
    [['members', '--on', later]],
    [['states', '--on', later]],
    [['status', 'BY', '--on', later]],
    [['summits', '--from', later]],
    [['documents', '--to', later]],
  ])('%j says so in one line on stderr', (argv) => {
    const { code, err } = cli([...argv])
    expect(code).toBe(0)
    expect(err).toBe(note)
  })

  it('says nothing for a day the data covers', () => {
    expect(cli(['members', '--on', dataAsOf]).err).toBe('')
    expect(cli(['summits', '--from', '2024-01-01', '--to', dataAsOf]).err).toBe('')
  })
})

describe('members', () => {
  it('--json is what memberStatesOn returns, today by default', () => {
    expect(json(['members', '--on', '2024-07-04'])).toEqual(plain(memberStatesOn('2024-07-04')))
    expect(json(['members', '--on', '2001-06-15'])).toEqual(plain(memberStatesOn('2001-06-15')))
    expect(json(['members'])).toEqual(plain(memberStatesOn(today)))
  })

  it('--csv parses back to the states', () => {
    const { header, rows } = csv(['members', '--on', '2017-06-09'])
    expect(header).toEqual(['code', 'iso3', 'name', 'iso_numeric', 'cow_code', 'cow_abbreviation', 'notes'])
    expect(rows).toEqual(memberStatesOn('2017-06-09').map((s) => [s.code, s.iso3, s.name, s.isoNumeric, s.cow?.code, s.cow?.abbreviation, s.notes].map(field)))
  })

  it('names the day in the table title', () => {
    expect(cli(['members']).out.split('\n')[0]).toBe(`Member states on ${today} (${memberStatesOn(today).length})`)
  })
})

describe('documents', () => {
  it('--json is what findDocuments returns', () => {
    expect(json(['documents'])).toEqual(plain(findDocuments()))
    expect(json(['documents', '--summit', '2024-astana', '--kind', 'decision'])).toEqual(
      plain(findDocuments({ summit: '2024-astana', kind: 'decision' })),
    )
    expect(json(['documents', '--text', 'астанинская декларация'])).toEqual(plain(findDocuments({ text: 'астанинская декларация' })))
    expect(json(['documents', '--text', '宣言'])).toEqual(plain(findDocuments({ text: '宣言' })))
  })

  it('--csv parses back to every document, commas, quotes, Cyrillic and Chinese included', () => {
    const all = findDocuments()
    const { header, rows } = csv(['documents'])
    expect(header).toEqual(['id', 'summit', 'title_en', 'title_ru', 'title_zh', 'descriptive_title', 'kind', 'date', 'signed', 'covers_from', 'covers_to', 'notes'])
    expect(rows).toEqual(
      all.map((d) =>
        [d.id, d.summit, d.title.en, d.title.ru, d.title.zh, d.descriptiveTitle, d.kind, d.date, d.signed, d.covers?.from, d.covers?.to, d.notes].map(field),
      ),
    )
    // Every field of a document is a column: the data has each one set somewhere.
    expect(all.some((d) => d.descriptiveTitle === true) && all.some((d) => d.covers !== undefined) && all.some((d) => d.title.zh !== undefined)).toBe(true)
    // The round trip above only proves something if the data holds the hard cases.
    const cells = rows.flat()
    expect(cells.some((cell) => cell.includes(','))).toBe(true)
    expect(cells.some((cell) => cell.includes('"'))).toBe(true)
    expect(cells.some((cell) => /\p{Script=Cyrillic}/u.test(cell))).toBe(true)
    expect(cells.some((cell) => /\p{Script=Han}/u.test(cell))).toBe(true)
  })

  it('fits the table to the terminal when told its width, wrapping long titles and cutting none', () => {
    const { out } = cli(['documents', '--summit', '2024-astana'], 80)
    const lines = out.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(documentsOf('2024-astana').length + 2)
    expect(lines.every((line) => displayWidth(line) <= 80)).toBe(true)
    expect(out).not.toContain('…')
    const words = (text: string) => text.split(/\s+/).filter(Boolean)
    for (const document of documentsOf('2024-astana')) for (const word of words(document.title.en)) expect(out).toContain(word)
    expect(cli(['documents', '--summit', '2024-astana']).out).toContain(documentsOf('2024-astana')[0]!.title.en)
  })

  it('the summit view wraps its notes to the terminal', () => {
    const { out } = cli(['summit', '2003-moscow'], 72)
    expect(out.split('\n').every((line) => displayWidth(line) <= 72)).toBe(true)
    expect(out.split('\n').filter((line) => /^ {10,}\S/.test(line)).length).toBeGreaterThan(2)
  })
})

describe('attendance', () => {
  it('--json is every participation of the state, in summit order', () => {
    for (const code of ['IN', 'BY', 'TM']) {
      const expected = participations.filter((p) => p.state === code)
      expect(expected.length).toBeGreaterThan(0)
      expect(json(['attendance', code.toLowerCase()])).toEqual(plain(expected))
      const order = expected.map((p) => summits.findIndex((s) => s.id === p.summit))
      expect(order).toEqual([...order].sort((a, b) => a - b))
    }
  })

  it('--csv parses back to the participations', () => {
    const { header, rows } = csv(['attendance', 'IN'])
    expect(header).toEqual(['id', 'summit', 'state', 'organisation', 'person', 'person_name', 'role', 'capacity', 'mode', 'notes'])
    expect(rows).toEqual(
      participations
        .filter((p) => p.state === 'IN')
        .map((p) => [`${p.summit}/IN`, p.summit, p.state, p.organisation, p.person, p.personName, p.role, p.capacity, p.mode, p.notes].map(field)),
    )
  })

  it('--person and --organisation match any spelling, as attendanceOf does', () => {
    expect(json(['attendance', '--person', 'swaraj'])).toEqual(plain(attendanceOf({ person: 'Swaraj' })))
    expect((json(['attendance', '--person', 'Swaraj']) as unknown[]).length).toBeGreaterThanOrEqual(2)
    expect(json(['attendance', '--organisation', 'united nations'])).toEqual(plain(attendanceOf({ organisation: 'United Nations' })))
    expect(cli(['attendance', '--person', 'Swaraj']).out.split('\n')[0]).toMatch(/^Delegations headed by "Swaraj" \(\d+\)$/)
  })

  it('accepts a code in any letter case', () => {
    expect(json(['attendance', 'in'])).toEqual(json(['attendance', 'IN']))
    expect(json(['status', 'by'])).toEqual(json(['status', 'BY']))
  })

  it('shows the summit date in the table', () => {
    const first = participations.find((p) => p.state === 'IN')!
    expect(cli(['attendance', 'IN']).out).toMatch(new RegExp(`\\n${first.summit} +${getSummit(first.summit)!.startDate} +${first.capacity} `))
  })
})

describe('help and version', () => {
  it('--help and -h at the top level list every command', () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = cli([flag])
      expect({ code, err }).toEqual({ code: 0, err: '' })
      expect(out).toMatch(/^Usage: sco-data <command>/)
      for (const command of ['summits', 'summit', 'status', 'members', 'documents', 'attendance']) expect(out).toContain(`\n  ${command} `)
    }
  })

  it.each(['summits', 'summit', 'status', 'members', 'documents', 'attendance'])('%s --help and -h', (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = cli([command, flag])
      expect({ code, err }).toEqual({ code: 0, err: '' })
      expect(out).toMatch(new RegExp(`^Usage: sco-data ${command} `))
      expect(out).toContain('--json')
    }
  })

  it('--help wins over missing arguments', () => {
    expect(cli(['status', '--help']).code).toBe(0)
  })

  it('--version prints the package version and the day the data was checked up to', () => {
    expect(cli(['--version'])).toEqual({ code: 0, out: `${packageVersion} (data as of ${dataAsOf})\n`, err: '' })
    expect(cli(['summits', '--version']).out).toBe(`${packageVersion} (data as of ${dataAsOf})\n`)
  })

  it('alone prints the help and exits 0', () => {
    expect(cli([])).toEqual(cli(['--help']))
    expect(cli([]).code).toBe(0)
  })

  it('the help lists every body and document kind the library accepts', () => {
    const bodies = new Set(summits.map((s) => s.body))
    const kinds = new Set(findDocuments().map((d) => d.kind))
    const summitsHelp = cli(['summits', '--help']).out
    const documentsHelp = cli(['documents', '--help']).out
    for (const body of bodies) expect(summitsHelp).toContain(body)
    for (const kind of kinds) expect(documentsHelp).toContain(kind)
  })
})

describe('errors: one line on stderr, exit 2 for usage and 1 for not found', () => {
  it.each([
    [['nope'], /^sco-data: unknown command "nope" \(commands: summits, summit, /],
    [['sumits'], /^sco-data: unknown command "sumits" \(did you mean "summits"\?\) \(commands: /],
    [['summits', '--hots', 'KZ'], 'sco-data: summits: unknown option --hots (did you mean "--host"?) (see sco-data summits --help)'],
    [['summits', '--from', '2024-02-30'], 'sco-data: summits: --from: expected a real day written YYYY-MM-DD, got "2024-02-30"'],
    [['documents', '--to', 'soon'], /^sco-data: documents: --to: expected a real day/],
    [['states', '--status', 'observr'], /^sco-data: states: --status: expected one of member, .*got "observr" \(did you mean "observer"\?\)$/],
    [['states', '--on', '2024-02-30'], /^sco-data: states: --on: expected a real day/],
    [['attendance', 'IN', '--person', 'Modi'], /^sco-data: attendance: give exactly one of <state>, --person <name> and --organisation <name>$/],
    [['attendance', '--person', '  '], /^sco-data: attendance: --person: expected a name/],
    [['--bogus'], /^sco-data: unknown option --bogus /],
    [['summits', '--bogus'], /^sco-data: summits: unknown option --bogus \(see sco-data summits --help\)$/],
    [['summits', '-x'], /^sco-data: summits: unknown option -x /],
    [['summits', '--year'], /^sco-data: summits: --year needs a value/],
    [['summits', '--year', '24'], 'sco-data: summits: --year: expected a year such as 2024, got "24"'],
    [['summits', '--year', '2024', '--year', '2025'], 'sco-data: summits: --year given more than once'],
    [['summits', '--body', 'heads-of-states'], /^sco-data: summits: --body: expected one of heads-of-state, .*got "heads-of-states" \(did you mean "heads-of-state"\?\)$/],
    [['summits', '--host', 'Kazakhstan'], /^sco-data: summits: --host: expected an ISO 3166-1 alpha-2 code/],
    [['summits', '--host', 'XX'], 'sco-data: summits: --host: "XX" is not an ISO 3166-1 alpha-2 code'],
    [['summits', 'extra'], /^sco-data: summits: unexpected argument "extra"/],
    [['summits', '--json', '--csv'], 'sco-data: summits: --json and --csv cannot be combined'],
    [['summits', '--json=yes'], /^sco-data: summits: --json takes no value/],
    [['summit'], /^sco-data: summit: missing <id> /],
    [['summit', '2024-astana', '--csv'], /^sco-data: summit: --csv is not available for summit/],
    [['status'], /^sco-data: status: missing <state> /],
    [['status', 'Belarus'], /^sco-data: status: <state>: expected an ISO 3166-1 alpha-2 code such as KZ, got "Belarus"$/],
    [['status', 'BY', '--on', '2024-02-30'], 'sco-data: status: --on: expected a real day written YYYY-MM-DD, got "2024-02-30"'],
    [['status', 'BY', '--on', '4 July 2024'], /^sco-data: status: --on: expected a real day written YYYY-MM-DD/],
    [['status', 'BY', '--on'], /^sco-data: status: --on needs a value/],
    [['members', '--on', '2024-13-01'], /^sco-data: members: --on: expected a real day/],
    [['documents', '--kind', 'manifesto'], /^sco-data: documents: --kind: expected one of declaration, .*got "manifesto"$/],
    [['documents', '--text'], /^sco-data: documents: --text needs a value/],
    [['attendance'], /^sco-data: attendance: give exactly one of <state>, --person <name> and --organisation <name>$/],
    [['attendance', '123'], /^sco-data: attendance: <state>: expected an ISO 3166-1 alpha-2 code/],
  ] as const)('%j is a usage error', (argv, message) => {
    const line = failure([...argv], 2)
    if (typeof message === 'string') expect(line).toBe(message)
    else expect(line).toMatch(message)
  })

  it.each([
    [['summit', '1999-atlantis'], 'sco-data: summit: no summit with id "1999-atlantis" (list them with: sco-data summits)'],
    [['summit', '2024-astanaa'], 'sco-data: summit: no summit with id "2024-astanaa" (did you mean "2024-astana"?) (list them with: sco-data summits)'],
    [['status', 'FR'], 'sco-data: status: no state with code FR holds or has held an SCO status (did you mean "IR"?) (list them with: sco-data states)'],
    [['status', 'XX'], 'sco-data: status: no state with code XX holds or has held an SCO status (list them with: sco-data states)'],
    [['attendance', '--person', 'Nobody Atall'], 'sco-data: attendance: no person matching "Nobody Atall" headed a delegation'],
    [['documents', '--summit', '1999-atlantis'], 'sco-data: documents: no summit with id "1999-atlantis" (list them with: sco-data summits)'],
    [['attendance', 'FR'], 'sco-data: attendance: no delegation of FR is recorded at any summit'],
  ] as const)('%j is not found', (argv, message) => {
    expect(failure([...argv], 1)).toBe(message)
  })

  it('an unknown id with a new line in it still makes one line', () => {
    expect(failure(['summit', 'a\nb'], 1)).toContain('"a\\nb"')
  })
})

describe('terminal tables', () => {
  it('measure wide and combining characters', () => {
    expect(displayWidth('Шанхайская')).toBe(10)
    expect(displayWidth('上海合作组织')).toBe(12)
    expect(displayWidth('Türkiye'.normalize('NFD'))).toBe(7)
    expect(displayWidth('한국')).toBe(4)
    // Wide characters outside the blocks Chinese names use (Tangut, Kana Extended, halfwidth forms):
    // the table is Unicode's, not a hand-kept list.
    expect(displayWidth('\u{16FE0}\u{1B000}')).toBe(4)
    expect(displayWidth('ｱ')).toBe(1)
    expect(displayWidth('Ａ')).toBe(2)
  })

  it('align columns by display width', () => {
    const text = formatTable([{ header: 'title' }, { header: 'code' }], [['上海合作组织', 'a'], ['Cafe\u0301', 'b'], ['Шанхай', 'c']])
    const lines = text.trimEnd().split('\n')
    const lastColumnAt = (line: string) => displayWidth(line.replace(/\S+$/, ''))
    expect(lines.map(lastColumnAt)).toEqual([14, 14, 14, 14, 14])
    expect(lines[2]).toBe('上海合作组织  a')
  })

  it('cut only shrinkable columns, never below eight columns, and keep whole lines', () => {
    const columns = [{ header: 'id' }, { header: 'title', shrink: true }]
    const text = formatTable(columns, [['x', 'a long title that will not fit'], ['y', '上海合作组织成员国元首理事会']], { maxWidth: 20 })
    for (const line of text.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(20)
    expect(formatTable(columns, [['x', 'a long title']], { maxWidth: 5 }).split('\n').slice(2)).toEqual(['x   a long', '    title', ''])
  })

  it('put control characters on one line', () => {
    expect(formatTable([{ header: 'notes' }], [['one\ntwo\tthree']], { header: false })).toBe('one two three\n')
  })
})

