/** @module Validation of a dashboard: structure by JSON Schema, then every chart and filter against the forms, never a throw. */
import { schemaChecker } from '../core/ajv.js';
import type { ReferenceContext } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { dedupeProblems, problem, type Problem } from '../core/problem.js';
import { resolveDashboard } from './resolve.js';
import { dashboardSchema } from './schema.js';
import type { DashboardDefinition } from './types.js';

const checkStructure = schemaChecker(dashboardSchema);

function duplicates(items: readonly { readonly id: string }[], path: string, what: { en: string; zh: string }): Problem[] {
  const first = new Map<string, number>();
  const out: Problem[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else out.push(problem(pointer(path, i, 'id'), `dashboard.${what.en}.id.duplicate`, `The ${what.en} id "${item.id}" is already used by ${what.en} ${seen + 1}: give this one its own id.`, `${what.zh} ID "${item.id}" 已被第 ${seen + 1} 个${what.zh}使用，请另取一个 ID。`));
  });
  return out;
}

/**
 * Every problem with a dashboard: its structure, duplicate ids, filters on unknown forms or
 * fields (or fields that take no single value), and per chart: its form, the fields it groups
 * and aggregates by and whether their kinds fit (a sum needs a number, a month bucket a date, a
 * histogram a width), its condition, and every filter reaching it. Never throws.
 *
 * @example
 * validateDashboard({ ...def, charts: [{ ...chart, metric: { aggregate: 'sum', field: 'region' } }] }, ctx)
 * // [{ path: '/charts/0/metric/field', code: 'dashboard.metric.field.kind', message: '"region" is a single_select field: a sum needs a number, ...' }]
 */
export function validateDashboard(input: unknown, ctx: ReferenceContext): Problem[] {
  const structural = checkStructure(input);
  if (structural.length > 0) return structural;
  const def = input as DashboardDefinition;
  const out = [...duplicates(def.filters, '/filters', { en: 'filter', zh: '筛选' }), ...duplicates(def.charts, '/charts', { en: 'chart', zh: '图表' })];
  const resolved = resolveDashboard(def, ctx);
  out.push(...resolved.problems, ...resolved.charts.flatMap((c) => c.problems));
  return dedupeProblems(out);
}
