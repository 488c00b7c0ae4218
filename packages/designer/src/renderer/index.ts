/** @module The record renderer: the form users fill in, and stored values shown read-only. Other features import it from here. */
export { RecordForm } from './record-form.js';
export type { RecordFormProps } from './record-form.js';
export { ValueView, useDisplayWords } from './value-view.js';
export { RecordLink, ReferenceInput, useRecordLabel } from './pickers.js';
export { displayValue, EMPTY } from './display-value.js';
export type { DisplayWords } from './display-value.js';
export { todayInChina } from './form-model.js';
export { loadPublishedForm, loadRecord, loadRoles, loadRuleSets, loadUsers, recordName } from './data.js';
export type { PublishedForm, RecordView, UserSummary } from './data.js';
export { useLoad, asApiError } from './use-load.js';
export type { Loaded } from './use-load.js';
export { lookupSourceForm, withLookups } from './lookups.js';
