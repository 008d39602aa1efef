/**
 * The record interfaces of src/types.ts (written by `npm run types`) are the schemas' output types,
 * deeply read-only: checked by `npm run typecheck`, in both directions and to the modifier, so a
 * field a schema gains, loses or changes, nested sources and alternatives included, fails here.
 */
import type { z } from 'zod'
import type { DeepReadonly } from '../src/deep-readonly.js'
import type * as S from '../src/schemas.js'
import type * as T from '../src/types.js'

/** True when A and B are the same type, readonly and optional modifiers included. */
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false
type Expect<Check extends true> = Check
type Output<Schema extends z.ZodType> = DeepReadonly<z.infer<Schema>>

export type RecordTypesEqualTheSchemas = [
  Expect<Same<T.Source, Output<typeof S.SourceSchema>>>,
  Expect<Same<T.State, Output<typeof S.StateSchema>>>,
  Expect<Same<T.StatusPeriod, Output<typeof S.StatusPeriodSchema>>>,
  Expect<Same<T.Summit, Output<typeof S.SummitSchema>>>,
  Expect<Same<T.DocumentTitle, Output<typeof S.DocumentTitleSchema>>>,
  Expect<Same<T.CityNames, Output<typeof S.CityNamesSchema>>>,
  Expect<Same<T.Document, Output<typeof S.DocumentSchema>>>,
  Expect<Same<T.Participation, Output<typeof S.ParticipationSchema>>>,
  Expect<Same<T.PersonName, Output<typeof S.PersonNameSchema>>>,
  Expect<Same<T.Person, Output<typeof S.PersonSchema>>>,
  Expect<Same<T.Officeholder, Output<typeof S.OfficeholderSchema>>>,
  Expect<Same<T.Chairmanship, Output<typeof S.ChairmanshipSchema>>>,
  Expect<Same<T.Dataset, Output<typeof S.DatasetSchema>>>,
  Expect<Same<T.Status, z.infer<typeof S.StatusSchema>>>,
  Expect<Same<T.Body, z.infer<typeof S.BodySchema>>>,
  Expect<Same<T.DocumentKind, z.infer<typeof S.DocumentKindSchema>>>,
  Expect<Same<T.Capacity, z.infer<typeof S.CapacitySchema>>>,
  Expect<Same<T.Office, z.infer<typeof S.OfficeSchema>>>,
  Expect<Same<T.SourceType, z.infer<typeof S.SourceSchema>['type']>>,
  Expect<Same<T.IsoDate, z.infer<typeof S.IsoDateSchema>>>,
]
