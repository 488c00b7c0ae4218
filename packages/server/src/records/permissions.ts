/** @module Record permissions (记录权限) on the API: a user's create, change or delete of a form's records, refused (403) unless one of their roles may. */
import { mayDo, RECORD_ACTION_WORDS } from '@heng/engine';
import type { FormDefinition, RecordAction } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';

/** Who asks: their company and roles. */
export interface Asker {
  readonly tenantId: string;
  readonly roles: readonly string[];
}

/** The roles' names in the company, in the order given; a role it no longer has reads as its id. */
async function roleNames(tx: Queryable, tenantId: string, ids: readonly string[]): Promise<{ en: string[]; zh: string[] }> {
  const rows = await tx.query<{ id: string; name_en: string; name_zh: string }>('SELECT id, name_en, name_zh FROM roles WHERE tenant_id = $1 AND id = ANY($2)', [tenantId, [...ids]]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { en: ids.map((id) => byId.get(id)?.name_en ?? id), zh: ids.map((id) => byId.get(id)?.name_zh ?? id) };
}

/** 403: the form lets only `allowed` (by name) do `action` to its records. */
function forbidden(def: FormDefinition, action: RecordAction, allowed: { en: string[]; zh: string[] }): AppError {
  const w = RECORD_ACTION_WORDS[action];
  const form = { en: `“${def.name['zh-CN']}” (${def.name.en})`, zh: `“${def.name['zh-CN']}”` };
  const [en, zh] = allowed.en.length === 0
    ? ['the form lets no role do that. Ask an admin to change the form’s record permissions.', '该表单不允许任何角色这样做。请联系管理员修改表单的记录权限。']
    : [`the form lets only ${allowed.en.join(', ')} do that. Ask one of them.`, `该表单只允许${allowed.zh.join('、')}这样做，请联系他们。`];
  return new AppError('record.forbidden', 403, `Your role may not ${w.en} records of ${form.en}: ${en}`, {
    messageZh: `您的角色不能${w.zh}${form.zh}的记录：${zh}`,
    meta: { form: def.id, action },
  });
}

/**
 * Refuses (403 `record.forbidden`, naming the roles that may) a user whose roles may not do
 * `action` to the form's records; says nothing of any record, so it may come before looking one up.
 * Only users' requests are checked: rules, approvals, scheduled jobs, the demo and template loads write as before.
 *
 * @example
 * await mayWrite(tx, form.compiled.definition, 'delete', principal); // throws for a salesperson on payments
 */
export async function mayWrite(tx: Queryable, def: FormDefinition, action: RecordAction, by: Asker): Promise<void> {
  if (mayDo(def, action, by.roles)) return;
  throw forbidden(def, action, await roleNames(tx, by.tenantId, def.permissions?.[action] ?? []));
}
