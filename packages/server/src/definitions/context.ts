/** @module What a tenant's definitions are checked against: its published forms, flows, scorecards, rule sets' task actions and its roles. */
import { formCatalog, ruleSetTasks, scorecardFacts } from '@heng/engine';
import type { DefinitionKind, FieldCatalog, FormDefinition, ReferenceContext, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { latestPublished } from './store.js';

/**
 * The latest published version of each of the tenant's forms, by form id.
 *
 * @example
 * const forms = await publishedForms(tx, tenantId);
 * forms.get('customer')?.fields.length;
 */
export async function publishedForms(tx: Queryable, tenantId: string): Promise<Map<string, FormDefinition>> {
  return latestBodies<FormDefinition>(tx, tenantId, 'form');
}

/**
 * The latest published body of each of the tenant's definitions of `kind`, by id; with
 * `{ archived: false }`, of those not archived only.
 *
 * @example
 * const cards = await latestBodies<ScorecardDefinition>(tx, tenantId, 'scorecard');
 * const inUse = await latestBodies<RuleSetDefinition>(tx, tenantId, 'ruleset', { archived: false });
 */
export async function latestBodies<D>(tx: Queryable, tenantId: string, kind: DefinitionKind, options: { readonly archived?: boolean } = {}): Promise<Map<string, D>> {
  return new Map((await latestPublished<D>(tx, tenantId, kind, options)).map((r) => [r.id, r.body]));
}

/**
 * The ReferenceContext of a tenant: the field catalogs of its published forms, its role ids,
 * the ids of its published flows, its published scorecards with the policy facts their latest
 * versions give rules, and the task actions of its rule sets' latest versions (archived ones
 * left out: they make no tasks). Drafts are not in it: a definition may only rely on what is
 * published.
 *
 * @example
 * const problems = specOf('scorecard').validate(draft, await referenceContext(tx, tenantId));
 */
export async function referenceContext(tx: Queryable, tenantId: string): Promise<ReferenceContext> {
  // Every published body passed validation when it was published, so its catalog can be read.
  const forms = new Map<string, FieldCatalog>();
  for (const [id, form] of await publishedForms(tx, tenantId)) forms.set(id, formCatalog(form));
  const roles = await tx.query<{ id: string }>('SELECT id FROM roles WHERE tenant_id = $1', [tenantId]);
  const flows = await tx.query<{ id: string }>(`SELECT DISTINCT id FROM definition_versions WHERE tenant_id = $1 AND kind = 'flow'`, [tenantId]);
  return {
    forms,
    roles: new Set(roles.map((r) => r.id)),
    flows: new Set(flows.map((r) => r.id)),
    scorecards: scorecardFacts((await latestBodies<ScorecardDefinition>(tx, tenantId, 'scorecard')).values()),
    tasks: ruleSetTasks((await latestBodies<RuleSetDefinition>(tx, tenantId, 'ruleset', { archived: false })).values()),
  };
}
