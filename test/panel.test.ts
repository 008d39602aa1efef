/**
 * The researchers' panels against an independent oracle: a plain scan, day by day, of the raw
 * status periods in data/ (test/helpers/raw-data.ts), never the interval arithmetic of src/panel.ts;
 * and the boundaries that arithmetic can get wrong, on periods made for the purpose: a status that
 * changes on 1 January, on 31 December or mid-year, two changes in one year, a year with none, a
 * leap year, the last year read on dataAsOf.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataAsOf, stateYears } from '../src/index.js'
import { cowIgoCode, stateMeetingRows, stateYearRows, statusRanking } from '../src/panel.js'
import { stateMeetingsTable, stateYearsTable } from '../src/csv/panel-tables.js'
import { dataPackage } from '../scripts/emit-csv.js'
import type { Participation, State, StatusPeriod, Summit } from '../src/types.js'
import { readCsv } from '../scripts/lib/csv.js'
import { run } from '../src/cli/run.js'
import { csvRows } from '../src/csv/tables.js'
import { loadData } from '../scripts/lib/load-data.js'
import { rawParticipations, rawPeriods, rawSummits, shiftDay } from './helpers/raw-data.js'

const root = join(import.meta.dirname, '..')
const rawStates = (JSON.parse(readFileSync(join(root, 'data', 'states.json'), 'utf8')) as { states: State[] }).states

/** Every day from `first` to `last`, both included. */
function days(first: string, last: string): string[] {
  const all: string[] = []
  for (let day = first; day <= last; day = shiftDay(day, 1)) all.push(day)
  return all
}

/** The oracle's row for one state and year, by looking up the status of every day. */
function expectedRow(state: State, periods: readonly { state: string; status: string; from: string; to: string | null }[], year: number, asOf: string) {
  const statusDay = year === Number(asOf.slice(0, 4)) ? asOf : `${year}-12-31`
  const statusOf = (day: string) => periods.find((p) => p.state === state.code && p.from <= day && (p.to === null || day <= p.to))?.status ?? null
  const year_days = days(`${year}-01-01`, statusDay).map(statusOf)
  const rank = ['member', 'observer', 'dialogue-partner', 'partner']
  const held = year_days.filter((status): status is string => status !== null)
  const statusYearEnd = statusOf(statusDay)
  return {
    state: state.code,
    iso3: state.iso3,
    isoNumeric: state.isoNumeric,
    cowCode: state.cow?.code ?? null,
    cowAbbreviation: state.cow?.abbreviation ?? null,
    name: state.name,
    year,
    statusYearEnd,
    statusDay,
    statusMax: held.length === 0 ? null : rank.find((status) => held.includes(status))!,
    memberDays: year_days.filter((status) => status === 'member').length,
    cowIgo: statusYearEnd === null ? 0 : statusYearEnd === 'member' ? 1 : statusYearEnd === 'observer' ? 3 : null,
  }
}

const period = (status: StatusPeriod['status'], from: string, to: string | null): StatusPeriod => ({ state: 'KZ', status, from, to, decidedAt: null, sources: [], notes: null })
const kazakhstan = rawStates.find((state) => state.code === 'KZ')!

describe('stateYears', () => {
  it('is, row for row, what a day-by-day scan of data/ gives, from each first status to dataAsOf', () => {
    const expected = [...rawStates]
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .flatMap((state) => {
        const first = Math.min(...rawPeriods.filter((p) => p.state === state.code).map((p) => Number(p.from.slice(0, 4))))
        const years = Array.from({ length: Number(dataAsOf.slice(0, 4)) - first + 1 }, (_, i) => first + i)
        return years.map((year) => expectedRow(state, rawPeriods, year, dataAsOf))
      })
    expect(stateYears()).toEqual(expected)
  })

  it('reads hand-checked rows: Belarus joining on 4 July 2024, Mongolia in the 2025 merger, India in 2017', () => {
    // 4 July to 31 December 2024: 28 + 31 + 30 + 31 + 30 + 31 days.
    expect(stateYears({ states: ['BY'], from: 2024, to: 2024 })[0]).toMatchObject({ statusYearEnd: 'member', statusMax: 'member', memberDays: 181, cowIgo: 1, cowCode: 370, isoNumeric: '112' })
    // Observer to 31 August 2025, partner from 1 September: no COW code for a partner.
    expect(stateYears({ states: ['MN'], from: 2025, to: 2025 })[0]).toMatchObject({ statusYearEnd: 'partner', statusMax: 'observer', memberDays: 0, cowIgo: null })
    // Member from 9 June 2017: 22 + 31 + 31 + 30 + 31 + 30 + 31 days.
    expect(stateYears({ states: ['IN'], from: 2017, to: 2017 })[0]).toMatchObject({ statusYearEnd: 'member', statusMax: 'member', memberDays: 206, cowIgo: 1 })
    expect(stateYears({ states: ['CN'], from: 2001, to: 2001 })[0]).toMatchObject({ memberDays: 200, statusDay: '2001-12-31' })
  })

  it('reads the last year on dataAsOf', () => {
    const last = stateYears({ states: ['KZ'] }).at(-1)!
    expect(last.year).toBe(Number(dataAsOf.slice(0, 4)))
    expect(last.statusDay).toBe(dataAsOf)
    expect(last.memberDays).toBe(days(`${last.year}-01-01`, dataAsOf).length)
  })

  it('keeps the years and states asked for, codes in any letter case', () => {
    expect(stateYears({ from: 2023, to: 2024, states: ['ir', 'BY'] }).map((row) => `${row.state} ${row.year}`)).toEqual(['BY 2023', 'BY 2024', 'IR 2023', 'IR 2024'])
    expect(stateYears({ from: 1990, to: 2001, states: ['CN'] }).map((row) => row.year)).toEqual([2001])
    expect(stateYears({ from: 2030 })).toEqual([])
    expect(stateYears({ to: 2000 })).toEqual([])
    expect(stateYears({ states: [] })).toEqual([])
  })

  it.each([
    [{ form: 2001 }, TypeError, 'query: unknown key "form" (did you mean "from"?); the keys are from, to, states'],
    [{ from: '2001' }, TypeError, 'from: expected a year as an integer, got "2001"'],
    [{ to: 2001.5 }, RangeError, 'to: expected a year as an integer, got the number 2001.5'],
    [{ states: 'KZ' }, TypeError, 'states: expected an array of alpha-2 codes, got "KZ"'],
    [{ states: [7] }, TypeError, 'states[0]: expected an alpha-2 code string such as "KZ", got the number 7'],
    [{ states: ['KZ', 'FR'] }, RangeError, 'states[1]: no state with an SCO status has the code "FR"'],
    [{ states: ['KX'] }, RangeError, 'states[0]: no state with an SCO status has the code "KX" (did you mean "KG"?)'],
  ])('rejects %j', (query, type, message) => {
    expect(() => stateYears(query as never)).toThrow(type)
    expect(() => stateYears(query as never)).toThrow(message)
  })
})

describe('stateYearRows at the boundaries', () => {
  const rows = (periods: StatusPeriod[], asOf = '2030-06-30') => stateYearRows([kazakhstan], periods, asOf)
  const check = (periods: StatusPeriod[], asOf = '2030-06-30') => {
    const years = rows(periods, asOf).map((row) => row.year)
    expect(rows(periods, asOf)).toEqual(years.map((year) => expectedRow(kazakhstan, periods, year, asOf)))
    return rows(periods, asOf)
  }

  it('a status from 1 January: the whole year, 366 days in a leap year', () => {
    const [first] = check([period('member', '2020-01-01', null)])
    expect(first).toMatchObject({ year: 2020, memberDays: 366, statusMax: 'member' })
  })

  it('a status that ends on 31 December and the next that starts on 1 January', () => {
    const result = check([period('observer', '2019-03-01', '2019-12-31'), period('member', '2020-01-01', null)])
    expect(result.slice(0, 2)).toMatchObject([
      { year: 2019, statusYearEnd: 'observer', statusMax: 'observer', memberDays: 0, cowIgo: 3 },
      { year: 2020, statusYearEnd: 'member', statusMax: 'member', memberDays: 366, cowIgo: 1 },
    ])
  })

  it('a status that starts on 31 December counts that one day', () => {
    const result = check([period('observer', '2018-01-01', '2021-12-30'), period('member', '2021-12-31', null)])
    expect(result.find((row) => row.year === 2021)).toMatchObject({ statusYearEnd: 'member', statusMax: 'member', memberDays: 1 })
  })

  it('two changes in one year, and a year with no status at all', () => {
    const result = check([period('dialogue-partner', '2010-01-01', '2011-03-31'), period('observer', '2011-04-01', '2011-09-30'), period('member', '2011-10-01', '2011-12-30'), period('partner', '2013-05-05', null)])
    expect(result.map((row) => [row.year, row.statusYearEnd, row.statusMax, row.memberDays, row.cowIgo])).toEqual([
      [2010, 'dialogue-partner', 'dialogue-partner', 0, null],
      [2011, null, 'member', 91, 0],
      [2012, null, null, 0, 0],
      [2013, 'partner', 'partner', 0, null],
      ...[2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].map((year) => [year, 'partner', 'partner', 0, null]),
    ])
  })

  it('a status that ended before dataAsOf leaves rows with none up to it', () => {
    const result = check([period('member', '2001-06-15', '2003-02-28')], '2004-02-29')
    expect(result.map((row) => [row.year, row.statusYearEnd, row.memberDays, row.statusDay])).toEqual([
      [2001, 'member', 200, '2001-12-31'],
      [2002, 'member', 365, '2002-12-31'],
      [2003, null, 59, '2003-12-31'],
      [2004, null, 0, '2004-02-29'],
    ])
  })

  it('orders the rows by state code, however the states come', () => {
    const belarus = { ...kazakhstan, code: 'BY' }
    const periods = [period('member', '2024-07-04', null), { ...period('member', '2024-07-04', null), state: 'BY' }]
    expect(stateYearRows([kazakhstan, belarus], periods, '2025-01-01').map((row) => `${row.state} ${row.year}`)).toEqual(['BY 2024', 'BY 2025', 'KZ 2024', 'KZ 2025'])
  })

  it('a state with no status has no row; the ranking is member, observer, dialogue partner, partner', () => {
    expect(stateYearRows([kazakhstan], [], '2026-01-01')).toEqual([])
    expect(statusRanking).toEqual(['member', 'observer', 'dialogue-partner', 'partner'])
  })

  it('codes COW IGO values as its codebook numbers them, and nothing it has no value for', () => {
    expect([null, 'member', 'observer', 'dialogue-partner', 'partner'].map((status) => cowIgoCode(status as never))).toEqual([0, 1, 3, null, null])
  })
})

describe('stateMeetingRows', () => {
  it('is, row for row, what a plain scan of data/ gives: every state with a status that day or a delegation', () => {
    const states = rawStates as State[]
    const meetings = rawSummits.filter((s) => s.body === 'heads-of-state').sort((a, b) => (a.startDate < b.startDate ? -1 : 1))
    const expected = meetings.flatMap((summit) => {
      const delegations = rawParticipations.filter((p) => p.summit === summit.id && p.state !== null)
      const codes = [...new Set([...states.map((s) => s.code), ...delegations.map((d) => d.state!)])].sort()
      return codes.flatMap((code) => {
        const status = rawPeriods.find((p) => p.state === code && p.from <= summit.startDate && (p.to === null || summit.startDate <= p.to))?.status ?? null
        const delegation = delegations.find((d) => d.state === code) as (Participation & { capacity: string }) | undefined
        if (status === null && !delegation) return []
        return [{
          summit: summit.id,
          startDate: summit.startDate,
          state: code,
          cowCode: states.find((s) => s.code === code)?.cow?.code ?? null,
          statusOnFirstDay: status,
          attended: delegation !== undefined,
          capacity: delegation?.capacity ?? null,
          person: delegation?.person ?? null,
          mode: delegation?.mode ?? null,
        }]
      })
    })
    const actual = stateMeetingRows(states, rawPeriods as StatusPeriod[], rawSummits as unknown as Summit[], rawParticipations as unknown as Participation[])
    expect(actual).toEqual(expected)
    // Hand-checked: Belarus joined the day of the Astana meeting; Turkmenistan came as a guest to Tianjin.
    expect(actual.find((row) => row.summit === '2024-astana' && row.state === 'BY')).toMatchObject({ statusOnFirstDay: 'member', attended: true, capacity: 'member', person: 'aleksandr-lukashenko' })
    expect(actual.find((row) => row.summit === '2025-tianjin' && row.state === 'TM')).toMatchObject({ statusOnFirstDay: null, attended: true, capacity: 'guest', cowCode: null })
  })
})

describe('the panel tables and the command line', () => {
  const read = (name: string) => {
    const [header, ...rows] = readCsv(readFileSync(join(root, 'dist', 'csv', `${name}.csv`), 'utf8'))
    return rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]!])))
  }
  const cell = (value: unknown) => (value === null ? '' : String(value))

  it('state-years.csv holds the accessor’s rows, read back', () => {
    expect(read('state-years')).toEqual(
      stateYears().map((row) => ({
        state: row.state,
        iso3: row.iso3,
        iso_numeric: row.isoNumeric,
        cow_code: cell(row.cowCode),
        cow_abbreviation: cell(row.cowAbbreviation),
        name: row.name,
        year: String(row.year),
        status_year_end: cell(row.statusYearEnd),
        status_day: row.statusDay,
        status_max: cell(row.statusMax),
        member_days: String(row.memberDays),
        cow_igo: cell(row.cowIgo),
      })),
    )
  })

  it('state-meetings.csv holds one row per state and meeting, keyed by both', () => {
    const rows = read('state-meetings')
    expect(new Set(rows.map((row) => `${row.summit} ${row.state}`)).size).toBe(rows.length)
    expect(rows.find((row) => row.summit === '2024-astana' && row.state === 'BY')).toEqual({
      summit: '2024-astana',
      start_date: '2024-07-04',
      state: 'BY',
      cow_code: '370',
      status_on_first_day: 'member',
      attended: 'true',
      capacity: 'member',
      person: 'aleksandr-lukashenko',
      mode: 'in-person',
    })
  })

  it('the tables write the accessor’s rows, in process', () => {
    expect(csvRows(stateYearsTable, stateYears({ states: ['BY'], from: 2024, to: 2024 }))).toEqual([
      ['state', 'iso3', 'iso_numeric', 'cow_code', 'cow_abbreviation', 'name', 'year', 'status_year_end', 'status_day', 'status_max', 'member_days', 'cow_igo'],
      ['BY', 'BLR', '112', '370', 'BLR', 'Belarus', '2024', 'member', '2024-12-31', 'member', '181', '1'],
    ])
    const { dataset } = loadData()
    expect(stateYearsTable.records(dataset!)).toEqual(stateYears())
    const [header, ...rows] = csvRows(stateMeetingsTable, stateMeetingsTable.records(dataset!))
    expect(header).toEqual(['summit', 'start_date', 'state', 'cow_code', 'status_on_first_day', 'attended', 'capacity', 'person', 'mode'])
    expect(rows.find((row) => row[0] === '2024-astana' && row[2] === 'BY')).toEqual(['2024-astana', '2024-07-04', 'BY', '370', 'member', 'true', 'member', 'aleksandr-lukashenko', 'in-person'])
    expect(rows.find((row) => row[0] === '2001-shanghai' && row[2] === 'CN')).toEqual(['2001-shanghai', '2001-06-14', 'CN', '710', '', 'true', 'member', 'jiang-zemin', 'in-person'])
  })

  it('`sco-data panel --csv` writes the rows of state-years.csv', () => {
    const out = execFileSync('node', [join(root, 'dist', 'cli.js'), 'panel', '--state', 'by', '--from', '2024', '--to', '2024', '--csv'], { encoding: 'utf8' })
    expect(out).toBe('state,iso3,iso_numeric,cow_code,cow_abbreviation,name,year,status_year_end,status_day,status_max,member_days,cow_igo\nBY,BLR,112,370,BLR,Belarus,2024,member,2024-12-31,member,181,1\n')
  })
})

describe('a state COW does not code', () => {
  const uncoded: State = { ...kazakhstan, code: 'XK', iso3: 'XKX', name: 'Kosovo', isoNumeric: '999', cow: null }
  const periods = [{ ...period('partner', '2025-09-01', null), state: 'XK' }]

  it('has empty COW codes in the state-year panel', () => {
    expect(stateYearRows([uncoded], periods, '2026-01-01').map((row) => [row.year, row.cowCode, row.cowAbbreviation])).toEqual([
      [2025, null, null],
      [2026, null, null],
    ])
  })

  it('has an empty COW code in the state-meeting rows, as a guest does', () => {
    const summit = { id: '2026-bishkek', body: 'heads-of-state', startDate: '2026-09-01' } as Summit
    const hog = { id: '2026-dushanbe-hog', body: 'heads-of-government', startDate: '2026-10-01' } as Summit
    const guest = { summit: '2026-bishkek', state: 'VN', organisation: null, person: null, capacity: 'guest', mode: null } as unknown as Participation
    const organisation = { summit: '2026-bishkek', state: null, organisation: 'United Nations', person: 'antonio-guterres', capacity: 'guest', mode: 'in-person' } as unknown as Participation
    const earlier = { id: '2025-tianjin', body: 'heads-of-state', startDate: '2025-08-31' } as Summit
    expect(stateMeetingRows([uncoded], periods, [summit, earlier], []).map((row) => row.summit)).toEqual(['2026-bishkek'])
    expect(stateMeetingRows([uncoded], [{ ...periods[0]!, from: '2025-01-01' }], [summit, hog, earlier], []).map((row) => row.summit)).toEqual(['2025-tianjin', '2026-bishkek'])
    expect(stateMeetingRows([uncoded], periods, [hog, summit], [organisation, guest])).toEqual([
      { summit: '2026-bishkek', startDate: '2026-09-01', state: 'VN', cowCode: null, statusOnFirstDay: null, attended: true, capacity: 'guest', person: null, mode: null },
      { summit: '2026-bishkek', startDate: '2026-09-01', state: 'XK', cowCode: null, statusOnFirstDay: 'partner', attended: false, capacity: null, person: null, mode: null },
    ])
  })
})

describe('the panel tables as datapackage.json describes them', () => {
  // Built in each test, not while the file loads: a table broken at load time fails a test.
  const describe_ = (name: string) => dataPackage('0.0.0-test').resources.find((resource) => resource.name === name)!
  const shape = (name: string) =>
    describe_(name).schema.fields.map((field) => {
      const constraints = (field as { constraints?: { required?: boolean; enum?: string[] } }).constraints
      return [field.name, field.type, constraints?.required ?? false, constraints?.enum ?? null]
    })
  const statuses = ['member', 'observer', 'dialogue-partner', 'partner']

  it('state-years: its columns, types, constraints and keys', () => {
    expect(shape('state-years')).toEqual([
      ['state', 'string', true, null],
      ['iso3', 'string', true, null],
      ['iso_numeric', 'string', true, null],
      ['cow_code', 'integer', false, null],
      ['cow_abbreviation', 'string', false, null],
      ['name', 'string', true, null],
      ['year', 'year', true, null],
      ['status_year_end', 'string', false, statuses],
      ['status_day', 'date', true, null],
      ['status_max', 'string', false, statuses],
      ['member_days', 'integer', true, null],
      ['cow_igo', 'integer', false, null],
    ])
    expect(describe_('state-years').schema.primaryKey).toEqual(['state', 'year'])
    expect(describe_('state-years').schema.foreignKeys).toEqual([{ fields: ['state'], reference: { resource: 'states', fields: ['code'] } }])
  })

  it('state-meetings: its columns, types, constraints and keys', () => {
    expect(shape('state-meetings')).toEqual([
      ['summit', 'string', true, null],
      ['start_date', 'date', true, null],
      ['state', 'string', true, null],
      ['cow_code', 'integer', false, null],
      ['status_on_first_day', 'string', false, statuses],
      ['attended', 'boolean', true, null],
      ['capacity', 'string', false, ['member', 'observer', 'dialogue-partner', 'partner', 'guest', 'sco-body']],
      ['person', 'string', false, null],
      ['mode', 'string', false, ['in-person', 'video']],
    ])
    expect(describe_('state-meetings').schema.primaryKey).toEqual(['summit', 'state'])
    expect(describe_('state-meetings').schema.foreignKeys).toEqual([{ fields: ['summit'], reference: { resource: 'summits', fields: ['id'] } }])
  })

  it('every column and both tables are described in a sentence of their own', () => {
    for (const table of [stateYearsTable, stateMeetingsTable]) {
      const descriptions = table.columns.map((column) => ('description' in column ? column.description : ''))
      for (const description of descriptions) expect(description, table.name).toMatch(/^\S.{8,}\.$/)
      expect(new Set(descriptions).size).toBe(descriptions.length)
      expect(table.title.length).toBeGreaterThan(5)
      expect(table.description).toMatch(/^One row per state .{40,}\.$/)
    }
    expect(stateYearsTable.title).toBe('State-years')
    expect(stateMeetingsTable.title).toBe('States at Council of Heads of State meetings')
    expect(stateYearsTable.description).toContain('has a row with empty statuses, member_days 0 and cow_igo 0')
  })
})

describe('sco-data panel', () => {
  const cli = (args: string[]) => {
    let out = ''
    let err = ''
    const status = run(args, { stdout: (text) => (out += text), stderr: (text) => (err += text), columns: 120 })
    return { status, out: out + err }
  }

  it('shows the panel as a table', () => {
    expect(cli(['panel', '--state', 'IN', '--from', '2016', '--to', '2017']).out).toBe(
      'state  year  status_year_end  status_day  status_max  member_days  cow_code  cow_igo\n' +
        '-----  ----  ---------------  ----------  ----------  -----------  --------  -------\n' +
        'IN     2016  observer         2016-12-31  observer              0       750        3\n' +
        'IN     2017  member           2017-12-31  member              206       750        1\n',
    )
    expect(cli(['panel', '--from', '2099']).out).toBe('No state-year matches.\n')
  })

  it('says what is wrong with its options', () => {
    expect(cli(['panel', '--from', '20x1'])).toEqual({ status: 2, out: 'sco-data: panel: --from: expected a year such as 2024, got "20x1"\n' })
    expect(cli(['panel', '--to', 'soon'])).toEqual({ status: 2, out: 'sco-data: panel: --to: expected a year such as 2024, got "soon"\n' })
    expect(cli(['panel', '--state', '123'])).toEqual({ status: 2, out: 'sco-data: panel: --state: expected an ISO 3166-1 alpha-2 code such as KZ, got "123"\n' })
    expect(cli(['panel', '--state', 'FR'])).toEqual({ status: 1, out: 'sco-data: panel: no state with code FR holds or has held an SCO status (did you mean "IR"?) (list them with: sco-data states)\n' })
  })

  it('prints its help', () => {
    expect(cli(['panel', '--help']).out).toBe(
      'Usage: sco-data panel [--from <year>] [--to <year>] [--state <alpha-2>] [--json | --csv]\n' +
        '\n' +
        'The state-year panel: statuses, member days and COW codes.\n' +
        'One row per state per year, from its first status to the year the data was checked up to, as stateYears returns them; --csv writes the rows and columns of state-years.csv.\n' +
        '\n' +
        'Options:\n' +
        '  --from <year>      the first year, such as 2001\n' +
        '  --to <year>        the last year\n' +
        '  --state <alpha-2>  only this state, such as KZ\n' +
        '  --json             print JSON: exactly what the library returns\n' +
        '  --csv              print CSV with a header row: the columns of the matching sco-data/csv table\n' +
        '  --lang <lang>      show names and titles in tables in en, ru or zh (default: from LANG); English, marked [en], where none is held\n' +
        '  -h, --help         show help\n',
    )
  })
})

