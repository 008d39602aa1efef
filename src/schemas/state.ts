import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { NotesSchema, StateCodeSchema } from './common.js'
import { SourcesSchema } from './source.js'

/**
 * A state that holds or held a status in the SCO (member, observer, dialogue partner, partner).
 *
 * - `code`: ISO 3166-1 alpha-2 code, the state's id throughout the dataset (`KZ`).
 * - `iso3`: ISO 3166-1 alpha-3 code (`KAZ`).
 * - `name`: short English name (`Kazakhstan`). Names in other languages come from the platform:
 *   see `stateName`.
 * - `sources`, `notes`: as on every record.
 *
 * @example
 * ```ts
 * import { StateSchema } from 'sco-data/schemas'
 *
 * StateSchema.safeParse({ code: 'KZ', iso3: 'KAZ', name: 'Kazakhstan', sources: [], notes: null }).success
 * // false: sources must not be empty
 * ```
 * @category Schemas
 */
export const StateSchema = recordSchema(
  {
    /** ISO 3166-1 alpha-2 code, the state's id throughout the dataset (`KZ`). */
    code: StateCodeSchema,
    /** ISO 3166-1 alpha-3 code (`KAZ`). */
    iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 code in upper case, such as "KAZ"' }),
    /** Short English name (`Kazakhstan`); other languages through `stateName`. */
    name: z.string().trim().min(1),
    /** The pages this record rests on. */
    sources: SourcesSchema,
    /** Curators' remarks, or `null`. */
    notes: NotesSchema,
  },
  ['code'],
)
