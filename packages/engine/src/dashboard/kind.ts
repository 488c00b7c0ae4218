/** @module The dashboard kind: its pipeline (validate → compile), references and renaming. */
import type { DefinitionKind, DefinitionRef, KindSpec } from '../core/kind.js';
import { pointer } from '../core/json-pointer.js';
import { compileDashboard } from './compile.js';
import { dashboardSchema } from './schema.js';
import type { CompiledDashboard, DashboardDefinition } from './types.js';
import { validateDashboard } from './validate.js';

/**
 * Where a dashboard names other definitions: the forms of its filters and charts.
 *
 * @example
 * dashboardReferences(def) // [{ path: '/filters/0/form', kind: 'form', id: 'customer' }, { path: '/charts/0/form', kind: 'form', id: 'receivable' }, ...]
 */
export function dashboardReferences(def: DashboardDefinition): DefinitionRef[] {
  return [
    ...def.filters.flatMap((f, i) => (f.form === undefined ? [] : [{ path: pointer('/filters', i, 'form'), kind: 'form' as const, id: f.form }])),
    ...def.charts.map((c, j) => ({ path: pointer('/charts', j, 'form'), kind: 'form' as const, id: c.form })),
  ];
}

/**
 * A copy of a dashboard with its own id and every form it names passed through `rename`.
 *
 * @example
 * renameDashboardReferences(def, (kind, id) => `${id}_2`).charts[0].form // 'receivable_2'
 */
export function renameDashboardReferences(def: DashboardDefinition, rename: (kind: DefinitionKind, id: string) => string): DashboardDefinition {
  return {
    ...def,
    id: rename('dashboard', def.id),
    filters: def.filters.map((f) => (f.form === undefined ? f : { ...f, form: rename('form', f.form) })),
    charts: def.charts.map((c) => ({ ...c, form: rename('form', c.form) })),
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
