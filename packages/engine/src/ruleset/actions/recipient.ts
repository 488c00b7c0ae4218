/** @module Recipients of notifications and tasks, and the record an action acts on. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { ownValue } from '../../core/own.js';
import { problem, type Problem } from '../../core/problem.js';
import type { Facts } from '../../condition/types.js';
import { checkFieldRef, checkKnown, REFERENCE_FIELD, USER_FIELD } from '../refs.js';
import type { ActionCheckEnv, Recipient, RecordTarget, ReferencedRecord, ResolvedRecipient } from './types.js';

/**
 * JSON Schema of a {@link Recipient}. That it names exactly one of `role`, `user`, `field`,
 * `managerOf` (and `orRole` only beside `managerOf`) is checked by {@link checkRecipient}, which
 * can say so in words ajv's `minProperties` cannot.
 */
export const recipientSchema = {
  type: 'object',
  properties: { role: idSchema, user: { type: 'string', minLength: 1, maxLength: 64 }, field: idSchema, managerOf: idSchema, orRole: idSchema },
  additionalProperties: false,
} as const;

const WAYS = ['role', 'user', 'field', 'managerOf'] as const;

/**
 * Problems with a recipient: a role the tenant does not have, or a field (also one whose user's
 * manager is meant) that is not a user field.
 *
 * @example
 * checkRecipient({ role: 'sales_manger' }, env, '/rules/0/actions/0/to') // [{ code: 'ruleset.role.unknown', ... }]
 * checkRecipient({ managerOf: 'amount' }, env, '/rules/0/actions/0/to') // [{ code: 'ruleset.field.type', path: '/rules/0/actions/0/to/managerOf', ... }]
 */
export function checkRecipient(to: Recipient, env: ActionCheckEnv, path: string): Problem[] {
  const { role, field, managerOf, orRole } = to as { role?: string; field?: string; managerOf?: string; orRole?: string };
  // Counted by value, not by key: a JavaScript caller may pass `{ role: undefined }`.
  const given = WAYS.filter((k) => (to as Record<string, unknown>)[k] !== undefined).length;
  if (given !== 1) {
    return [
      problem(
        path,
        'ruleset.recipient.one',
        `Say who in one way: a role {"role": "sales_manager"}, a user {"user": "u_123"}, a user field {"field": "salesperson"} or its user's manager {"managerOf": "salesperson"}${given > 1 ? ', not several' : ''}.`,
        `请用一种方式指定接收人：角色 {"role": "sales_manager"}、人员 {"user": "u_123"}、人员字段 {"field": "salesperson"} 或其上级 {"managerOf": "salesperson"}${given > 1 ? '，不能同时填写多种' : ''}。`,
      ),
    ];
  }
  if (orRole !== undefined && managerOf === undefined) {
    return [
      problem(
        pointer(path, 'orRole'),
        'ruleset.recipient.or_role',
        `"orRole" is who is meant when a user has no manager, so it goes with "managerOf" only: write {"managerOf": "salesperson", "orRole": "${orRole}"}, or remove it.`,
        `"orRole" 指人员没有上级时改由哪个角色接收，只能与 "managerOf" 一起使用：写成 {"managerOf": "salesperson", "orRole": "${orRole}"}，或删除它。`,
      ),
    ];
  }
  if (role !== undefined) return checkKnown('role', role, env.ctx.roles, pointer(path, 'role'));
  if (field !== undefined) return checkFieldRef(env.facts, field, pointer(path, 'field'), USER_FIELD);
  if (managerOf !== undefined) {
    return [
      ...checkFieldRef(env.facts, managerOf, pointer(path, 'managerOf'), USER_FIELD),
      ...(orRole === undefined ? [] : checkKnown('role', orRole, env.ctx.roles, pointer(path, 'orRole'))),
    ];
  }
  return [];
}

const idOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * A recipient with its `{ field }` resolved to the user the record holds there, and its
 * `{ managerOf }` to the user whose manager is meant (the server finds the manager).
 *
 * @example
 * resolveRecipient({ field: 'salesperson' }, { salesperson: 'u_li' }) // { field: 'salesperson', user: 'u_li' }
 * resolveRecipient({ managerOf: 'salesperson' }, { salesperson: 'u_li' }) // { managerOf: 'salesperson', of: 'u_li' }
 */
export function resolveRecipient(to: Recipient, facts: Facts): ResolvedRecipient {
  const { field, managerOf, orRole } = to as { field?: string; managerOf?: string; orRole?: string };
  if (managerOf !== undefined) return { managerOf, of: idOrNull(ownValue(facts, managerOf)), ...(orRole === undefined ? {} : { orRole }) };
  return field === undefined ? (to as ResolvedRecipient) : { field, user: idOrNull(ownValue(facts, field)) };
}

/**
 * Problems with an action's `on`: it must name a reference field of the form.
 *
 * @example
 * checkTarget('amount', env, '/rules/0/actions/2/on') // [{ code: 'ruleset.field.type', ... }]
 */
export function checkTarget(on: string | undefined, env: ActionCheckEnv, path: string): Problem[] {
  return on === undefined ? [] : checkFieldRef(env.fields, on, path, REFERENCE_FIELD);
}

/**
 * The record an action acts on: this one, or the one its `on` reference field points to.
 *
 * @example
 * resolveTarget('customer', { customer: 'c_42' }) // { field: 'customer', record: 'c_42' }
 */
export function resolveTarget(on: string | undefined, facts: Facts): RecordTarget {
  return on === undefined ? { self: true } : resolveReference(on, facts);
}

/**
 * The record the reference field `on` holds.
 *
 * @example
 * resolveReference('customer', {}) // { field: 'customer', record: null }
 */
export function resolveReference(on: string, facts: Facts): ReferencedRecord {
  return { field: on, record: idOrNull(ownValue(facts, on)) };
}
