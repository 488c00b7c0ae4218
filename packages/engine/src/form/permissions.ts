/** @module Record permissions: which roles may create, change and delete a form's records, and the checks of them. */
import type { ReferenceContext } from '../core/context.js';
import { isPlainObject } from '../core/json.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import type { Roles } from './access.js';
import type { FormDefinition, RecordAction } from './types.js';

/** The actions in the order they are shown and checked. */
export const RECORD_ACTIONS: readonly RecordAction[] = ['create', 'update', 'delete'];

/** Each action as a verb in messages: "may not delete records", "不能删除记录". */
export const RECORD_ACTION_WORDS: Readonly<Record<RecordAction, { readonly en: string; readonly zh: string }>> = {
  create: { en: 'create', zh: '新建' },
  update: { en: 'change', zh: '修改' },
  delete: { en: 'delete', zh: '删除' },
};

/**
 * Whether a user with `roles` may do `action` to the form's records: yes when the form does not
 * name the action, else when any of their roles is listed for it.
 *
 * @example
 * mayDo({ permissions: { delete: ['finance_director'] } }, 'delete', ['salesperson']) // false
 * mayDo({ permissions: { delete: ['finance_director'] } }, 'create', ['salesperson']) // true
 */
export function mayDo(def: Pick<FormDefinition, 'permissions'>, action: RecordAction, roles: Roles): boolean {
  const allowed = def.permissions?.[action];
  if (allowed === undefined) return true;
  const list = typeof roles === 'string' ? [roles] : roles;
  return list.some((role) => allowed.includes(role));
}

/**
 * Problems with the form's record permissions: every role listed is one the company has. Lists
 * whose shape is wrong are left to the structural check.
 *
 * @example
 * checkPermissions({ ...payment, permissions: { delete: ['finance'] } }, ctx)
 * // [{ path: '/permissions/delete/0', code: 'form.permissions.role', message: 'Permission to delete records is given to unknown role "finance". Did you mean "finance_director"?', ... }]
 */
export function checkPermissions(def: FormDefinition, ctx: ReferenceContext): Problem[] {
  const given: unknown = def.permissions;
  if (!isPlainObject(given)) return [];
  return RECORD_ACTIONS.flatMap((action) => {
    const roles: unknown = given[action];
    if (!Array.isArray(roles)) return [];
    return roles.flatMap((role: unknown, i) => {
      if (typeof role !== 'string' || ctx.roles.has(role)) return [];
      const h = hint(role, [...ctx.roles]);
      const w = RECORD_ACTION_WORDS[action];
      return [problem(pointer('/permissions', action, i), 'form.permissions.role', `Permission to ${w.en} records is given to unknown role "${role}".${h.en}`, `为未知角色 "${role}" 设置了${w.zh}记录的权限。${h.zh}`)];
    });
  });
}
