import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { capacities, statuses } from '../vocabulary.js'
import { NotesSchema, StateCodeSchema, SummitIdSchema } from './common.js'
import { PersonIdSchema } from './person.js'
import { SourcesSchema } from './source.js'

/**
 * The capacity in which a delegation came: the state's SCO status on the day (`member`, `observer`,
 * `dialogue-partner`, `partner`; at Shanghai Five meetings, `member` for one of the Five), `guest` for an invited state or organisation with no status, or
 * `sco-body` for the SCO's own permanent bodies (the Secretary-General, the RATS Executive Director).
 *
 * @example
 * ```ts
 * import { CapacitySchema } from 'sco-data/schemas'
 *
 * CapacitySchema.parse('guest') // 'guest'
 * ```
 * @category Schemas
 */
export const CapacitySchema = z.enum(capacities)

/**
 * The head of one delegation at one summit.
 *
 * - `summit`: the summit's id.
 * - `state`: the delegation's state (alpha-2), or `null` for an international organisation.
 * - `organisation`: the organisation's English name, where the delegation is not a state's; else `null`.
 * - `person`: the head of delegation's person id (see `persons`), or `null` where no source names the
 *   delegate or the name cannot be tied to one person (`notes` says which).
 * - `personName`: the name exactly as the cited source writes it ("S. Svaradzh"), or `null` where
 *   the sources name no one (for instance, a state that sent no delegation: see `notes`).
 * - `role`: the person's office (`President`, `Prime Minister`, `Minister of External Affairs`…), or `null`.
 * - `capacity`: the capacity in which the delegation came.
 * - `mode`: `in-person`, `video` (took part by video link), or `null` where no source says.
 * - `sources`, `notes`: as on every record.
 *
 * @example
 * ```ts
 * import { ParticipationSchema } from 'sco-data/schemas'
 *
 * const result = ParticipationSchema.safeParse({
 *   summit: '2024-astana', state: null, organisation: null, person: 'antonio-guterres', personName: 'António Guterres',
 *   role: 'Secretary-General', capacity: 'guest', mode: 'in-person',
 *   sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'Example', type: 'news' }], notes: null,
 * })
 * result.success // false: a participation names a state or an organisation
 * ```
 * @category Schemas
 */
export const ParticipationSchema = recordSchema(
  {
    /** The summit's id. */
    summit: SummitIdSchema,
    /** The delegation's state (alpha-2), or `null` for an international organisation. */
    state: StateCodeSchema.nullable(),
    /** The organisation's English name where the delegation is not a state's; else `null`. */
    organisation: z.string().trim().min(1).nullable(),
    /** The head of delegation's person id, or `null` where no source names one person. */
    person: PersonIdSchema.nullable(),
    /** The head of delegation's name as the cited source writes it, or `null` where sources name no one. */
    personName: z.string().trim().min(1).nullable(),
    /** The person's office (`President`, `Prime Minister`, `Minister of External Affairs`…), or `null`. */
    role: z.string().trim().min(1).nullable(),
    /** The capacity in which the delegation came. */
    capacity: CapacitySchema,
    /** `in-person`, `video` (by video link), or `null` where no source says. */
    mode: z.enum(['in-person', 'video']).nullable(),
    /** The pages this record rests on. */
    sources: SourcesSchema,
    /** Curators' remarks (a state that sent no one, or only its ambassador), or `null`. */
    notes: NotesSchema,
  },
  ['summit', 'state', 'organisation'],
)
  .superRefine((participation, ctx) => {
    if ((participation.state === null) === (participation.organisation === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: 'expected exactly one of state and organisation to be set',
      })
    }
    if (participation.person !== null && participation.personName === null) {
      ctx.addIssue({ code: 'custom', path: ['personName'], message: 'a participation that names a person keeps the name as the source writes it' })
    }
    if (participation.state === null && (statuses as readonly string[]).includes(participation.capacity)) {
      ctx.addIssue({
        code: 'custom',
        path: ['capacity'],
        message: `an organisation cannot come in the capacity "${participation.capacity}"`,
      })
    }
  })
