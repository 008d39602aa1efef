/**
 * How each kind of record is named across the curators' tools (data:diff, single-source): its id,
 * or for records without one, the fields that identify it.
 */
import type { Dataset } from '../../src/types.js'

type Row = Record<string, unknown>

export const recordKeyOf: { [K in keyof Dataset]: (record: Row) => string } = {
  states: (r) => String(r.code),
  statusPeriods: (r) => `${r.state} ${r.status} from ${r.from}`,
  summits: (r) => String(r.id),
  documents: (r) => String(r.id),
  participations: (r) => `${r.summit} ${r.state ?? r.organisation}`,
  persons: (r) => String(r.id),
  officeholders: (r) => `${r.office} ${r.person} from ${r.from ?? '?'}`,
  chairmanships: (r) => `${r.state} from ${r.from}`,
}
