import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caller } from '../definitions/testing.js';
import { RETRY_BASE_MS } from '../jobs/backoff.js';
import { enqueue, getJob } from '../jobs/queue.js';
import type { Job } from '../jobs/types.js';
import { verifyWebhook } from '../notifications/webhook-send.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import type { RuleRunView } from './routes.js';
import { apply, APPLICANTS, erpHook, lender, RULE_TEST_MODULES } from './testing.js';
import { receiver, ruleWorker } from './testing-jobs.js';
import type { RuleWebhookEvent } from './webhook.js';

type Receiver = Awaited<ReturnType<typeof receiver>>;
let r: Receiver;
beforeAll(async () => {
  r = await receiver();
});
afterAll(() => r.close());

/** A path of the receiver no other test (on either database) uses. */
const fresh = (name: string): string => `/erp/${name}/${randomUUID()}`;

const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};

const jobOf = (t: AuthTestApp, tenantId: string, id: string): Promise<Job | undefined> => t.db.withTenant(tenantId, (tx) => getJob(tx, tenantId, id));

/** The effects of the first rule run on a new applicant: their statuses, notes and job ids. */
async function firstRunEffects(admin: Awaited<ReturnType<typeof caller>>, id: string): Promise<{ status: string; note?: string; jobId?: string }[]> {
  const runs = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${id}/rule-runs`));
  return runs[0]!.effects as { status: string; note?: string; jobId?: string }[];
}

onBothDatabases(
  (app) => {
    it('queues a job with the write; the worker POSTs the chosen fields, signed, and the trace names the job', async () => {
      const t = app();
      const ok = fresh('ok');
      const { admin } = await lender(t, [erpHook(r.url(ok))]);
      const { secret } = await body<{ secret: string }>(await admin.call('POST', '/api/admin/rule-webhook-secret'));
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true, points: 7 }), 201);
      const [effect] = await firstRunEffects(admin, rec.id);
      expect(effect).toMatchObject({ status: 'applied', note: `Queued as job ${effect!.jobId}.` });
      const tenantId = admin.company.tenantId;
      expect(await jobOf(t, tenantId, effect!.jobId!)).toMatchObject({ kind: 'rules.webhook', status: 'queued' });
      const sentAt = t.clock.now();

      await ruleWorker(t).runOnce();
      expect(await jobOf(t, tenantId, effect!.jobId!)).toMatchObject({ status: 'succeeded', attempts: 1 });
      const got = r.received.filter((x) => x.path === ok);
      expect(got).toHaveLength(1);
      const { headers, body: sent } = got[0]!;
      expect([headers['x-heng-event'], headers['x-heng-delivery'], headers['content-type']]).toEqual(['rule.webhook', effect!.jobId, 'application/json']);
      expect(verifyWebhook(secret, { signature: headers['x-heng-signature'] as string, timestamp: headers['x-heng-timestamp'] as string }, sent, t.clock.now())).toBe(true);
      expect(JSON.parse(sent) as RuleWebhookEvent).toEqual({
        id: effect!.jobId, topic: 'rule.webhook', tenantId, formId: 'applicant', recordId: rec.id, ruleSet: 'erp_hook', ruleSetVersion: 1,
        rule: 'lawsuit', action: 'hook', createdAt: sentAt.toISOString(), fields: { company_name: 'Acme', lawsuits_pending: true },
      });
    });

    it('retries a 5xx or a timeout with backoff, the same delivery id each time, and dead-letters a 4xx at once', async () => {
      const t = app();
      const flaky = fresh('flaky');
      const { admin } = await lender(t, [erpHook(r.url(flaky))]);
      r.script.set(flaky, [503, 'hang', 200]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Flaky', lawsuits_pending: true }), 201);
      const jobId = (await firstRunEffects(admin, rec.id))[0]!.jobId!;
      const tenantId = admin.company.tenantId;
      const w = ruleWorker(t);
      await w.runOnce();
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('answered HTTP 503') });
      t.clock.advance(RETRY_BASE_MS);
      await w.runOnce();
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({ status: 'failed', attempts: 2, lastError: expect.stringContaining('gave no answer within 500 ms') });
      t.clock.advance(2 * RETRY_BASE_MS);
      await w.runOnce();
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({ status: 'succeeded', attempts: 3 });
      const deliveries = r.received.filter((x) => x.path === flaky).map((x) => x.headers['x-heng-delivery']);
      expect(deliveries).toEqual([jobId, jobId, jobId]);

      const gone410 = fresh('gone');
      const { admin: other } = await lender(t, [erpHook(r.url(gone410))]);
      r.script.set(gone410, [410]);
      const gone = await body<{ id: string }>(await apply(other, { company_name: 'Gone', lawsuits_pending: true }), 201);
      const goneJob = (await firstRunEffects(other, gone.id))[0]!.jobId!;
      await w.runOnce();
      expect(await jobOf(t, other.company.tenantId, goneJob)).toMatchObject({ status: 'dead', attempts: 1, lastError: expect.stringContaining('answered HTTP 410') });
    });

    it('queues nothing when the write is rolled back, and skips a URL the server refuses', async () => {
      const t = app();
      const points = { kind: 'set_field', id: 'set', field: 'points', value: 500 };
      const { admin } = await lender(t, [erpHook(r.url(fresh('never')), [points])]);
      const problem = await body<{ code: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true }), 422);
      expect(problem.code).toBe('rules.invalid_set_field');
      const tenantId = admin.company.tenantId;
      const jobs = await t.db.withTenant(tenantId, (tx) => tx.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE tenant_id = $1 AND kind = 'rules.webhook'", [tenantId]));
      expect(jobs[0]!.n).toBe(0);

      const { admin: fragment } = await lender(t, [erpHook(`${r.url(fresh('page'))}#section`)]);
      const rec = await body<{ id: string }>(await apply(fragment, { company_name: 'Acme', lawsuits_pending: true }), 201);
      expect(await firstRunEffects(fragment, rec.id)).toEqual([expect.objectContaining({ status: 'skipped', note: expect.stringContaining('no #fragment') })]);
    });

    it('refuses at send time a URL that is not http(s), whatever queued it', async () => {
      const t = app();
      const { admin } = await lender(t, []);
      const tenantId = admin.company.tenantId;
      const event = { id: 'x', topic: 'rule.webhook', tenantId, formId: 'applicant', recordId: 'r', ruleSet: 's', ruleSetVersion: 1, rule: 'r', action: 'a', createdAt: '2025-01-01T00:00:00.000Z', fields: {} } as const;
      const job = await t.db.withTenant(tenantId, (tx) => enqueue(tx, tenantId, { kind: 'rules.webhook', payload: { url: 'file:///etc/passwd', event } }, t.clock.now()));
      await ruleWorker(t).runOnce();
      expect(await jobOf(t, tenantId, job.id)).toMatchObject({ status: 'dead', lastError: expect.stringContaining('Only http and https URLs') });
    });

    it('lets only admins make a new secret, a different one each time', async () => {
      const t = app();
      const { admin } = await lender(t, []);
      const first = await body<{ secret: string; createdAt: string }>(await admin.call('POST', '/api/admin/rule-webhook-secret'));
      const second = await body<{ secret: string }>(await admin.call('POST', '/api/admin/rule-webhook-secret'));
      expect(first.secret).toMatch(/^whsec_/);
      expect(second.secret).not.toBe(first.secret);
      const sales = await caller(t, ['salesperson'], admin.company);
      expect((await sales.call('POST', '/api/admin/rule-webhook-secret')).status).toBe(403);
    });
  },
  { modules: RULE_TEST_MODULES },
);
