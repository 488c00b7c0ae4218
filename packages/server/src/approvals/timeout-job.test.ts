import { describe, expect, it } from 'vitest';
import { jsonLogger } from '../http/logger.js';
import { fakeTimers } from '../jobs/test-backends.js';
import type { HandlerMap } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { approvalTimeoutHandler } from './timeout-job.js';
import { act, apply, APPROVAL_TEST_MODULES, office } from './testing.js';
import type { InstanceView } from './views.js';

const HOUR = 3600_000;
const handlers = { 'approval.timeout': approvalTimeoutHandler() } as unknown as HandlerMap;

async function runDue(t: AuthTestApp): Promise<string[]> {
  const w = new Worker({ db: t.db, clock: t.clock, handlers, id: 'timeouts', leaseMs: 30_000, timers: fakeTimers(), logger: jsonLogger({ clock: t.clock, write: () => undefined }) });
  const results: string[] = [];
  for (let out = await w.runOnce(); out.length > 0; out = await w.runOnce()) results.push(...out.map((o) => o.result));
  return results;
}

const view = async (who: { call: (m: string, p: string) => Promise<Response> }, id: string) => (await (await who.call('GET', `/api/approvals/${id}`)).json()) as InstanceView;

onBothDatabases(
  (app) => {
    describe('node timeouts, fired by the job queue at their deadline', () => {
      it('escalates the grade C countersign to the boss after 48 hours, not before', async () => {
        const t = app();
        const o = await office(t);
        await runDue(t);
        const { approval } = await apply(o.sales, { customer: 'Slow Co', grade: 'C', amount: 800000 });
        expect(approval.current?.deadline).toBe(new Date(t.clock.now().getTime() + 48 * HOUR).toISOString());
        t.clock.advance(47 * HOUR);
        await runDue(t);
        expect((await view(o.boss, approval.id)).myTask).toBeNull();
        t.clock.advance(2 * HOUR);
        expect(await runDue(t)).toEqual(['succeeded']);
        const after = await view(o.boss, approval.id);
        expect(after.myTask?.nodeId).toBe('risk_finance');
        expect(after.tasks.filter((x) => x.assignee !== o.boss.id).map((x) => [x.status, x.outcome])).toEqual([['cancelled', 'escalated'], ['cancelled', 'escalated']]);
        expect(after.history.slice(-2)).toMatchObject([{ action: 'escalate', by: null, reason: 'timeout' }, { action: 'assign', users: [o.boss.id] }]);
        expect((await act(o.boss, approval.id, { type: 'approve', comment: '同意' })).body.status).toBe('approved');
      });

      it('does nothing when the node was decided before its deadline', async () => {
        const t = app();
        const o = await office(t);
        await runDue(t);
        const { approval } = await apply(o.sales, { customer: 'Quick Co', grade: 'A', amount: 100000 });
        expect((await act(o.director, approval.id, { type: 'approve' })).body.status).toBe('approved');
        t.clock.advance(25 * HOUR);
        expect(await runDue(t)).toEqual(['succeeded']);
        const after = await view(o.director, approval.id);
        expect([after.status, after.version]).toEqual(['approved', approval.version + 1]);
      });
    });
  },
  { modules: APPROVAL_TEST_MODULES },
);
