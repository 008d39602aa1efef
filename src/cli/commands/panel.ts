import { stateYears, type StateYear } from '../../index.js'
import { stateYearsTable } from '../../csv/panel-tables.js'
import { knownState, year } from '../arguments.js'
import type { Command } from '../command.js'
import { listing, shown, type View } from '../listing.js'

const stateYearView: View<StateYear> = {
  csv: stateYearsTable,
  columns: ['state', 'year', 'status_year_end', 'status_day', 'status_max', 'member_days', 'cow_code', 'cow_igo'].map((name) =>
    // Years are all four digits wide, as is their header: only the counts and codes need aligning.
    shown(stateYearsTable, name, ['member_days', 'cow_code', 'cow_igo'].includes(name) ? { align: 'right' } : {}),
  ),
}

export const panelCommand: Command = {
  summary: 'The state-year panel: statuses, member days and COW codes',
  synopsis: '[--from <year>] [--to <year>] [--state <alpha-2>]',
  positionals: [],
  options: {
    from: { placeholder: '<year>', help: 'the first year, such as 2001' },
    to: { placeholder: '<year>', help: 'the last year' },
    state: { placeholder: '<alpha-2>', help: 'only this state, such as KZ' },
  },
  description:
    'One row per state per year, from its first status to the year the data was checked up to, as stateYears returns them; --csv writes the rows and columns of state-years.csv.',
  csv: true,
  execute(_, values) {
    const rows = stateYears({
      from: values.from === undefined ? undefined : year(values.from, '--from'),
      to: values.to === undefined ? undefined : year(values.to, '--to'),
      states: values.state === undefined ? undefined : [knownState(values.state, '--state').code],
    })
    return { json: rows, listings: [listing(stateYearView, rows, 'No state-year matches.')] }
  },
}
