/** @module Published dashboards: listed, and one read with the forms it is resolved against now. */
import { formCatalog, resolveDashboard, scorecardFacts } from '@heng/engine';
import type { DashboardDefinition, DashboardResolution, FormDefinition, LocalizedText, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { latestBodies } from '../definitions/context.js';
import { publishedForms } from '../definitions/index.js';
import { AppError } from '../http/app-error.js';
import { loadGradeScales } from './grades.js';
import type { GradeScales } from './grades.js';

/** A published dashboard as the list shows it. */
export interface DashboardSummary {
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly description: LocalizedText | null;
}

/** A dashboard's latest published version, resolved against the latest published forms. */
export interface LoadedDashboard {
  readonly version: number;
  readonly definition: DashboardDefinition;
  readonly forms: ReadonlyMap<string, FormDefinition>;
  readonly resolution: DashboardResolution;
  /** The grades the fields charted may hold. */
  readonly grades: GradeScales;
}

// The latest version of each dashboard whose definition is not archived.
const LATEST = `
  SELECT DISTINCT ON (v.id) v.id, v.version, v.body FROM definition_versions v
  JOIN definitions d ON d.tenant_id = v.tenant_id AND d.kind = v.kind AND d.id = v.id AND NOT d.archived
  WHERE v.tenant_id = $1 AND v.kind = 'dashboard' AND ($2::text IS NULL OR v.id = $2)
  ORDER BY v.id, v.version DESC`;

type Row = { id: string; version: number; body: DashboardDefinition };

/**
 * The company's published dashboards, in id order.
 *
 * @example
 * await listDashboards(tx, tenantId) // [{ id: 'credit_overview', version: 2, name: { ... }, description: null }]
 */
export async function listDashboards(tx: Queryable, tenantId: string): Promise<DashboardSummary[]> {
  const rows = await tx.query<Row>(LATEST, [tenantId, null]);
  return rows.map((r) => ({ id: r.id, version: r.version, name: r.body.name, description: r.body.description ?? null }));
}

/** 404: no published dashboard of that id here (another company's gives the same). */
export function noDashboard(id: string): AppError {
  return new AppError('not_found', 404, `No published dashboard "${id}" exists here: publish it first, or check its id.`, {
    messageZh: `不存在已发布的报表看板 "${id}"，请先发布或检查其 ID。`,
  });
}

/**
 * A published dashboard, resolved chart by chart against the forms published now: a chart that
 * a later form version broke carries its problems, the others can be computed.
 *
 * @example
 * const { resolution } = await loadDashboard(tx, tenantId, 'credit_overview');
 */
export async function loadDashboard(tx: Queryable, tenantId: string, id: string): Promise<LoadedDashboard> {
  const [row] = await tx.query<Row>(LATEST, [tenantId, id]);
  if (row === undefined) throw noDashboard(id);
  const { forms, ctx } = await dashboardContext(tx, tenantId);
  return { version: row.version, definition: row.body, forms, resolution: resolveDashboard(row.body, ctx), grades: await loadGradeScales(tx, tenantId, forms) };
}

/**
 * The forms published now, and the context a dashboard is checked and resolved in: a dashboard
 * names forms and the scorecards whose scores it reads (archived ones left out), so roles and
 * flows are not consulted.
 *
 * @example
 * const { forms, ctx } = await dashboardContext(tx, tenantId);
 */
export async function dashboardContext(tx: Queryable, tenantId: string): Promise<{ forms: ReadonlyMap<string, FormDefinition>; ctx: ReferenceContext }> {
  const forms = await publishedForms(tx, tenantId);
  const scorecards = scorecardFacts((await latestBodies<ScorecardDefinition>(tx, tenantId, 'scorecard', { archived: false })).values());
  const ctx = { forms: new Map([...forms].map(([formId, f]) => [formId, formCatalog(f)])), roles: new Set<string>(), flows: new Set<string>(), scorecards };
  return { forms, ctx };
}
