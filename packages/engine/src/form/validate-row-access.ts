/** @module Semantic checks of a form's row rules: known roles, user fields, no rule twice. */
import type { ReferenceContext } from '../core/context.js';
import { isPlainObject } from '../core/json.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { fieldTypes } from './fields/index.js';
import { lookupCopiesUser } from './row-access.js';
import type { FormDefinition } from './types.js';

function checkRule(def: FormDefinition, role: string, field: string, at: string, ctx: ReferenceContext): Problem[] {
  const out: Problem[] = [];
  if (!ctx.roles.has(role)) {
    const h = hint(role, [...ctx.roles]);
    out.push(problem(pointer(at, 'role'), 'form.rowAccess.role', `Row access is set for unknown role "${role}".${h.en}`, `为未知角色 "${role}" 设置了记录范围。${h.zh}`));
  }
  const target = def.fields.find((f) => f.id === field);
  if (target === undefined) {
    const h = hint(field, def.fields.filter((f) => f.type === 'user').map((f) => f.id));
    out.push(problem(pointer(at, 'field'), 'form.rowAccess.field', `The form has no field "${field}": row access goes by a user field of the form (who is in charge of the record).${h.en}`, `表单中没有字段 "${field}"：记录范围须依据本表单的成员字段（记录的负责人）。${h.zh}`));
  } else if (target.type !== 'user' && !(target.type === 'lookup' && lookupCopiesUser(def, target, (form, id) => ctx.forms.get(form)?.get(id)) !== false)) {
    const type = fieldTypes[target.type].label;
    out.push(problem(pointer(at, 'field'), 'form.rowAccess.fieldType', `"${target.label.en}" is a "${type.en}" field: row access goes by a user field (who is in charge of the record), or a lookup of one; pick one.`, `"${target.label['zh-CN']}" 是 "${type['zh-CN']}" 字段：记录范围须依据成员字段（记录的负责人）或复制成员字段的关联字段，请重新选择。`));
  }
  return out;
}

/**
 * Problems with the form's row rules (`rowAccess`): each names a role the company has and a user
 * field of the form (top level, not a sub-table column) or a lookup of one (a payment's
 * customer's salesperson; accepted when the form it reads is not known here, which the lookup's
 * own check reports), and no rule is given twice. Rules whose
 * shape is wrong are left to the structural check.
 *
 * @example
 * checkRowAccess({ ...customer, rowAccess: [{ role: 'salesman', field: 'industry' }] }, ctx)
 * // [{ path: '/rowAccess/0/role', code: 'form.rowAccess.role', message: 'Row access is set for unknown role "salesman". Did you mean "salesperson"?', ... },
 * //  { path: '/rowAccess/0/field', code: 'form.rowAccess.fieldType', ... }]
 */
export function checkRowAccess(def: FormDefinition, ctx: ReferenceContext): Problem[] {
  const rules: unknown = def.rowAccess;
  if (!Array.isArray(rules)) return [];
  const seen = new Set<string>();
  return rules.flatMap((rule: unknown, i) => {
    if (!isPlainObject(rule) || typeof rule.role !== 'string' || typeof rule.field !== 'string') return [];
    const at = pointer('/rowAccess', i);
    const key = JSON.stringify([rule.role, rule.field]);
    if (seen.has(key)) return [problem(at, 'form.rowAccess.duplicate', `The rule for role "${rule.role}" and field "${rule.field}" is given twice: remove one.`, `角色 "${rule.role}" 与字段 "${rule.field}" 的规则重复：请删除其一。`)];
    seen.add(key);
    return checkRule(def, rule.role, rule.field, at, ctx);
  });
}
