/** @module Pure edits of a dashboard's charts: add, remove, move, and each part of one chart kept consistent with its type. */
import { chartTypes, isRatio } from '@heng/engine';
import type { AggregateMetric, ChartDefinition, ChartType, ChartTypeSpec, DashboardDefinition, Dimension, LocalizedText, Metric } from '@heng/engine';
import { moveById, removeById, replaceById, uniqueId } from '../ops/ids.js';

/** A dashboard after an edit that created a chart, with the new chart's id. */
export interface AddedChart {
  readonly def: DashboardDefinition;
  readonly id: string;
}

/**
 * Appends a bar chart counting the records of `form`, grouped by `field` when given, with a fresh id.
 *
 * @example
 * addChart(def, 'customer', { 'zh-CN': '新图表', en: 'New chart' }, 'industry').id // 'chart_1'
 */
export function addChart(def: DashboardDefinition, form: string, title: LocalizedText, field?: string): AddedChart {
  const id = uniqueId('chart', def.charts.map((c) => c.id));
  const chart: ChartDefinition = { id, title, type: 'bar', form, metric: { aggregate: 'count' }, ...(field === undefined ? {} : { groupBy: { field } }) };
  return { def: { ...def, charts: [...def.charts, chart] }, id };
}

/**
 * The dashboard without chart `id`.
 *
 * @example
 * removeChart(def, 'grades').charts.map((c) => c.id) // ['scores']
 */
export function removeChart(def: DashboardDefinition, id: string): DashboardDefinition {
  const charts = removeById(def.charts, id);
  return charts === def.charts ? def : { ...def, charts };
}

/**
 * Chart `id` moved one place up (`-1`) or down (`1`); unchanged at either end.
 *
 * @example
 * moveChart(def, 'scores', -1).charts.map((c) => c.id) // ['scores', 'grades']
 */
export function moveChart(def: DashboardDefinition, id: string, step: -1 | 1): DashboardDefinition {
  const i = def.charts.findIndex((c) => c.id === id);
  const other = def.charts[i + step];
  if (i < 0 || other === undefined) return def;
  return { ...def, charts: moveById(def.charts, id, other.id) };
}

/**
 * Chart `id` replaced by `update(chart)`.
 *
 * @example
 * updateChart(def, 'grades', (c) => setTitle(c, { 'zh-CN': '等级', en: 'Grades' }))
 */
export function updateChart(def: DashboardDefinition, id: string, update: (chart: ChartDefinition) => ChartDefinition): DashboardDefinition {
  const charts = replaceById(def.charts, id, update);
  return charts === def.charts ? def : { ...def, charts };
}

/** `chart` with `key` left out (the definition holds no `undefined`s, so a saved draft reads the same). */
function without<K extends keyof ChartDefinition>(chart: ChartDefinition, ...keys: K[]): ChartDefinition {
  const out: Record<string, unknown> = { ...chart };
  for (const k of keys) delete out[k];
  return out as unknown as ChartDefinition;
}

/**
 * `chart` as `type`: a key figure loses its grouping, a type with one series its series, a
 * histogram's grouping gets a width of 10 (a number field is still to be picked).
 *
 * @example
 * setChartType(barChart, 'kpi').groupBy // undefined
 */
export function setChartType(chart: ChartDefinition, type: ChartType): ChartDefinition {
  const spec: ChartTypeSpec = chartTypes[type];
  let next: ChartDefinition = { ...chart, type };
  if (spec.groupBy === 'forbidden') next = without(next, 'groupBy', 'sort', 'limit');
  if (!spec.series) next = without(next, 'series');
  if (spec.bucket === 'width' && next.groupBy !== undefined && typeof next.groupBy.bucket !== 'object') next = { ...next, groupBy: { field: next.groupBy.field, bucket: { width: 10 } } };
  return next;
}

/**
 * `chart` over another form: what named the old form's fields (grouping, series, metric field,
 * condition) is cleared, as those fields belong to the old form.
 *
 * @example
 * setChartForm(chart, 'receivable').metric // { aggregate: 'count' }
 */
export function setChartForm(chart: ChartDefinition, form: string): ChartDefinition {
  if (chart.form === form) return chart;
  return { ...without(chart, 'groupBy', 'series', 'where'), form, metric: { aggregate: 'count' } };
}

/**
 * `chart` grouped (`'groupBy'`) or split into series (`'series'`) by `dim`, or no longer when undefined.
 *
 * @example
 * setDimension(chart, 'groupBy', { field: 'issued_on', bucket: 'month' }).groupBy?.bucket // 'month'
 */
export function setDimension(chart: ChartDefinition, which: 'groupBy' | 'series', dim: Dimension | undefined): ChartDefinition {
  return dim === undefined ? without(chart, which) : { ...chart, [which]: dim };
}

/**
 * The same chart with a new metric; an aggregate field left out for a count of every record.
 *
 * @example
 * setMetric(chart, { aggregate: 'sum', field: 'amount' }).metric
 */
export function setMetric(chart: ChartDefinition, metric: Metric): ChartDefinition {
  const clean = (m: AggregateMetric): AggregateMetric => (m.field === undefined || m.field === '' ? { aggregate: m.aggregate } : m);
  if (!isRatio(metric)) return { ...chart, metric: clean(metric) };
  const [a, b] = metric.ratio;
  return { ...chart, metric: { ratio: [clean(a), clean(b)], ...(metric.scale === undefined ? {} : { scale: metric.scale }) } };
}

/**
 * `chart` with an optional part (`sort`, `limit`, `where`, `title`, `metricLabel`, `unit`) set, or removed when undefined.
 *
 * @example
 * setPart(chart, 'limit', 10).limit // 10
 */
export function setPart<K extends 'sort' | 'limit' | 'where' | 'title' | 'metricLabel' | 'unit'>(chart: ChartDefinition, key: K, value: ChartDefinition[K] | undefined): ChartDefinition {
  return value === undefined ? without(chart, key) : { ...chart, [key]: value };
}

/**
 * Whether a label is empty in both languages (a label left so is removed: the default shows).
 *
 * @example
 * isBlankText({ en: ' ', 'zh-CN': '' }) // true
 */
export function isBlankText(text: LocalizedText): boolean {
  return text.en.trim() === '' && text['zh-CN'].trim() === '';
}

/**
 * `chart` whose values are called `label`; left blank, they are called after the metric's field again.
 *
 * @example
 * setMetricLabel(chart, { en: 'Overdue amount', 'zh-CN': '逾期金额' }).metricLabel?.en // 'Overdue amount'
 */
export function setMetricLabel(chart: ChartDefinition, label: LocalizedText): ChartDefinition {
  return setPart(chart, 'metricLabel', isBlankText(label) ? undefined : label);
}
