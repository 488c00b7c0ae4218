/** @module What a tenant's definitions are checked against: its published forms, flows, scorecards and its roles. */
import { formCatalog } from '@heng/engine';
import type { FieldCatalog, FormDefinition, ReferenceContext } from '@heng/engine';
import type { Queryable } from '../db/port.js';

/**
 * The latest published version of each of the tenant's forms, by form id.
 *
 * @example
 * const forms = await publishedForms(tx, tenantId);
 * forms.get('customer')?.fields.length;
 */
export async function publishedForms(tx: Queryable, tenantId: string): Promise<Map<string, FormDefinition>> {
  const rows = await tx.query<{ id: string; body: FormDefinition }>(
    `SELECT DISTINCT ON (id) id, body FROM definition_versions WHERE tenant_id = $1 AND kind = 'form' ORDER BY id, version DESC`,
    [tenantId],
  );
  return new Map(rows.map((r) => [r.id, r.body]));
}

/**
 * The ReferenceContext of a tenant: the field catalogs of its published forms, its role ids,
 * and the ids of its published flows and scorecards. Drafts are not in it: a definition may
 * only rely on what is published.
 *
 * @example
 * const problems = specOf('scorecard').validate(draft, await referenceContext(tx, tenantId));
 */
export async function referenceContext(tx: Queryable, tenantId: string): Promise<ReferenceContext> {
  // Every published body passed validation when it was published, so its catalog can be read.
  const forms = new Map<string, FieldCatalog>();
  for (const [id, form] of await publishedForms(tx, tenantId)) forms.set(id, formCatalog(form));
  const roles = await tx.query<{ id: string }>('SELECT id FROM roles WHERE tenant_id = $1', [tenantId]);
  const published = await tx.query<{ kind: string; id: string }>(
    `SELECT DISTINCT kind, id FROM definition_versions WHERE tenant_id = $1 AND kind IN ('flow', 'scorecard')`,
    [tenantId],
  );
  return {
    forms,
    roles: new Set(roles.map((r) => r.id)),
    flows: new Set(published.filter((r) => r.kind === 'flow').map((r) => r.id)),
    scorecards: new Set(published.filter((r) => r.kind === 'scorecard').map((r) => r.id)),
  };
}
