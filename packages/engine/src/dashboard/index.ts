/** @module Dashboards: charts over forms' records (bar, pie, line, table, histogram, key figure) with shared filters, aggregated by the server. */
export { dashboardKind, dashboardReferences, renameDashboardReferences } from './kind.js';
export { validateDashboard } from './validate.js';
export { compileDashboard } from './compile.js';
export { resolveDashboard } from './resolve.js';
export type { DashboardResolution } from './resolve.js';
export type { ChartCheck } from './check-chart.js';
export { dashboardSchema, MAX_CHARTS, MAX_FILTERS } from './schema.js';
export { chartTypes, CHART_TYPES, MAX_CHART_LIMIT } from './chart-types.js';
export type { ChartTypeSpec } from './chart-types.js';
export { isRatio, metricUnit } from './metric.js';
export { chartOrder } from './order.js';
export { chartCatalog, scoreColumnOf, scoreColumns } from './score-columns.js';
export type { ScoreColumn } from './score-columns.js';
export type {
  ChartType,
  DateBucket,
  WidthBucket,
  Bucket,
  Dimension,
  Aggregate,
  AggregateMetric,
  RatioMetric,
  Metric,
  ChartSort,
  ChartDefinition,
  DashboardFilter,
  DashboardDefinition,
  FieldPath,
  ValueUnit,
  CompiledDimension,
  CompiledChart,
  CompiledDashboard,
} from './types.js';
