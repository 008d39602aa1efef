/**
 * The Zod schemas that define every record in sco-data. Types exported from the main entry are
 * inferred from these; use them to validate your own records or extend them with `.extend()`.
 *
 * @module sco-data/schemas
 */
export { IsoDateSchema, NotesSchema, StateCodeSchema, SummitIdSchema } from './schemas/common.js'
export { SourceSchema, SourcesSchema } from './schemas/source.js'
export { StateSchema } from './schemas/state.js'
export { StatusSchema, StatusPeriodSchema } from './schemas/status-period.js'
export { BodySchema, CityNamesSchema, SummitSchema } from './schemas/summit.js'
export { DocumentIdSchema, DocumentKindSchema, DocumentSchema, DocumentTitleSchema } from './schemas/document.js'
export { CapacitySchema, ParticipationSchema } from './schemas/participation.js'
export { PersonIdSchema, PersonNameSchema, PersonSchema } from './schemas/person.js'
export { OfficeSchema, OfficeholderSchema } from './schemas/officeholder.js'
export { ChairmanshipSchema } from './schemas/chairmanship.js'
export { DatasetSchema } from './schemas/dataset.js'
export type { AlternativeOption } from './schemas/alternative.js'
export type * from './types.js'
export type * from './input-types.js'
