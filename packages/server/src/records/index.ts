/** @module Records of published forms: validated, computed, access by role, every revision kept, listed by any field. */
export { recordRoutes } from './routes.js';
export { businessDay, latestForm } from './form.js';
export type { LoadedForm } from './form.js';
export { createRecord, updateRecord, deleteRecord } from './write.js';
export type { Writer } from './write.js';
export { findRecord, insertRecord, noRecord, writeRevision, listRevisions } from './store.js';
export type { StoredRecord, RecordRevision, Change } from './store.js';
export { listRecords } from './list.js';
export type { ListRequest, RecordPage } from './list.js';
export { recordView, ifMatch } from './view.js';
export { etagOf } from '../http/if-match.js';
export type { RecordView } from './view.js';
