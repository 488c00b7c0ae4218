/** @module A valid dashboard resolved against the forms: each chart's fields, filters and unit, ready to query. */
import type { ReferenceContext } from '../core/context.js';
import { resolveDashboard } from './resolve.js';
import type { CompiledDashboard, DashboardDefinition } from './types.js';

/**
 * The dashboard resolved against `ctx`'s forms. Validate first: a definition with problems
 * throws here (naming the first), since it cannot be queried.
 *
 * @example
 * const compiled = compileDashboard(def, ctx);
 * compiled.charts[0].group?.path // { form: 'customer', info: { id: 'region', ... }, via: { id: 'customer', ... } }
 */
export function compileDashboard(def: DashboardDefinition, ctx: ReferenceContext): CompiledDashboard {
  const resolved = resolveDashboard(def, ctx);
  const first = [...resolved.problems, ...resolved.charts.flatMap((c) => c.problems)][0];
  if (first !== undefined) throw new Error(`dashboard "${def.id}" cannot be compiled: ${first.path} ${first.message}`);
  return { definition: def, filters: resolved.filters, charts: resolved.charts.map((c) => c.chart!) };
}
