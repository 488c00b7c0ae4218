/** @module A dashboard not yet published (the designer's draft), checked by the engine and resolved against the published forms, for a preview. */
import { resolveDashboard, validateDashboard } from '@heng/engine';
import type { DashboardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import { loadGradeScales } from './grades.js';
import { dashboardContext } from './load.js';
import type { LoadedDashboard } from './load.js';

/**
 * `body` as a dashboard to preview: 422 with every problem (placed in the body) when the engine
 * finds any, else resolved against the forms published now. It has no version yet: 0.
 *
 * @example
 * const loaded = await previewDashboard(tx, tenantId, draft);
 * const charts = await dashboardData(tx, loaded, viewer, []);
 */
export async function previewDashboard(tx: Queryable, tenantId: string, body: unknown): Promise<LoadedDashboard> {
  const { forms, ctx } = await dashboardContext(tx, tenantId);
  const problems = validateDashboard(body, ctx);
  if (problems.length > 0) throw validationFailed(problems);
  const definition = body as DashboardDefinition;
  return { version: 0, definition, forms, resolution: resolveDashboard(definition, ctx), grades: await loadGradeScales(tx, tenantId, forms) };
}
