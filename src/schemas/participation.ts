import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { organisationSlug } from '../record-ids.js'
import { capacities, statuses } from '../vocabulary.js'
import { StateCodeSchema, SummitIdSchema } from './common.js'
import { PersonIdSchema } from './person.js'
import { notesField, sourcesField } from './record-fields.js'

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
 * The head of one delegation at one summit: a state's, an international organisation's, or one of
 * the SCO's own bodies. Each field is described once, in its `.meta({ description })`: the JSON
 * Schema and the data-model guide show it.
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
    summit: SummitIdSchema.meta({ description: "The summit's id." }),
    state: StateCodeSchema.nullable().meta({
      description: "The delegation's state (alpha-2), or `null` for an international organisation. Guests may be states with no SCO status.",
    }),
    organisation: z.string().trim().min(1).nullable().meta({
      description: "The organisation's English name where the delegation is not a state's; else `null`. Exactly one of `state` and `organisation` is set.",
    }),
    person: PersonIdSchema.nullable().meta({
      description:
        "The head of delegation's person id, or `null` where no source names the delegate or the name cannot be tied to one person (`notes` says which).",
    }),
    personName: z.string().trim().min(1).nullable().meta({
      description:
        'The name exactly as the cited source writes it ("S. Svaradzh"), or `null` where the sources name no one (for instance, a state that sent no delegation: see `notes`). It is the person\'s name or one of their aliases.',
    }),
    role: z.string().trim().min(1).nullable().meta({
      description: "The person's office (`President`, `Prime Minister`, `Minister of External Affairs`…), or `null` where unknown.",
    }),
    capacity: CapacitySchema.meta({ description: 'The capacity in which the delegation came.' }),
    mode: z.enum(['in-person', 'video']).nullable().meta({
      description: '`in-person`, `video` (took part by video link), or `null` where no source says.',
    }),
    sources: sourcesField(),
    notes: notesField('a state that sent no one, or only its ambassador'),
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
    if (participation.organisation !== null && organisationSlug(participation.organisation) === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: "expected the English name, with a Latin letter or digit: the participation's id is built from it",
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
