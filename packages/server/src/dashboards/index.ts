/** @module Dashboards: published dashboard definitions computed on the server by aggregate queries, per caller. */
export { dashboardRoutes } from './routes.js';
export { listDashboards, loadDashboard } from './load.js';
export type { DashboardSummary, LoadedDashboard } from './load.js';
export { dashboardData } from './data.js';
export type { Viewer } from './data.js';
export type { ChartView, ChartSeriesView, ChartHiddenView, ChartInvalidView, FilterView, Choice, SeriesView } from './types.js';
