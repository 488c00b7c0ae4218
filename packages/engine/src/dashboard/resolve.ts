/** @module A dashboard resolved chart by chart against the forms of the moment, each chart with its own problems. */
import type { ReferenceContext } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { checkChart, type ChartCheck } from './check-chart.js';
import { isFilterable } from './paths.js';
import { chartCatalog, unknownColumn } from './score-columns.js';
import type { DashboardDefinition, DashboardFilter, FieldPath } from './types.js';

/** A structurally valid dashboard, resolved: sound filters, each chart checked on its own. */
export interface DashboardResolution {
  /** Problems of the filters themselves (their form or field). */
  readonly problems: Problem[];
  /** Each sound filter's field on its own form (without `form`: the first chart's form that has it). */
  readonly filters: ReadonlyMap<string, FieldPath>;
  /** Per chart, in order: its problems, or the chart resolved. */
  readonly charts: readonly ChartCheck[];
}

/** Problems of a filter that names its form: the form and the field must exist, and the field take one chosen value. */
function checkFilter(f: DashboardFilter, ctx: ReferenceContext, at: string): Problem[] {
  if (f.form === undefined) return [];
  const catalog = chartCatalog(f.form, ctx);
  if (catalog === undefined) {
    const h = hint(f.form, [...ctx.forms.keys()]);
    return [problem(pointer(at, 'form'), 'dashboard.form.unknown', `Filter "${f.id}" is on form "${f.form}", which is not published.${h.en}`, `筛选 "${f.id}" 所属表单 "${f.form}" 未发布。${h.zh}`)];
  }
  const info = catalog.get(f.field);
  if (info === undefined) return [unknownColumn(f.form, f.field, ctx, pointer(at, 'field'))];
  if (!isFilterable(info)) {
    return [problem(pointer(at, 'field'), 'dashboard.filter.kind', `Filter "${f.id}" reads "${f.field}", a ${info.type} field: filter by a select, user, reference, text or yes/no field.`, `筛选 "${f.id}" 读取的 "${f.field}" 是 ${info.type} 类型的字段：请按单选、人员、关联、文本或是/否字段筛选。`)];
  }
  return [];
}

/**
 * The dashboard against `ctx`: its filters checked, then each chart with the sound ones. A
 * published dashboard goes through this on every read, so a chart a later form version broke
 * (a field removed) shows its problems while the others still draw.
 *
 * @example
 * resolveDashboard(def, ctx).charts.map((c) => c.chart === undefined ? c.problems[0]?.code : 'ok') // ['ok', 'dashboard.field.unknown', ...]
 */
export function resolveDashboard(def: DashboardDefinition, ctx: ReferenceContext): DashboardResolution {
  const problems: Problem[] = [];
  const sound: DashboardFilter[] = [];
  def.filters.forEach((f, i) => {
    const found = checkFilter(f, ctx, pointer('/filters', i));
    problems.push(...found);
    if (found.length === 0) sound.push(f);
  });
  const filters = new Map<string, FieldPath>();
  for (const f of sound) {
    const form = f.form ?? def.charts.find((c) => chartCatalog(c.form, ctx)?.has(f.field))?.form;
    const info = form === undefined ? undefined : chartCatalog(form, ctx)?.get(f.field);
    if (form !== undefined && info !== undefined) filters.set(f.id, { form, info });
  }
  const charts = def.charts.map((chart, j) => checkChart(chart, sound, ctx, pointer('/charts', j)));
  return { problems, filters, charts };
}
