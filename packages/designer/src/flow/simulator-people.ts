/** @module The people the route simulator resolves approvers among: the company's own users, as the server routes a submitted application. */
import type { Directory } from '@heng/engine';
import type { UserSummary } from '../renderer/index.js';
import { ADMIN_ROLE } from '../session/session.js';

/**
 * The company's directory as the server builds it for a submission (server: approvals/directory.ts):
 * who holds each role, each user's manager, and the admins, among active users only.
 *
 * @example
 * directoryOf([{ id: 'u1', roles: ['risk_officer'], managerId: 'u2', active: true, … }, { id: 'u2', roles: ['admin'], managerId: null, active: true, … }])
 * // { roles: { risk_officer: ['u1'], admin: ['u2'] }, managers: { u1: 'u2' }, admins: ['u2'] }
 */
export function directoryOf(users: readonly UserSummary[]): Directory {
  const active = users.filter((u) => u.active);
  const ids = new Set(active.map((u) => u.id));
  const roles: Record<string, string[]> = {};
  const managers: Record<string, string> = {};
  for (const u of [...active].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const role of u.roles) (roles[role] ??= []).push(u.id);
    if (u.managerId !== null && ids.has(u.managerId)) managers[u.id] = u.managerId;
  }
  return { roles, managers, admins: roles[ADMIN_ROLE] ?? [] };
}
