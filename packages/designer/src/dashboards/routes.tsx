/** @module The dashboards section's routes under `/apps/:appId`. */
import type { RouteObject } from 'react-router';
import { DashboardsPage } from './dashboards-page.js';

/** `dashboards` opens the first published dashboard; `dashboards/:dashboardId` one by id. */
export const dashboardRoutes: RouteObject[] = [
  { path: 'dashboards', element: <DashboardsPage /> },
  { path: 'dashboards/:dashboardId', element: <DashboardsPage /> },
];
