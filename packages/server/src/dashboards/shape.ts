/** @module A chart's rows turned into what it draws: categories in order, gaps filled, ratios divided, top N kept. */
import { chartOrder, isRatio, roundHalfUp } from '@heng/engine';
import type { AggregateMetric, CompiledChart, CompiledDimension, LocalizedText, Metric } from '@heng/engine';
import { MAX_ROWS } from './chart-query.js';
import type { ChartRow } from './chart-query.js';
import { bucketKeys, daysOf } from './buckets.js';
import type { ChartSeriesView, Choice } from './types.js';

/** A label for a group key of the chart's group (0) or series (1) dimension. */
export type LabelOf = (dimension: 0 | 1, key: string | null) => LocalizedText;

/** Whether nothing to aggregate counts as 0 (a count, a sum), not as no value (an average, a minimum, a maximum). */
const adds = (m: AggregateMetric): boolean => m.aggregate === 'count' || m.aggregate === 'sum';

/** The value a row's aggregates give, as a chart shows it: sums exact, averages to 4 decimals, ratios to 6 (4 as a percentage). */
function valueOf(metric: Metric, row: ChartRow | undefined): number | null {
  const a = row?.a == null ? null : Number(row.a);
  if (!isRatio(metric)) return a === null ? (adds(metric) ? 0 : null) : metric.aggregate === 'avg' ? roundHalfUp(a, 4) : a;
  const b = row?.b == null ? null : Number(row.b);
  if (a === null || b === null || b === 0) return null;
  const scale = metric.scale === undefined ? 1 : metric.scale === 'bucketDays' ? daysOf(row?.g ?? '') : metric.scale;
  return roundHalfUp((a / b) * scale, metric.scale === undefined ? 6 : 2);
}

/**
 * The groups of a dimension in their own order: the values its `order` names first, in that
 * order, then a select's options in theirs, then the rest (numbers as numbers, text in code-unit
 * order); the empty group last. (Its `labels`' keys keep no order once stored in PostgreSQL.)
 *
 * @example
 * ranked(graded(gradeDimension, scale), ['A', null, 'AA']) // ['AA', 'A', null]
 */
export function ranked<K extends string | null>(dim: CompiledDimension, keys: readonly K[]): K[] {
  const named = [...(dim.order ?? []), ...(dim.path.info.options ?? [])];
  const rank = (k: string) => (named.includes(k) ? named.indexOf(k) : named.length);
  const numeric = dim.path.info.kind === 'number';
  return [...keys].sort((x, y) => {
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return rank(x) - rank(y) || (numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0);
  });
}

const distinct = (keys: readonly (string | null)[]): (string | null)[] => [...new Set(keys)];

/** A number group's key as JavaScript writes it (`1.0` from numeric arithmetic is `1`), so filled gaps meet the rows. */
function normalised(dim: CompiledDimension | undefined, key: string | null): string | null {
  return key !== null && dim !== undefined && dim.path.info.kind === 'number' ? String(Number(key)) : key;
}

/**
 * What one chart draws from its rows. Categories keep the statement's order (by value or by
 * group), a select's groups in option order when sorted by group; months, quarters and ranges
 * run without gaps (a missing one counts 0, or has no value to average); with `series` each
 * category's total decides its rank. `limit` keeps the first N categories, and says how many
 * there were and what they all add up to (`beyondLimit`).
 *
 * @example
 * shapeChart(gradeChart, [{ g: 'A', s: null, a: '3', b: null }], label).series[0].values // [3]
 */
export function shapeChart(chart: CompiledChart, rows: readonly ChartRow[], label: LabelOf): Omit<ChartSeriesView, 'metricLabel'> {
  const def = chart.definition;
  const head = { id: def.id, type: def.type, title: def.title, status: 'ok' as const, unit: chart.unit, truncated: rows.length > MAX_ROWS };
  const kept = rows.slice(0, MAX_ROWS).map((r) => ({ ...r, g: normalised(chart.group, r.g), s: normalised(chart.series, r.s) }));
  if (chart.group === undefined) return { ...head, categories: [], series: [], value: valueOf(def.metric, kept[0]) };
  const group = chart.group;
  const order = chartOrder(chart);
  let keys = distinct(kept.map((r) => r.g));
  if (group.bucket !== undefined) keys = bucketKeys(group, keys.filter((k): k is string => k !== null), order.order);
  else if (order.by === 'group' && (group.path.info.options !== undefined || group.order !== undefined || group.labels !== undefined)) keys = order.order === 'asc' ? ranked(group, keys) : ranked(group, keys).reverse();
  const seriesKeys = chart.series === undefined ? [null] : ranked(chart.series, distinct(kept.map((r) => r.s)));
  const cell = new Map(kept.map((r) => [JSON.stringify([r.g, r.s]), r]));
  const valuesOf = (s: string | null, of = keys) => of.map((g) => valueOf(def.metric, cell.get(JSON.stringify([g, s])) ?? (g === null ? undefined : { g, s, a: null, b: null })));
  if (chart.series !== undefined && order.by === 'value') {
    const total = new Map(keys.map((g, i) => [g, seriesKeys.reduce((n, s) => n + (valuesOf(s)[i] ?? 0), 0)]));
    keys = [...keys].sort((x, y) => (total.get(order.order === 'desc' ? y : x) ?? 0) - (total.get(order.order === 'desc' ? x : y) ?? 0));
  }
  const every = keys;
  if (def.limit !== undefined) keys = keys.slice(0, def.limit);
  const categories: Choice[] = keys.map((k) => ({ key: k, label: label(0, k) }));
  const series = seriesKeys.map((s) => ({ key: s, label: chart.series === undefined ? def.title : label(1, s), values: valuesOf(s) }));
  if (keys.length === every.length) return { ...head, categories, series };
  // Summed in fen, so the total of money is exact.
  const total = isRatio(def.metric) || !adds(def.metric) ? null : seriesKeys.reduce((n, s) => n + valuesOf(s, every).reduce<number>((m, v) => m + Math.round((v ?? 0) * 100), 0), 0) / 100;
  return { ...head, categories, series, beyondLimit: { groups: every.length, total } };
}
