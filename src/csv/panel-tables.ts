/**
 * The panel tables for researchers, specified like the record tables (src/csv/tables.ts) and written
 * beside them: state-years.csv (one row per state per year, what `stateYears` returns) and
 * state-meetings.csv (one row per state and Council of Heads of State meeting). Their rows are
 * computed from the records by src/panel.ts, so the accessor, these tables and `sco-data panel`
 * agree; their columns are computed, so they are described here.
 */
import { dataAsOf } from '../dataAsOf.js'
import { stateMeetingRows, stateYearRows, type StateMeeting, type StateYear } from '../panel.js'
import { capacities, statuses } from '../vocabulary.js'
import { computed, type CsvTable } from './tables.js'

/** What a year-end status column allows: a status, or empty for none. */
const statusEnum = { enum: statuses }

export const stateYearsTable: CsvTable<StateYear> = {
  name: 'state-years',
  title: 'State-years',
  description:
    "One row per state per year, from the year of the state's first SCO status to the year of dataAsOf, for merging with state-year data such as the Correlates of War's (on cow_code and year). A year in that range in which the state held no status on any day has a row with empty statuses, member_days 0 and cow_igo 0; the years before a state's first status have no row, so a left join onto a wider panel leaves them empty, which reads as no status.",
  records: (dataset) => stateYearRows(dataset.states, dataset.statusPeriods, dataAsOf),
  columns: [
    computed('state', 'string', (row) => row.state, "The state's ISO 3166-1 alpha-2 code, its id in the other tables.", { required: true }),
    computed('iso3', 'string', (row) => row.iso3, 'ISO 3166-1 alpha-3 code.', { required: true }),
    computed('iso_numeric', 'string', (row) => row.isoNumeric, 'ISO 3166-1 numeric code, three digits with leading zeros (text, so the zeros stay).', { required: true }),
    computed('cow_code', 'integer', (row) => row.cowCode, 'Correlates of War country code (ccode); empty where COW codes none.'),
    computed('cow_abbreviation', 'string', (row) => row.cowAbbreviation, 'Correlates of War state abbreviation (stateabb); empty where COW codes none.'),
    computed('name', 'string', (row) => row.name, 'Short English name.', { required: true }),
    computed('year', 'year', (row) => row.year, 'The calendar year.', { required: true }),
    computed('status_year_end', 'string', (row) => row.statusYearEnd, 'The status held on status_day; empty for none.', statusEnum),
    computed('status_day', 'date', (row) => row.statusDay, 'The day status_year_end is read on: 31 December, or dataAsOf in the year the data ends.', { required: true }),
    computed('status_max', 'string', (row) => row.statusMax, 'The highest status held on any day of the year up to status_day, member over observer over dialogue-partner over partner; empty for none.', statusEnum),
    computed('member_days', 'integer', (row) => row.memberDays, 'The days of the year, up to status_day, on which the state was a member (a leap year has 366).', { required: true }),
    computed('cow_igo', 'integer', (row) => row.cowIgo, "The Correlates of War IGO coding of status_year_end, as the COW IGO codebook numbers membership: 1 full member, 3 observer, 0 none. COW has no code for an SCO dialogue partner or partner, so those years are empty rather than guessed."),
  ],
  primaryKey: ['state', 'year'],
  foreignKeys: [{ fields: ['state'], reference: { resource: 'states', fields: ['code'] } }],
}

export const stateMeetingsTable: CsvTable<StateMeeting> = {
  name: 'state-meetings',
  title: 'States at Council of Heads of State meetings',
  description:
    'One row per state and meeting of the Council of Heads of State: every state that held an SCO status on the meeting’s first day or sent a delegation to it (guests included), with its status that day and whether, in what capacity and headed by whom a delegation attended.',
  records: (dataset) => stateMeetingRows(dataset.states, dataset.statusPeriods, dataset.summits, dataset.participations),
  columns: [
    computed('summit', 'string', (row) => row.summit, 'The meeting’s id in summits.csv.', { required: true }),
    computed('start_date', 'date', (row) => row.startDate, 'The meeting’s first day.', { required: true }),
    computed('state', 'string', (row) => row.state, "The state's ISO 3166-1 alpha-2 code.", { required: true }),
    computed('cow_code', 'integer', (row) => row.cowCode, 'Correlates of War country code (ccode); empty for a state COW does not code or that holds no SCO status.'),
    computed('status_on_first_day', 'string', (row) => row.statusOnFirstDay, 'The status the state held on the meeting’s first day; empty for none (a guest).', statusEnum),
    computed('attended', 'boolean', (row) => row.attended, 'Whether the data records a delegation of the state at the meeting.', { required: true }),
    computed('capacity', 'string', (row) => row.capacity, 'The capacity the delegation came in; empty when none is recorded.', { enum: capacities }),
    computed('person', 'string', (row) => row.person, 'The id in persons.csv of the head of delegation; empty when none is recorded or no source names one.'),
    computed('mode', 'string', (row) => row.mode, 'in-person or video; empty when no source says, or no delegation is recorded.', { enum: ['in-person', 'video'] }),
  ],
  primaryKey: ['summit', 'state'],
  foreignKeys: [{ fields: ['summit'], reference: { resource: 'summits', fields: ['id'] } }],
}

/** The panel tables, in the order they are written after the record tables. */
export const panelTables = [stateYearsTable, stateMeetingsTable] as unknown as readonly CsvTable<unknown>[]
