/** @module The actor guards other route modules take (jobs, notifications), made from the principal. */
import type { ActorGuard } from '../jobs/actor.js';
import { ADMIN_ROLE, principalOf, requireRole } from './principal.js';

/** Anyone signed in to a company. */
export const requireUser: ActorGuard = (c) => {
  const p = principalOf(c);
  return { tenantId: p.tenantId, userId: p.userId, roles: p.roles };
};

/** A company admin. */
export const requireAdmin: ActorGuard = (c) => {
  const p = requireRole(c, ADMIN_ROLE);
  return { tenantId: p.tenantId, userId: p.userId };
};
