/** The JSON Schema files the package ships, generated from the Zod schemas: one definition of both. */
import { z } from 'zod'
import {
  ChairmanshipSchema,
  DatasetSchema,
  OfficeholderSchema,
  PersonSchema,
  DocumentSchema,
  ParticipationSchema,
  SourceSchema,
  StateSchema,
  StatusPeriodSchema,
  SummitSchema,
} from '../../src/schemas.js'

/** Each shipped `dist/json-schema/<name>.json` and the Zod schema it comes from. */
export const shippedSchemas = {
  source: SourceSchema,
  state: StateSchema,
  'status-period': StatusPeriodSchema,
  summit: SummitSchema,
  document: DocumentSchema,
  participation: ParticipationSchema,
  person: PersonSchema,
  officeholder: OfficeholderSchema,
  chairmanship: ChairmanshipSchema,
  dataset: DatasetSchema,
} satisfies Record<string, z.ZodType>

/** Which schema each shipped `dist/data/<file>.json` follows: the whole dataset, or an array of records. */
export const shippedDataFiles = {
  dataset: { schema: 'dataset', array: false },
  states: { schema: 'state', array: true },
  'status-periods': { schema: 'status-period', array: true },
  summits: { schema: 'summit', array: true },
  documents: { schema: 'document', array: true },
  participations: { schema: 'participation', array: true },
  persons: { schema: 'person', array: true },
  officeholders: { schema: 'officeholder', array: true },
  chairmanships: { schema: 'chairmanship', array: true },
} as const satisfies Record<string, { schema: keyof typeof shippedSchemas; array: boolean }>

/** The JSON Schema (draft 2020-12) of one shipped schema, with its public `$id`. */
export function jsonSchemaOf(name: keyof typeof shippedSchemas): Record<string, unknown> {
  return {
    $id: `https://unpkg.com/sco-data/dist/json-schema/${name}.json`,
    ...z.toJSONSchema(shippedSchemas[name], { target: 'draft-2020-12' }),
  }
}
