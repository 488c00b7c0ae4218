/** @module What a tenant already holds, as a bundle import needs to know: its roles and definition ids by kind. */
import type { DefinitionKind, TenantInventory } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { DEFINITION_KINDS } from '../definitions/index.js';

/**
 * The tenant's roles and the ids of its definitions (drafts included: a draft's id is taken).
 *
 * @example
 * const inventory = await tenantInventory(tx, tenantId);
 * planImport(bundle, inventory)
 */
export async function tenantInventory(tx: Queryable, tenantId: string): Promise<TenantInventory> {
  const roles = await tx.query<{ id: string }>('SELECT id FROM roles WHERE tenant_id = $1', [tenantId]);
  const defs = await tx.query<{ kind: DefinitionKind; id: string }>('SELECT kind, id FROM definitions WHERE tenant_id = $1', [tenantId]);
  const definitions = Object.fromEntries(DEFINITION_KINDS.map((k) => [k, new Set(defs.filter((d) => d.kind === k).map((d) => d.id))])) as Record<DefinitionKind, Set<string>>;
  return { roles: new Set(roles.map((r) => r.id)), definitions };
}
