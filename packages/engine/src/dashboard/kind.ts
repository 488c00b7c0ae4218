/** @module The dashboard kind: its pipeline (validate → compile), references and renaming. */
import type { DefinitionKind, DefinitionRef, KindSpec } from '../core/kind.js';
import { pointer } from '../core/json-pointer.js';
import { compileDashboard } from './compile.js';
import { dashboardSchema } from './schema.js';
import { isRatio } from './metric.js';
import { scoreColumnOf } from './score-columns.js';
import type { AggregateMetric, ChartDefinition, CompiledDashboard, DashboardDefinition, Dimension, Metric } from './types.js';
import { validateDashboard } from './validate.js';

/** Where a chart names a field or score column, by JSON Pointer below the chart, and what. */
function chartColumns(c: ChartDefinition): [string, string][] {
  const metrics = isRatio(c.metric) ? c.metric.ratio.map((m, i) => [pointer('/metric/ratio', i, 'field'), m.field] as const) : [['/metric/field', c.metric.field] as const];
  const all = [['/groupBy/field', c.groupBy?.field], ['/series/field', c.series?.field], ...metrics] as const;
  return all.flatMap(([path, field]) => (field === undefined ? [] : [[path, field]]));
}

/** The scorecard a score column names, as a reference at `path`; none for a field. */
const scorecardRef = (path: string, column: string): DefinitionRef[] => {
  const found = scoreColumnOf(column);
  return found === undefined ? [] : [{ path, kind: 'scorecard', id: found.scorecard }];
};

/** A score column with its scorecard renamed; a field as it is. */
const renamedColumn = (column: string, rename: (kind: DefinitionKind, id: string) => string): string => {
  const found = scoreColumnOf(column);
  return found === undefined ? column : `${found.part}:${rename('scorecard', found.scorecard)}`;
};

/**
 * Where a dashboard names other definitions: the forms of its filters and charts, and the
 * scorecards whose score columns they read.
 *
 * @example
 * dashboardReferences(def) // [{ path: '/filters/0/form', kind: 'form', id: 'customer' }, { path: '/charts/0/form', kind: 'form', id: 'receivable' }, { path: '/charts/1/groupBy/field', kind: 'scorecard', id: 'credit_score' }, ...]
 */
export function dashboardReferences(def: DashboardDefinition): DefinitionRef[] {
  return [
    ...def.filters.flatMap((f, i) => [
      ...(f.form === undefined ? [] : [{ path: pointer('/filters', i, 'form'), kind: 'form' as const, id: f.form }]),
      ...scorecardRef(pointer('/filters', i, 'field'), f.field),
    ]),
    ...def.charts.flatMap((c, j) => [
      { path: pointer('/charts', j, 'form'), kind: 'form' as const, id: c.form },
      ...chartColumns(c).flatMap(([path, column]) => scorecardRef(`${pointer('/charts', j)}${path}`, column)),
    ]),
  ];
}

/** A chart with its form and the scorecards of its score columns renamed. */
function renameChart(c: ChartDefinition, rename: (kind: DefinitionKind, id: string) => string): ChartDefinition {
  const dim = (d: Dimension): Dimension => ({ ...d, field: renamedColumn(d.field, rename) });
  const agg = (m: AggregateMetric): AggregateMetric => (m.field === undefined ? m : { ...m, field: renamedColumn(m.field, rename) });
  const metric: Metric = isRatio(c.metric) ? { ...c.metric, ratio: [agg(c.metric.ratio[0]), agg(c.metric.ratio[1])] } : agg(c.metric);
  return {
    ...c,
    form: rename('form', c.form),
    metric,
    ...(c.groupBy === undefined ? {} : { groupBy: dim(c.groupBy) }),
    ...(c.series === undefined ? {} : { series: dim(c.series) }),
  };
}

/**
 * A copy of a dashboard with its own id and every form and scorecard it names passed through `rename`.
 *
 * @example
 * renameDashboardReferences(def, (kind, id) => `${id}_2`).charts[0].form // 'receivable_2'
 */
export function renameDashboardReferences(def: DashboardDefinition, rename: (kind: DefinitionKind, id: string) => string): DashboardDefinition {
  return {
    ...def,
    id: rename('dashboard', def.id),
    filters: def.filters.map((f) => ({ ...f, field: renamedColumn(f.field, rename), ...(f.form === undefined ? {} : { form: rename('form', f.form) }) })),
    charts: def.charts.map((c) => renameChart(c, rename)),
  };
}

/**
 * The dashboard's pipeline, registered with the other kinds.
 *
 * @example
 * const problems = dashboardKind.validate(input, ctx);
 * if (problems.length === 0) dashboardKind.compile(input as DashboardDefinition, ctx).charts.length;
 */
export const dashboardKind: KindSpec<DashboardDefinition, CompiledDashboard> = {
  kind: 'dashboard',
  schema: dashboardSchema,
  validate: validateDashboard,
  compile: compileDashboard,
  references: dashboardReferences,
  renameReferences: renameDashboardReferences,
};
