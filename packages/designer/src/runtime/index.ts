/** @module The runtime pages business users work in: record lists, forms and pages, CSV import, the inbox. */
export { runtimeRoutes } from './routes.js';
export { RecordsHomePage } from './forms-page.js';
export { RecordListPage } from './record-list-page.js';
export { RecordNewPage, RecordEditPage } from './record-edit-page.js';
export { RecordPage } from './record-page.js';
export { ImportPage } from './import-page.js';
export { InboxPage } from './inbox-page.js';
export { ApprovalPage } from './approval-page.js';
export { inboxPath, newRecordPath, recordPath, recordsPath } from './paths.js';
