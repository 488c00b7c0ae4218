/** @module Who a request acts as: the guard routes take, so authentication plugs in from outside. */
import type { Context } from 'hono';

/** The tenant and user a request acts for, once authentication has checked it. */
export interface Actor {
  readonly tenantId: string;
  readonly userId: string;
  /** The user's roles in the tenant, where a route weighs them (who may follow a job of a kind). */
  readonly roles?: readonly string[];
}

/**
 * Checks a request and returns who it acts as, or throws an AppError (401 when nobody is
 * signed in, 403 when the user lacks the role). Route modules take guards as parameters
 * (`requireAdmin`, `requireUser`) so they do not depend on how authentication works.
 *
 * @example
 * const requireAdmin: ActorGuard = async (c) => {
 *   const session = await auth.session(c);
 *   if (!session.roles.includes('admin')) throw new AppError('forbidden', 403, 'Only admins may do this.');
 *   return { tenantId: session.tenantId, userId: session.userId };
 * };
 */
export type ActorGuard = (c: Context) => Actor | Promise<Actor>;
