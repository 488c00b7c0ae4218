/** @module Pure edits of a form's row access: for a role, the user fields whose holder alone sees a record. */
import { lookupCopiesUser } from '@heng/engine';
import type { FieldDefinition, FormDefinition, RowAccessRule } from '@heng/engine';

/** The rules of one role, as the designer shows them: one row per role. */
export interface RoleRowAccess {
  readonly role: string;
  /** The user fields, any of which holding the user's id lets them see the record. */
  readonly fields: readonly string[];
  /** Where its rules are in `rowAccess`, to find their problems. */
  readonly indices: readonly number[];
}

/**
 * The fields row access may go by: the form's top-level user fields (not sub-table columns), and
 * its lookups of a user field of a form in `forms` (a payment's customer's salesperson).
 *
 * @example
 * userFieldsOf(customerCreditProfile).map((f) => f.id) // ['account_manager']
 * userFieldsOf(payment, [customer]).map((f) => f.id)    // ['salesperson']
 */
export function userFieldsOf(def: FormDefinition, forms: readonly { readonly id: string; readonly fields?: readonly FieldDefinition[] }[] = []): FieldDefinition[] {
  const sourceField = (formId: string, fieldId: string) => forms.find((x) => x.id === formId)?.fields?.find((x) => x.id === fieldId);
  return def.fields.filter((f) => f.type === 'user' || (f.type === 'lookup' && lookupCopiesUser(def, f, sourceField) === true));
}

/**
 * The rules grouped by role, in the order each role first appears.
 *
 * @example
 * rowAccessByRole({ ...form, rowAccess: [{ role: 'salesperson', field: 'sales_owner' }, { role: 'salesperson', field: 'backup' }] })
 * // [{ role: 'salesperson', fields: ['sales_owner', 'backup'], indices: [0, 1] }]
 */
export function rowAccessByRole(def: FormDefinition): RoleRowAccess[] {
  const out = new Map<string, { fields: string[]; indices: number[] }>();
  (def.rowAccess ?? []).forEach((rule, i) => {
    const entry = out.get(rule.role) ?? { fields: [], indices: [] };
    entry.fields.push(rule.field);
    entry.indices.push(i);
    out.set(rule.role, entry);
  });
  return [...out].map(([role, e]) => ({ role, ...e }));
}

function withRules(def: FormDefinition, rules: readonly RowAccessRule[]): FormDefinition {
  if (rules.length > 0) return { ...def, rowAccess: rules };
  const { rowAccess: _, ...rest } = def;
  return rest;
}

/**
 * Sets the user fields by which role `role` sees records (each once, in the order given), in
 * place of its rules; a new role's rules go last. No fields removes the role's rules, so it sees
 * every record again; no rule left removes `rowAccess`.
 *
 * @example
 * setRoleRowFields(form, 'salesperson', ['sales_owner']).rowAccess // [{ role: 'salesperson', field: 'sales_owner' }]
 * setRoleRowFields(form, 'salesperson', []).rowAccess              // undefined
 */
export function setRoleRowFields(def: FormDefinition, role: string, fields: readonly string[]): FormDefinition {
  const rules = def.rowAccess ?? [];
  const mine = [...new Set(fields)].map((field) => ({ role, field }));
  const first = rules.findIndex((r) => r.role === role);
  const others = rules.filter((r) => r.role !== role);
  const at = first < 0 ? others.length : rules.slice(0, first).filter((r) => r.role !== role).length;
  return withRules(def, [...others.slice(0, at), ...mine, ...others.slice(at)]);
}

/**
 * Moves the rules of role `from` to role `to` (merged with any `to` already has), e.g. when the
 * admin picks another role for a row.
 *
 * @example
 * setRowRole(form, 'salesperson', 'sales_manager').rowAccess // [{ role: 'sales_manager', field: 'sales_owner' }]
 */
export function setRowRole(def: FormDefinition, from: string, to: string): FormDefinition {
  if (from === to) return def;
  const rules = def.rowAccess ?? [];
  const seen = new Set<string>();
  const moved = rules
    .map((r) => (r.role === from ? { role: to, field: r.field } : r))
    .filter((r) => {
      const key = JSON.stringify([r.role, r.field]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return rules.some((r) => r.role === from) ? withRules(def, moved) : def;
}

/**
 * Follows a user field's new id in the rules naming it, so renaming the field keeps who sees what.
 *
 * @example
 * renameRowField(form, 'sales_owner', 'owner').rowAccess // [{ role: 'salesperson', field: 'owner' }]
 */
export function renameRowField(def: FormDefinition, from: string, to: string): FormDefinition {
  const rules = def.rowAccess ?? [];
  if (from === to || !rules.some((r) => r.field === from)) return def;
  return withRules(def, rules.map((r) => (r.field === from ? { role: r.role, field: to } : r)));
}
