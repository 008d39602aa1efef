import { z } from 'zod'
import { recordSchema } from './alternative.js'
import { StateCodeSchema } from './common.js'
import { notesField, sourcesField } from './record-fields.js'

/**
 * A state that holds or held a status in the SCO (member, observer, dialogue partner, partner).
 * Each field is described once, in its `.meta({ description })`: the JSON Schema and the data-model
 * guide show it.
 *
 * @example
 * ```ts
 * import { StateSchema } from 'sco-data/schemas'
 *
 * StateSchema.safeParse({ code: 'KZ', iso3: 'KAZ', name: 'Kazakhstan', isoNumeric: '398', cow: { code: 705, abbreviation: 'KZK' }, sources: [], notes: null }).success
 * // false: sources must not be empty
 * ```
 * @category Schemas
 */
export const StateSchema = recordSchema(
  {
    code: StateCodeSchema.meta({ description: "ISO 3166-1 alpha-2 code, the state's id throughout the dataset (`KZ`)." }),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 code in upper case, such as "KAZ"' })
      .meta({ description: 'ISO 3166-1 alpha-3 code (`KAZ`).' }),
    name: z
      .string()
      .trim()
      .min(1)
      .meta({ description: "Short English name (`Kazakhstan`). Names in other languages come from the platform's `Intl.DisplayNames`: see `stateName`." }),
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/, { error: 'expected an ISO 3166-1 numeric code of three digits, such as "398"' })
      .meta({ description: 'ISO 3166-1 numeric code, three digits with leading zeros (`398`).' }),
    cow: z
      .strictObject({
        code: z.int().positive().meta({ description: 'The Correlates of War country code, `ccode` (`705`).' }),
        abbreviation: z
          .string()
          .regex(/^[A-Z]{3}$/, { error: 'expected a Correlates of War state abbreviation in upper case, such as "KZK"' })
          .meta({ description: 'The Correlates of War state abbreviation, `stateabb` (`KZK`): often not the ISO alpha-3 code.' }),
      })
      .nullable()
      .meta({ description: "The state's Correlates of War codes, for merging with COW-coded data (its state system list, the IGO data); `null` for a state COW does not code." }),
    sources: sourcesField(),
    notes: notesField(),
  },
  ['code'],
)
