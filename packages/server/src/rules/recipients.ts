/** @module Who a rule's recipient means in the tenant: a role, or one user (a field's, or its user's manager). */
import type { ResolvedRecipient } from '@heng/engine';
import type { Queryable } from '../db/port.js';

/** Whom an effect goes to: everyone in a role, or one user (`null`: nobody), with how that came about for the trace. */
export interface Addressee {
  readonly to: { readonly role: string } | { readonly user: string | null };
  readonly note?: string;
}

/**
 * The active direct manager of `user`, even when `user` has left (unlike a flow's `manager`
 * approver, which asks for an active submitter): an overdue customer's follow-up still needs
 * someone when its salesperson is gone.
 */
async function managerOf(tx: Queryable, tenantId: string, user: string): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `SELECT m.id FROM users u JOIN users m ON m.tenant_id = u.tenant_id AND m.id = u.manager_id
     WHERE u.tenant_id = $1 AND u.id = $2 AND m.active`,
    [tenantId, user],
  );
  return row?.id;
}

/**
 * Whom `to` means: a `{ managerOf }` recipient becomes the manager of the user the field holds,
 * else (an empty field, a user without an active manager) everyone in its `orRole`, else nobody.
 *
 * @example
 * await addresseeOf(tx, tenantId, { managerOf: 'salesperson', of: 'u_zhou' }) // { to: { user: 'u_sun' }, note: 'To "u_sun", the manager of "u_zhou" (salesperson).' }
 */
export async function addresseeOf(tx: Queryable, tenantId: string, to: ResolvedRecipient): Promise<Addressee> {
  if (!('managerOf' in to)) return { to: 'role' in to ? { role: to.role } : { user: to.user } };
  const manager = to.of === null ? undefined : await managerOf(tx, tenantId, to.of);
  if (manager !== undefined) return { to: { user: manager }, note: `To "${manager}", the manager of "${to.of}" (${to.managerOf}).` };
  const why = to.of === null ? `The field "${to.managerOf}" is empty` : `"${to.of}" (${to.managerOf}) has no active manager`;
  return to.orRole === undefined ? { to: { user: null }, note: `${why}: nobody is meant.` } : { to: { role: to.orRole }, note: `${why}: everyone in role "${to.orRole}" is meant instead.` };
}

/**
 * The active users of the tenant an addressee is: a role's members, or the user.
 *
 * @example
 * await usersOf(tx, tenantId, { role: 'sales_manager' }) // ['u_sun']
 */
export async function usersOf(tx: Queryable, tenantId: string, to: Addressee['to']): Promise<string[]> {
  if ('role' in to) {
    const rows = await tx.query<{ id: string }>(
      `SELECT u.id FROM user_roles r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.user_id
       WHERE r.tenant_id = $1 AND r.role_id = $2 AND u.active ORDER BY u.id`,
      [tenantId, to.role],
    );
    return rows.map((r) => r.id);
  }
  return to.user === null ? [] : [to.user];
}
