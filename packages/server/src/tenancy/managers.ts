/** @module Who reports to whom: a manager per user, for "the submitter's manager" approvals, never in a cycle. */
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import { unknownActiveUser } from '../auth/references.js';
import { fieldProblem } from '../auth/schemas.js';

// Deeper than any real organisation; stops the walk even if a cycle got in by other means.
const MAX_DEPTH = 1000;

const CHAIN = `
WITH RECURSIVE chain (id, manager_id, display_name, depth) AS (
  SELECT id, manager_id, display_name, 1 FROM users WHERE tenant_id = $1 AND id = $2
  UNION ALL
  SELECT u.id, u.manager_id, u.display_name, c.depth + 1
  FROM users u JOIN chain c ON u.tenant_id = $1 AND u.id = c.manager_id
  WHERE c.depth < ${MAX_DEPTH}
)
SELECT id, display_name FROM chain ORDER BY depth`;

/**
 * The chain of managers upwards from `userId`, starting with that user.
 *
 * @example
 * (await managerChain(tx, tenantId, annId)).map((u) => u.display_name) // ['Ann', 'Bob', 'Carol']
 */
export async function managerChain(tx: Queryable, tenantId: string, userId: string): Promise<{ id: string; display_name: string }[]> {
  return tx.query<{ id: string; display_name: string }>(CHAIN, [tenantId, userId]);
}

/**
 * Problems with making `managerId` the manager of `userId`: unknown or inactive manager, the
 * user themselves, or a cycle (the user is already above the manager). Call it under the
 * tenant's user lock, so two changes at once cannot close a cycle between them.
 *
 * @example
 * const problems = await managerProblems(tx, tenantId, annId, bobId);
 */
async function managerProblems(tx: Queryable, tenantId: string, userId: string, managerId: string): Promise<FieldProblem[]> {
  if (managerId === userId) {
    return [fieldProblem('/managerId', 'manager_cycle', 'A user cannot be their own manager: pick someone else.', '用户不能是自己的上级，请选择其他人。')];
  }
  const unknown = await unknownActiveUser(tx, tenantId, managerId, '/managerId');
  if (unknown.length > 0) return unknown;
  const chain = await managerChain(tx, tenantId, managerId);
  const at = chain.findIndex((u) => u.id === userId);
  if (at < 0) return [];
  const path = chain.slice(0, at + 1).map((u) => u.display_name);
  const [self] = path.slice(-1);
  const [manager] = path;
  return [
    fieldProblem(
      '/managerId',
      'manager_cycle',
      `${self} cannot report to ${manager}: ${manager} already reports to ${self} (${path.join(' → ')}). Pick another manager.`,
      `${self} 不能以 ${manager} 为上级：${manager} 已经向 ${self} 汇报（${path.join(' → ')}）。请选择其他上级。`,
    ),
  ];
}

/**
 * Sets or clears a user's manager, refusing cycles with a 422 that names the loop.
 *
 * @example
 * await setManager(tx, tenantId, annId, bobId, clock.now());
 */
export async function setManager(tx: Queryable, tenantId: string, userId: string, managerId: string | null, now: Date): Promise<void> {
  if (managerId !== null) {
    const problems = await managerProblems(tx, tenantId, userId, managerId);
    if (problems.length > 0) throw validationFailed(problems);
  }
  await tx.query('UPDATE users SET manager_id = $3, updated_at = $4 WHERE tenant_id = $1 AND id = $2', [tenantId, userId, managerId, now]);
}
