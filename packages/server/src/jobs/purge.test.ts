import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant } from '../test-support/store-fixtures.js';
import { purgeFinishedJobs } from './purge.js';
import { insertJobs } from './queue.js';
import { backends } from './test-backends.js';
import type { OpenBackend } from './test-backends.js';

const now = new Date('2026-06-30T00:00:00.000Z');
const daysAgo = (d: number): Date => new Date(now.getTime() - d * 86_400_000);

describe.each(backends)('purging finished jobs on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  /** A job of `tenantId` in `status`, finished (or last touched) `days` ago; its id. */
  async function job(tenantId: string, status: string, days: number): Promise<string> {
    const [j] = await insertJobs(b.db, [{ tenantId, kind: 'purge.test', payload: {} }], daysAgo(days));
    const finished = status === 'succeeded' || status === 'dead' ? daysAgo(days) : null;
    const lease = status === 'running' ? now : null;
    await b.db.query('UPDATE jobs SET status = $3, finished_at = $4, lease_until = $5 WHERE tenant_id = $1 AND id = $2', [tenantId, j!.id, status, finished, lease]);
    return j!.id;
  }

  const left = async (tenantIds: readonly string[]): Promise<string[]> =>
    (await b.db.query<{ id: string }>("SELECT id FROM jobs WHERE kind = 'purge.test' AND tenant_id = ANY($1) ORDER BY id", [[...tenantIds]])).map((r) => r.id).sort();

  it('deletes succeeded jobs after 30 days and dead ones after 90, of every tenant, and nothing still to run', async () => {
    const [a, c] = [await newTenant(b.db), await newTenant(b.db)];
    const kept = [
      await job(a, 'succeeded', 29), await job(a, 'dead', 89), await job(a, 'queued', 400),
      await job(a, 'running', 400), await job(c, 'failed', 400), await job(c, 'succeeded', 1),
    ];
    await job(a, 'succeeded', 31);
    await job(c, 'succeeded', 200);
    await job(c, 'dead', 91);
    expect(await purgeFinishedJobs(b.db, now)).toBe(3);
    expect(await left([a, c])).toEqual([...kept].sort());
    expect(await purgeFinishedJobs(b.db, now)).toBe(0);
  });

  it('deletes the oldest first, at most the limit at a time, and takes other retentions', async () => {
    const tenantId = await newTenant(b.db);
    await job(tenantId, 'succeeded', 50);
    await job(tenantId, 'succeeded', 40);
    const old = await job(tenantId, 'succeeded', 35);
    expect(await purgeFinishedJobs(b.db, now, { limit: 2 })).toBe(2);
    expect(await left([tenantId])).toEqual([old]);
    expect(await purgeFinishedJobs(b.db, now, { succeededDays: 36 })).toBe(0);
    // A shorter retention reaches it (and the 29-day-old job of the test above, of another tenant).
    expect(await purgeFinishedJobs(b.db, now, { succeededDays: 7 })).toBe(2);
    expect(await left([tenantId])).toEqual([]);
  });
});
