/** @module Per-role field access: what a role sees and may change. Roles a field does not name may write. */
import { ownValue } from '../core/own.js';
import { problem, type Problem } from '../core/problem.js';
import type { FieldAccess, FieldDefinition, FormRecord } from './types.js';
import { isComputed, isServerFilled } from './computed.js';
import { sameValue } from './values.js';

const rank: Record<FieldAccess, number> = { hidden: 0, read: 1, write: 2 };

/** One role, or several (a user may be both finance director and admin). */
export type Roles = string | readonly string[];

const asList = (roles: Roles): readonly string[] => (typeof roles === 'string' ? [roles] : roles);

/**
 * A field's access for a user with `roles`: the most permissive of their roles. A computed
 * field (formula, lookup, rollup, serial) is never writable; a user with no role gets the default, write.
 *
 * @example
 * fieldAccess({ ...creditLimit, access: { salesperson: 'read' } }, ['salesperson']) // 'read'
 * fieldAccess({ ...creditLimit, access: { salesperson: 'read' } }, ['salesperson', 'finance_director']) // 'write'
 */
export function fieldAccess(field: FieldDefinition, roles: Roles): FieldAccess {
  const list = asList(roles);
  const table = field.access ?? {};
  const levels = list.length === 0 ? ['write' as const] : list.map((r) => ownValue(table, r) ?? 'write');
  const best = levels.reduce((a, b) => (rank[b] > rank[a] ? b : a), 'hidden' as FieldAccess);
  return isComputed(field) && best === 'write' ? 'read' : best;
}

/**
 * Every field's access for `roles`.
 *
 * @example
 * accessMap(form.fields, 'salesperson') // { company_name: 'write', credit_limit: 'read', internal_notes: 'hidden', ... }
 */
export function accessMap(fields: readonly FieldDefinition[], roles: Roles): Record<string, FieldAccess> {
  return Object.fromEntries(fields.map((f) => [f.id, fieldAccess(f, roles)]));
}

/**
 * The record as `roles` may see it: only the form's fields, without the hidden ones.
 *
 * @example
 * readable(form.fields, { credit_limit: 500000, internal_notes: 'x' }, 'salesperson') // { credit_limit: 500000 }
 */
export function readable(fields: readonly FieldDefinition[], record: FormRecord, roles: Roles): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (Object.hasOwn(record, f.id) && fieldAccess(f, roles) !== 'hidden') out[f.id] = record[f.id];
  return out;
}

/**
 * Problems for changes `roles` may not make: a changed field they may only read or not see.
 * Formula fields are skipped: the engine computes them. Creating a record is `before` = `{}`.
 *
 * @example
 * writeProblems(form.fields, { credit_limit: 1 }, { credit_limit: 2 }, 'salesperson')
 * // [{ path: '/credit_limit', code: 'access.read', message: 'You may not change "Credit limit": it is read-only for your role.', ... }]
 */
export function writeProblems(fields: readonly FieldDefinition[], before: FormRecord, after: FormRecord, roles: Roles): Problem[] {
  const out: Problem[] = [];
  for (const f of fields) {
    if (f.type === 'formula' || sameValue(ownValue(before, f.id), ownValue(after, f.id))) continue;
    if (f.type === 'serial') {
      out.push(problem(`/${f.id}`, 'access.computed', `"${f.label.en}" is numbered by the server when the record is created: leave it out.`, `"${f.label['zh-CN']}"在创建记录时由系统编号：请不要填写。`));
      continue;
    }
    if (isServerFilled(f)) {
      out.push(problem(`/${f.id}`, 'access.computed', `"${f.label.en}" is filled from other records: leave it out.`, `"${f.label['zh-CN']}"由其他记录自动填写：请不要填写。`));
      continue;
    }
    const access = fieldAccess(f, roles);
    if (access === 'read') {
      out.push(problem(`/${f.id}`, 'access.read', `You may not change "${f.label.en}": it is read-only for your role.`, `您无权修改"${f.label['zh-CN']}"：该字段对您的角色只读。`));
    } else if (access === 'hidden') {
      out.push(problem(`/${f.id}`, 'access.hidden', `You may not change "${f.label.en}": it is hidden from your role.`, `您无权修改"${f.label['zh-CN']}"：该字段对您的角色不可见。`));
    }
  }
  return out;
}
