/** @module Row access: which records a user reaches, by the user fields that name who is in charge of each. */
import { ownValue } from '../core/own.js';
import { problem, type Problem } from '../core/problem.js';
import type { Roles } from './access.js';
import type { FormDefinition, FormRecord, LookupField } from './types.js';

/**
 * What one user reaches of a form's records: all of them, or those whose user field among
 * `fields` holds their id (none when `fields` is empty).
 */
export type RowScope = { readonly all: true } | { readonly all: false; readonly fields: readonly string[] };

const ALL: RowScope = { all: true };

/**
 * The records a user with `roles` reaches, by the form's `rowAccess`: every record when the form
 * has no rule or any of the user's roles has none; otherwise the records where any field of
 * their roles' rules holds their id. A user with no role is held to the rules and matches none.
 *
 * @example
 * rowScope(customer, ['salesperson'])           // { all: false, fields: ['sales_owner'] }
 * rowScope(customer, ['salesperson', 'admin'])  // { all: true }: admin has no rule
 */
export function rowScope(def: Pick<FormDefinition, 'rowAccess'>, roles: Roles): RowScope {
  const rules = def.rowAccess ?? [];
  if (rules.length === 0) return ALL;
  const list = typeof roles === 'string' ? [roles] : roles;
  if (list.some((role) => !rules.some((r) => r.role === role))) return ALL;
  const fields = rules.filter((r) => list.includes(r.role)).map((r) => r.field);
  return { all: false, fields: [...new Set(fields)] };
}

/**
 * Whether user `userId` with `scope` reaches `record`.
 *
 * @example
 * reachesRecord({ all: false, fields: ['sales_owner'] }, { sales_owner: 'u1' }, 'u1') // true
 * reachesRecord({ all: false, fields: ['sales_owner'] }, { sales_owner: 'u2' }, 'u1') // false
 */
export function reachesRecord(scope: RowScope, record: FormRecord, userId: string): boolean {
  return scope.all || scope.fields.some((f) => ownValue(record, f) === userId);
}

/**
 * The defaults a user held to row rules gets when creating a record: their id in each field of
 * their rules (so a salesperson's new customer is theirs unless they name themselves otherwise).
 *
 * @example
 * ownerDefaults(customer, { all: false, fields: ['sales_owner'] }, 'u1') // { sales_owner: 'u1' }
 * ownerDefaults(customer, { all: true }, 'u1')                            // {}
 */
export function ownerDefaults(def: Pick<FormDefinition, 'fields'>, scope: RowScope, userId: string): Record<string, string> {
  // A lookup rule (the salesperson of a payment's customer) is filled from the record it reads, not by the writer.
  const entered = (id: string) => def.fields.find((f) => f.id === id)?.type === 'user';
  return scope.all ? {} : Object.fromEntries(scope.fields.filter(entered).map((f) => [f, userId]));
}

/**
 * Problems when `record`, as it would be written, is out of the writer's reach: one per field of
 * their rules, placed at the field (a salesperson handing a customer to someone else).
 *
 * @example
 * rowProblems(customer, { all: false, fields: ['sales_owner'] }, { sales_owner: 'u2' }, 'u1')
 * // [{ path: '/sales_owner', code: 'row.owner', message: '"Salesperson in charge" must be you: ...', ... }]
 */
export function rowProblems(def: FormDefinition, scope: RowScope, record: FormRecord, userId: string): Problem[] {
  if (scope.all || reachesRecord(scope, record, userId)) return [];
  if (scope.fields.length === 0) {
    return [problem('', 'row.none', 'Your roles reach no record of this form: ask an admin for a role that does.', '您的角色无权访问此表单的任何记录：请联系管理员分配相应角色。')];
  }
  return scope.fields.map((id) => {
    const label = def.fields.find((f) => f.id === id)?.label ?? { en: id, 'zh-CN': id };
    return problem(
      `/${id}`,
      'row.owner',
      `"${label.en}" must be you: you may only keep records you are in charge of. Leave it empty to take it yourself; to hand a record over, ask a manager.`,
      `"${label['zh-CN']}" 必须是您本人：您只能保存由您负责的记录。留空即由您负责；如需转交，请联系主管。`,
    );
  });
}

/**
 * Whether `lookup` copies a user field (a payment's customer's salesperson), so row access may go
 * by it: read from this form, or from the form its reference points at through `sourceField`;
 * undefined when that form's field is not known there.
 *
 * @example
 * lookupCopiesUser(payment, salesperson, (form, field) => catalogs.get(form)?.get(field)) // true
 */
export function lookupCopiesUser(
  def: Pick<FormDefinition, 'id' | 'fields'>, lookup: LookupField, sourceField: (formId: string, fieldId: string) => { readonly type: string } | undefined,
): boolean | undefined {
  const ref = def.fields.find((f) => f.id === lookup.via);
  if (ref?.type !== 'reference') return false;
  const source = ref.target === def.id ? def.fields.find((f) => f.id === lookup.field) : sourceField(ref.target, lookup.field);
  return source === undefined ? undefined : source.type === 'user';
}
