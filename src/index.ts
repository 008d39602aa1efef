/**
 * Curated, sourced data about the Shanghai Cooperation Organisation: its summits, the states that
 * hold or held a status in it, the documents adopted and who attended. The data is frozen; accessors
 * return new arrays the caller may change.
 *
 * @module sco-data
 */
export { summits } from './summits.js'
export { getSummit } from './getSummit.js'
export { isSummitId } from './isSummitId.js'
export { findSummits, type SummitQuery } from './findSummits.js'
export { states } from './states.js'
export { getState } from './getState.js'
export { isStateCode } from './isStateCode.js'
export { stateName } from './stateName.js'
export { statusPeriods } from './statusPeriods.js'
export { statusHistory } from './statusHistory.js'
export { statusOn } from './statusOn.js'
export { statesOn } from './statesOn.js'
export { memberStatesOn } from './memberStatesOn.js'
export { documents } from './documents.js'
export { getDocument } from './getDocument.js'
export { isDocumentId } from './isDocumentId.js'
export { documentsOf } from './documentsOf.js'
export { findDocuments, type DocumentQuery } from './findDocuments.js'
export { participations } from './participations.js'
export { participantsOf } from './participantsOf.js'
export { attendanceOf, type Attendee } from './attendanceOf.js'
export { bodies, capacities, documentKinds, statuses } from './vocabulary.js'
export { dataAsOf } from './dataAsOf.js'
export type { DateInput, PlainDateLike } from './to-iso-day.js'
export type { DeepReadonly } from './deep-readonly.js'
export type { DocumentId, StateCode, SummitId } from './generated/ids.js'
export type * from './types.js'
