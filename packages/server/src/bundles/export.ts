/** @module A tenant's app as a bundle: its latest published definitions and the roles they may name. */
import { exportBundle } from '@heng/engine';
import type { Bundle, Definition, Problem } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { businessDay } from '../records/form.js';

/**
 * The tenant's latest published version of every definition, with its roles, as a bundle in a
 * stable order (so two exports diff cleanly), and the problems an import of it would meet.
 *
 * @example
 * const { bundle } = await exportTenant(tx, tenantId, { id: 'credit', name: { 'zh-CN': '信用管理', en: 'Credit' }, version: '1.0.0' }, now);
 */
export async function exportTenant(tx: Queryable, tenantId: string, about: Pick<Bundle, 'id' | 'name' | 'version'>, now: Date): Promise<{ bundle: Bundle; problems: Problem[] }> {
  const rows = await tx.query<{ body: Definition }>(
    `SELECT DISTINCT ON (kind, id) body FROM definition_versions WHERE tenant_id = $1 ORDER BY kind, id, version DESC`,
    [tenantId],
  );
  const roles = await tx.query<{ id: string; name_zh: string; name_en: string }>('SELECT id, name_zh, name_en FROM roles WHERE tenant_id = $1 ORDER BY id', [tenantId]);
  return exportBundle(
    { ...about, roles: roles.map((r) => ({ id: r.id, name: { 'zh-CN': r.name_zh, en: r.name_en } })), definitions: rows.map((r) => r.body) },
    { today: businessDay(now) },
  );
}
