/** @module The facts a branch condition may name besides the record's fields. */
import { withFacts, type FieldCatalog, type FieldInfo } from '../core/catalog.js';
import type { Facts } from '../condition/index.js';
import type { Directory, FlowRecord } from './types.js';

/**
 * Flow facts: `submitter` (user id of who submitted) and `submitterRoles` (the role ids that
 * user holds in the directory). They win over record fields of the same id.
 *
 * @example
 * { fact: 'submitterRoles', operator: 'contains', value: 'sales_manager' } // a branch condition using one
 */
export const FLOW_FACTS: readonly FieldInfo[] = [
  { id: 'submitter', type: 'user', kind: 'text' },
  { id: 'submitterRoles', type: 'multi_select', kind: 'list' },
];

/**
 * The catalog branch conditions are checked against: the form's fields plus the flow facts.
 *
 * @example
 * flowCatalog(formCatalog).get('submitterRoles')?.kind // 'list'
 */
export function flowCatalog(fields: FieldCatalog): FieldCatalog {
  return withFacts(fields, FLOW_FACTS);
}

/** The role ids a user holds, in the directory's order. */
export function rolesOf(directory: Directory, user: string | null): string[] {
  if (user === null) return [];
  return Object.entries(directory.roles)
    .filter(([, users]) => users.includes(user))
    .map(([role]) => role);
}

/**
 * The facts a branch condition is evaluated against.
 *
 * @example
 * factsOf({ grade: 'A' }, 'u1', { roles: { sales: ['u1'] }, managers: {}, admins: [] })
 * // { grade: 'A', submitter: 'u1', submitterRoles: ['sales'] }
 */
export function factsOf(record: FlowRecord, submitter: string | null, directory: Directory): Facts {
  return { ...record, submitter: submitter ?? undefined, submitterRoles: rolesOf(directory, submitter) };
}
