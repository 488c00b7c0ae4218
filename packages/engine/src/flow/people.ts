/** @module Approver lists (roles, users, user fields, managers): their schema and their checks. */
import { idSchema } from '../core/ids.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import type { CheckEnv } from './nodes/spec.js';
import type { ApproverSpec } from './types.js';

/** A user id: opaque to the engine. */
export const userIdSchema = { type: 'string', minLength: 1, maxLength: 128 } as const;

const variant = (kind: string, properties: Record<string, unknown>, required: string[]) => ({
  if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
  then: { type: 'object', properties: { kind: { const: kind }, ...properties }, required: ['kind', ...required], additionalProperties: false },
});

/** JSON Schema of one {@link ApproverSpec}, chosen by `kind` so errors are about that kind only. */
export const approverSpecSchema = {
  type: 'object',
  properties: { kind: { enum: ['role', 'users', 'field', 'manager'] } },
  required: ['kind'],
  allOf: [
    variant('role', { role: idSchema }, ['role']),
    variant('users', { users: { type: 'array', items: userIdSchema, maxItems: 200 } }, ['users']),
    variant('field', { field: idSchema }, ['field']),
    variant('manager', { levels: { type: 'integer', minimum: 1, maximum: 10 } }, []),
  ],
} as const;

/**
 * Problems with an approver list's entries: unknown roles, empty user lists, fields that are
 * missing or are not user fields. An empty list itself is the caller's to report, in its words.
 *
 * @example
 * checkPeople([{ kind: 'role', role: 'risk_oficer' }], '/nodes/0/approvers', env)
 * // [{ path: '/nodes/0/approvers/0/role', code: 'flow.role.unknown', message: 'Role "risk_oficer" does not exist. Did you mean "risk_officer"?', ... }]
 */
export function checkPeople(specs: readonly ApproverSpec[], path: string, env: CheckEnv): Problem[] {
  const out: Problem[] = [];
  specs.forEach((spec, i) => {
    const at = pointer(path, i);
    if (spec.kind === 'role' && !env.roles.has(spec.role)) {
      const h = hint(spec.role, [...env.roles]);
      out.push(problem(pointer(at, 'role'), 'flow.role.unknown', `Role "${spec.role}" does not exist.${h.en || ' Create the role first.'}`, `角色 "${spec.role}" 不存在。${h.zh || '请先创建该角色。'}`));
    } else if (spec.kind === 'users' && spec.users.length === 0) {
      out.push(problem(pointer(at, 'users'), 'flow.users.empty', 'Name at least one user here, or remove this entry.', '请至少指定一名用户，或删除此项。'));
    } else if (spec.kind === 'field' && env.fields !== undefined) {
      out.push(...checkUserField(spec.field, pointer(at, 'field'), env));
    }
  });
  return out;
}

function checkUserField(id: string, path: string, env: CheckEnv): Problem[] {
  const fields = env.fields;
  if (fields === undefined) return [];
  const users = [...fields.values()].filter((f) => f.type === 'user').map((f) => f.id);
  const known = users.length > 0 ? `User fields: ${users.join(', ')}.` : 'The form has no user field: add one.';
  const knownZh = users.length > 0 ? `人员字段：${users.join(', ')}。` : '表单中没有人员字段，请先添加。';
  const field = fields.get(id);
  if (field === undefined) {
    const h = hint(id, users);
    return [problem(path, 'flow.field.unknown', `The form has no field "${id}".${h.en || ` ${known}`}`, `表单中没有字段 "${id}"。${h.zh || knownZh}`)];
  }
  if (field.type !== 'user') {
    return [problem(path, 'flow.field.not_user', `Field "${id}" is a ${field.type} field; approvers come from user fields only. ${known}`, `字段 "${id}" 的类型是 ${field.type}，审批人只能来自人员字段。${knownZh}`)];
  }
  return [];
}
