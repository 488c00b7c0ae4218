/** @module A dashboard's charts computed for one caller: filters applied, hidden fields and row access respected. */
import { formCatalog } from '@heng/engine';
import type { ChartCheck, CompiledChart, CompiledDimension } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { rowAccessCondition } from '../records/row-access.js';
import { hiddenReason } from './access.js';
import { chartRows } from './chart-query.js';
import { chosenFilters } from './filters.js';
import { graded, painted, scaleOf } from './grades.js';
import { dimensionHead, metricLabel } from './heads.js';
import { labelsOf } from './labels.js';
import type { GradeScale } from './grades.js';
import type { LoadedDashboard } from './load.js';
import { shapeChart } from './shape.js';
import type { ChartView } from './types.js';

/** Who asks: their company, user and roles. */
export interface Viewer {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly string[];
}

/** A chart whose groups or series are grades, ordered and named by their scale. */
function withGrades(chart: CompiledChart, scale: (dim: CompiledDimension | undefined) => GradeScale | undefined): CompiledChart {
  const { group, series } = chart;
  return { ...chart, ...(group === undefined ? {} : { group: graded(group, scale(group)) }), ...(series === undefined ? {} : { series: graded(series, scale(series)) }) };
}

async function chartView(tx: Queryable, loaded: LoadedDashboard, check: ChartCheck, index: number, viewer: Viewer, filters: ReadonlyMap<string, string | boolean>): Promise<ChartView> {
  const def = loaded.definition.charts[index]!;
  const head = { id: def.id, type: def.type, title: def.title };
  const form = loaded.forms.get(def.form);
  if (check.chart === undefined || form === undefined) return { ...head, status: 'invalid', problems: check.problems };
  const scale = (dim: CompiledDimension | undefined) => (dim === undefined ? undefined : scaleOf(dim.path, loaded.forms, loaded.grades));
  const chart = withGrades(check.chart, scale);
  const hidden = hiddenReason(chart, loaded.forms, viewer.roles);
  if (hidden !== undefined) return { ...head, status: 'hidden', hidden: true, reason: hidden.en, reasonZh: hidden.zh };
  const rows = await chartRows(tx, chart, {
    tenantId: viewer.tenantId,
    catalog: formCatalog(form),
    filters,
    // Only the records the caller reaches count: a salesperson's charts are over their own customers.
    rowConditions: (params) => [rowAccessCondition(viewer.tenantId, form, viewer, (v) => params.add(v), 'r.id')],
  });
  const src = { tx, tenantId: viewer.tenantId, userId: viewer.userId, forms: loaded.forms, roles: viewer.roles };
  const groupLabel = chart.group === undefined ? undefined : await labelsOf(src, chart.group, rows.map((r) => r.g));
  const seriesLabel = chart.series === undefined ? undefined : await labelsOf(src, chart.series, rows.map((r) => r.s));
  const shaped = shapeChart(chart, rows, (dim, key) => (dim === 0 ? groupLabel : seriesLabel)!(key));
  return {
    ...shaped,
    categories: painted(shaped.categories, scale(chart.group)),
    series: painted(shaped.series, scale(chart.series)),
    metricLabel: metricLabel(chart, loaded.forms),
    ...(chart.group === undefined ? {} : { dimension: dimensionHead(chart.group, loaded.forms) }),
  };
}

/**
 * Every chart of a dashboard for `viewer`, with the filters of `entries` (`filter[id]=value`)
 * applied: computed by one aggregate statement each, or hidden when it reads a field hidden from
 * their roles, or its problems when a later form version broke it. 422 for a bad filter.
 *
 * @example
 * const charts = await dashboardData(tx, loaded, { tenantId, userId, roles }, [['filter[region]', 'east']]);
 */
export async function dashboardData(tx: Queryable, loaded: LoadedDashboard, viewer: Viewer, entries: readonly [string, string][]): Promise<ChartView[]> {
  const filters = chosenFilters(entries, loaded.resolution.filters, loaded.forms, viewer.roles);
  const out: ChartView[] = [];
  for (const [i, check] of loaded.resolution.charts.entries()) out.push(await chartView(tx, loaded, check, i, viewer, filters));
  return out;
}
