import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJobHandlers } from '../jobs/registry.js';
import { backends, fakeTimers, tenantWithUsers } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { Worker } from '../jobs/worker.js';
import { manualClock } from '../test-support/manual-clock.js';
import type { ManualClock } from '../test-support/manual-clock.js';
import { notify } from './notify.js';
import { PermanentJobError } from '../jobs/errors.js';
import { postWebhook, signWebhook, verifyWebhook } from './webhook-send.js';
import { upsertWebhook } from './webhooks.js';

interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A receiver on 127.0.0.1 answering each path from a script: a status, or 'hang' (never answers). */
async function receiver() {
  const received: Received[] = [];
  const script = new Map<string, (number | 'hang')[]>();
  const server = createServer((req, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body });
      const answer = script.get(path)?.shift() ?? 200;
      if (answer === 'hang') return;
      if (answer >= 300 && answer < 400) res.setHeader('Location', `http://127.0.0.1:${port}/elsewhere`);
      res.writeHead(answer).end('ignored body');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    script,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe('webhook signatures', () => {
  it('verifies a body signed with the secret at a recent time, and nothing else', () => {
    const now = new Date('2025-03-01T08:00:00.000Z');
    const ts = now.getTime() / 1000;
    const body = '{"id":"e1"}';
    const signature = signWebhook('whsec_test', ts, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook('whsec_test', { signature, timestamp: String(ts) }, body, now)).toBe(true);
    expect(verifyWebhook('whsec_test', { signature, timestamp: String(ts) }, '{"id":"e2"}', now)).toBe(false);
    expect(verifyWebhook('whsec_other', { signature, timestamp: String(ts) }, body, now)).toBe(false);
    expect(verifyWebhook('whsec_test', { signature, timestamp: String(ts + 1) }, body, now)).toBe(false);
    expect(verifyWebhook('whsec_test', { signature, timestamp: String(ts) }, body, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verifyWebhook('whsec_test', { signature: null, timestamp: null }, body, now)).toBe(false);
  });

  it('refuses to call a URL that is not http(s), even one stored before the check', async () => {
    const call = postWebhook({ url: 'file:///etc/passwd', secret: 'whsec_test', deliveryId: 'd1', topic: 't', body: '{}', now: new Date(), timeoutMs: 1_000 });
    await expect(call).rejects.toBeInstanceOf(PermanentJobError);
    await expect(call).rejects.toThrow(/Only http and https URLs/);
  });
});

describe.each(backends)('webhook delivery on $name', (backend) => {
  let b: OpenBackend;
  let r: Awaited<ReturnType<typeof receiver>>;
  let clock: ManualClock;
  beforeAll(async () => {
    b = await backend.open();
    r = await receiver();
  });
  afterAll(async () => {
    await r.close();
    await b.dispose();
  });
  // A test's unfinished jobs must not run in the next one.
  afterEach(() => b.db.exec("DELETE FROM jobs WHERE status IN ('queued', 'failed', 'running')"));

  const worker = (webhookTimeoutMs = 10_000) => new Worker({ db: b.db, clock, timers: fakeTimers(), handlers: createJobHandlers({ db: b.db, clock, webhookTimeoutMs }) });
  async function notifyEndpoint(path: string, enabled = true) {
    clock = manualClock('2025-03-01T08:00:00.000Z');
    const { tenantId } = await tenantWithUsers(b.db, 0);
    const { secret } = await b.db.withTenant(tenantId, (tx) => upsertWebhook(tx, tenantId, { id: 'erp', url: r.url(path), enabled }, clock.now()));
    const { eventId } = await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'overdue.alert', to: [], message: { 'zh-CN': '逾期', en: 'Overdue' } }, clock.now()));
    const delivery = async () => (await b.db.query<{ status: string; attempts: number; detail: string; sent_at: string | null }>('SELECT status, attempts, detail, sent_at FROM notification_deliveries WHERE tenant_id = $1', [tenantId]))[0];
    const job = async () => (await b.db.query<{ status: string; attempts: number }>("SELECT status, attempts FROM jobs WHERE tenant_id = $1 AND kind = 'notification.webhook'", [tenantId]))[0];
    return { tenantId, secret: secret!, eventId, delivery, job, hits: () => r.received.filter((x) => x.path === path) };
  }
  const results = async (w: Worker) => (await w.runOnce()).map((o) => o.result);

  it('POSTs the event as JSON, signed with the endpoint secret, and records it sent', async () => {
    const t = await notifyEndpoint('/signed');
    expect(await results(worker())).toEqual(['succeeded']);
    const [hit] = t.hits();
    expect(hit!.headers).toMatchObject({ 'content-type': 'application/json', 'x-heng-event': 'overdue.alert', 'x-heng-timestamp': String(clock.now().getTime() / 1000) });
    expect(verifyWebhook(t.secret, { signature: hit!.headers['x-heng-signature'] as string, timestamp: hit!.headers['x-heng-timestamp'] as string }, hit!.body, clock.now())).toBe(true);
    expect(JSON.parse(hit!.body)).toMatchObject({ id: t.eventId, topic: 'overdue.alert', tenantId: t.tenantId, message: { 'zh-CN': '逾期', en: 'Overdue' } });
    expect(await t.delivery()).toEqual({ status: 'sent', attempts: 1, detail: 'HTTP 200', sent_at: clock.now().toISOString() });
    expect(await results(worker())).toEqual([]);
  });

  it('retries after a 500, with the same delivery id and a fresh signature, 10 s later', async () => {
    const t = await notifyEndpoint('/flaky');
    r.script.set('/flaky', [500]);
    const w = worker();
    expect(await results(w)).toEqual(['failed']);
    expect(await t.delivery()).toMatchObject({ status: 'pending', attempts: 1, detail: `${r.url('/flaky')} answered HTTP 500.` });
    clock.advance(9_999);
    expect(await results(w)).toEqual([]);
    clock.advance(1);
    expect(await results(w)).toEqual(['succeeded']);
    const [first, second] = t.hits();
    expect(second!.headers['x-heng-delivery']).toBe(first!.headers['x-heng-delivery']);
    expect(Number(second!.headers['x-heng-timestamp']) - Number(first!.headers['x-heng-timestamp'])).toBe(10);
    expect(verifyWebhook(t.secret, { signature: second!.headers['x-heng-signature'] as string, timestamp: second!.headers['x-heng-timestamp'] as string }, second!.body, clock.now())).toBe(true);
    expect(await t.delivery()).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after the last attempt and records the delivery failed', async () => {
    const t = await notifyEndpoint('/down');
    r.script.set('/down', [503, 503, 503, 503, 503]);
    const w = worker();
    for (let i = 0; i < 5; i += 1) {
      expect(await results(w)).toEqual([i < 4 ? 'failed' : 'dead']);
      clock.advance(3_600_000);
    }
    expect(await t.delivery()).toMatchObject({ status: 'failed', attempts: 5 });
    expect(await t.job()).toEqual({ status: 'dead', attempts: 5 });
  });

  it('does not follow a redirect, and fails for good on it or on a 404', async () => {
    const moved = await notifyEndpoint('/moved');
    r.script.set('/moved', [302]);
    expect(await results(worker())).toEqual(['dead']);
    expect(r.received.filter((x) => x.path === '/elsewhere')).toEqual([]);
    expect((await moved.delivery())!.detail).toBe(`${r.url('/moved')} answered 302, redirecting to ${r.url('/elsewhere')}: redirects are not followed, set the webhook URL to the final address.`);
    const gone = await notifyEndpoint('/gone');
    r.script.set('/gone', [404]);
    expect(await results(worker())).toEqual(['dead']);
    expect(await gone.delivery()).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('stops waiting after its timeout and retries later', async () => {
    const t = await notifyEndpoint('/slow');
    r.script.set('/slow', ['hang']);
    expect(await results(worker(300))).toEqual(['failed']);
    expect(await t.delivery()).toMatchObject({ status: 'pending', detail: `${r.url('/slow')} gave no answer within 300 ms.` });
  });

  it('records a delivery to a disabled or removed endpoint as skipped', async () => {
    const off = await notifyEndpoint('/off', true);
    await b.db.query('UPDATE webhook_endpoints SET enabled = false WHERE tenant_id = $1', [off.tenantId]);
    expect(await results(worker())).toEqual(['succeeded']);
    expect(await off.delivery()).toMatchObject({ status: 'skipped', detail: 'Webhook endpoint erp is disabled.' });
    const removed = await notifyEndpoint('/removed');
    await b.db.query('DELETE FROM webhook_endpoints WHERE tenant_id = $1', [removed.tenantId]);
    expect(await results(worker())).toEqual(['succeeded']);
    expect(await removed.delivery()).toMatchObject({ status: 'skipped', detail: 'Webhook endpoint erp was removed.' });
    expect([...off.hits(), ...removed.hits()]).toEqual([]);
  });
});
