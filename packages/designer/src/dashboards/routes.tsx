/** @module The dashboards section's routes under `/apps/:appId`. */
import type { RouteObject } from 'react-router';
import { DashboardsPage } from './dashboards-page.js';
import { DashboardEditorPage } from './editor-page.js';

/** `dashboards` opens the first published dashboard; `dashboards/:dashboardId` one by id; `…/edit` its draft in the editor. */
export const dashboardRoutes: RouteObject[] = [
  { path: 'dashboards', element: <DashboardsPage /> },
  { path: 'dashboards/:dashboardId', element: <DashboardsPage /> },
  { path: 'dashboards/:dashboardId/edit', element: <DashboardEditorPage /> },
];
