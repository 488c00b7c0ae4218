/** @module The runtime pages' routes under `/apps/:appId`: the records section (lists, forms, record pages, import) and the inbox. */
import type { RouteObject } from 'react-router';
import { ApprovalPage } from './approval-page.js';
import { RecordsHomePage } from './forms-page.js';
import { ImportPage } from './import-page.js';
import { InboxPage } from './inbox-page.js';
import { RecordEditPage, RecordNewPage } from './record-edit-page.js';
import { RecordListPage } from './record-list-page.js';
import { RecordPage } from './record-page.js';

/** Children of the app route, for the `records` and `inbox` sections (paths as src/runtime/paths.ts builds them). */
export const runtimeRoutes: RouteObject[] = [
  { path: 'records', element: <RecordsHomePage /> },
  { path: 'records/:formId', element: <RecordListPage /> },
  { path: 'records/:formId/new', element: <RecordNewPage /> },
  { path: 'records/:formId/import', element: <ImportPage /> },
  { path: 'records/:formId/:recordId', element: <RecordPage /> },
  { path: 'records/:formId/:recordId/edit', element: <RecordEditPage /> },
  { path: 'inbox', element: <InboxPage /> },
  { path: 'inbox/:instanceId', element: <ApprovalPage /> },
];
