import { z } from 'zod'
import { statuses } from '../vocabulary.js'
import { DocumentSchema } from './document.js'
import { ParticipationSchema } from './participation.js'
import { StateSchema } from './state.js'
import { StatusPeriodSchema } from './status-period.js'
import { SummitSchema } from './summit.js'

const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' })

/** Whether the platform knows `code` as a region: `Intl.DisplayNames` echoes unknown codes back. */
function isKnownRegion(code: string): boolean {
  return regionNames.of(code) !== code
}

const statusNames: ReadonlySet<string> = new Set(statuses)

/**
 * The whole dataset, with the checks that span records: every id is unique, every reference to a
 * state or summit resolves, the status periods of one state do not overlap, a status is decided no
 * later than it takes effect, and a delegation's capacity matches its state's status on the day
 * (for SCO meetings; at Shanghai Five meetings `member` means one of the Five).
 * Issue paths point at the offending record and field, such as `['summits', 3, 'endDate']`.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'sco-data/schemas'
 *
 * const result = DatasetSchema.safeParse({
 *   states: [], statusPeriods: [], summits: [], documents: [], participations: [],
 * })
 * result.success // true: an empty dataset is consistent
 * ```
 * @category Schemas
 */
export const DatasetSchema = z
  .strictObject({
    states: z.array(StateSchema),
    statusPeriods: z.array(StatusPeriodSchema),
    summits: z.array(SummitSchema),
    documents: z.array(DocumentSchema),
    participations: z.array(ParticipationSchema),
  })
  .superRefine((dataset, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })

    const stateCodes = new Set<string>()
    const iso3Codes = new Set<string>()
    dataset.states.forEach((state, index) => {
      if (stateCodes.has(state.code)) issue(['states', index, 'code'], `duplicate state code "${state.code}"`)
      if (iso3Codes.has(state.iso3)) issue(['states', index, 'iso3'], `duplicate iso3 code "${state.iso3}"`)
      if (!isKnownRegion(state.code)) issue(['states', index, 'code'], `"${state.code}" is not a known ISO 3166-1 region`)
      stateCodes.add(state.code)
      iso3Codes.add(state.iso3)
    })

    const summitsById = new Map<string, z.infer<typeof SummitSchema>>()
    dataset.summits.forEach((summit, index) => {
      if (summitsById.has(summit.id)) issue(['summits', index, 'id'], `duplicate summit id "${summit.id}"`)
      if (!isKnownRegion(summit.host)) issue(['summits', index, 'host'], `"${summit.host}" is not a known ISO 3166-1 region`)
      summitsById.set(summit.id, summit)
    })

    const periodsByState = new Map<string, z.infer<typeof StatusPeriodSchema>[]>()
    dataset.statusPeriods.forEach((period, index) => {
      if (!stateCodes.has(period.state)) issue(['statusPeriods', index, 'state'], `unknown state "${period.state}"`)
      if (period.decidedAt !== null) {
        const summit = summitsById.get(period.decidedAt)
        if (!summit) issue(['statusPeriods', index, 'decidedAt'], `unknown summit "${period.decidedAt}"`)
        else if (summit.startDate > period.from) {
          issue(
            ['statusPeriods', index, 'decidedAt'],
            `summit "${summit.id}" (${summit.startDate}) comes after the status took effect (${period.from})`,
          )
        }
      }
      const own = periodsByState.get(period.state) ?? []
      for (const other of own) {
        const overlaps = period.from <= (other.to ?? '9999-12-31') && other.from <= (period.to ?? '9999-12-31')
        if (overlaps) {
          issue(
            ['statusPeriods', index, 'from'],
            `${period.state}: ${period.status} from ${period.from} overlaps ${other.status} from ${other.from} to ${other.to ?? 'now'}`,
          )
        }
      }
      own.push(period)
      periodsByState.set(period.state, own)
    })
    dataset.states.forEach((state, index) => {
      if (!periodsByState.has(state.code)) issue(['states', index, 'code'], `state "${state.code}" has no status period`)
    })

    const documentIds = new Set<string>()
    dataset.documents.forEach((document, index) => {
      if (documentIds.has(document.id)) issue(['documents', index, 'id'], `duplicate document id "${document.id}"`)
      documentIds.add(document.id)
      if (document.summit === null) return
      const summit = summitsById.get(document.summit)
      if (!summit) issue(['documents', index, 'summit'], `unknown summit "${document.summit}"`)
      else if (document.date < summit.startDate || document.date > summit.endDate) {
        issue(
          ['documents', index, 'date'],
          `${document.date} is outside its summit's days (${summit.startDate} to ${summit.endDate})`,
        )
      }
    })

    const delegations = new Set<string>()
    dataset.participations.forEach((participation, index) => {
      const summit = summitsById.get(participation.summit)
      if (!summit) {
        issue(['participations', index, 'summit'], `unknown summit "${participation.summit}"`)
        return
      }
      const delegation = `${participation.summit} ${participation.state ?? participation.organisation}`
      if (delegations.has(delegation)) issue(['participations', index], `duplicate delegation "${delegation}"`)
      delegations.add(delegation)
      const state = participation.state
      if (state === null) return
      if (!isKnownRegion(state)) issue(['participations', index, 'state'], `"${state}" is not a known ISO 3166-1 region`)
      // Shanghai Five meetings predate SCO statuses: there `member` means a member of the Five.
      if (statusNames.has(participation.capacity) && summit.body !== 'shanghai-five') {
        const held = (periodsByState.get(state) ?? []).filter(
          (period) => period.from <= summit.endDate && (period.to === null || period.to >= summit.startDate),
        )
        if (!held.some((period) => period.status === participation.capacity)) {
          issue(
            ['participations', index, 'capacity'],
            `${state} did not hold the status "${participation.capacity}" during ${summit.id} (held: ${held.map((p) => p.status).join(', ') || 'none'})`,
          )
        }
      }
    })
  })
