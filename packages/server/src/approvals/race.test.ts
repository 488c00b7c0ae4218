import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPostgres } from '../test-support/index.js';
import type { TestDatabase } from '../test-support/index.js';
import { createAuthTestApp } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { act, apply, APPROVAL_TEST_MODULES, approvalFlow, office } from './testing.js';

const ROUNDS = 1000;
const AT_ONCE = 20;

/** Grade A under 500,000 goes to the sales directors, an or-sign: the first approval decides. */
describe('two approvers acting on the same step at once, on PostgreSQL', () => {
  let pg: TestDatabase;
  let app: AuthTestApp;
  beforeAll(async () => {
    pg = await createTestPostgres();
    app = await createAuthTestApp({ db: pg.db, modules: APPROVAL_TEST_MODULES });
  });
  afterAll(() => pg.drop());

  it(`${ROUNDS} rounds: exactly one transition each, the other approver gets 409, nothing lost`, { timeout: 600_000 }, async () => {
    const o = await office(app, approvalFlow);
    const second = await o.hire('sun', ['sales_director']);
    const round = async (n: number): Promise<string> => {
      const { approval } = await apply(o.sales, { customer: `Race ${n}`, grade: 'A', amount: 1000 + n });
      const command = { type: 'approve', version: approval.version, comment: `round ${n}` };
      const [a, b] = await Promise.all([act(o.director, approval.id, command), act(second, approval.id, command)]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const won = a.status === 200 ? a : b;
      expect(won.body.status).toBe('approved');
      expect((a.status === 409 ? a : b).body.code).toBe('approval.stale_version');
      return approval.id;
    };
    const ids: string[] = [];
    for (let start = 0; start < ROUNDS; start += AT_ONCE) {
      ids.push(...(await Promise.all(Array.from({ length: Math.min(AT_ONCE, ROUNDS - start) }, (_, i) => round(start + i)))));
    }
    const tenantId = o.admin.company.tenantId;
    const counts = await app.db.withTenant(tenantId, (tx) =>
      tx.query<{ approvals: number; tasks_done: number; tasks_cancelled: number; open: number; finished: number }>(
        `SELECT (SELECT count(*)::int FROM approval_audit WHERE tenant_id = $1 AND action = 'approve') AS approvals,
                (SELECT count(*)::int FROM approval_tasks WHERE tenant_id = $1 AND status = 'completed') AS tasks_done,
                (SELECT count(*)::int FROM approval_tasks WHERE tenant_id = $1 AND status = 'cancelled') AS tasks_cancelled,
                (SELECT count(*)::int FROM approval_tasks WHERE tenant_id = $1 AND status = 'open') AS open,
                (SELECT count(*)::int FROM approval_instances WHERE tenant_id = $1 AND status = 'approved' AND version = 2) AS finished`,
        [tenantId],
      ),
    );
    expect(new Set(ids).size).toBe(ROUNDS);
    expect(counts[0]).toEqual({ approvals: ROUNDS, tasks_done: ROUNDS, tasks_cancelled: ROUNDS, open: 0, finished: ROUNDS });
  });
});
