import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPostgres } from '../test-support/databases.js';
import type { TestDatabase } from '../test-support/databases.js';
import { createAuthTestApp } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { body, create, creditCompany, invoice, newcomer, order, payment, read, TEMPLATE_TEST_MODULES } from './testing.js';

// Two people writing at once through the same customer or receivable, on PostgreSQL (PGlite has
// one connection: its writes never overlap). Both requests read the figures before either commits;
// the record they roll up into is held locked meanwhile, so both are sure to have read them first.
const TODAY = '2025-06-30T01:00:00.000Z';

let t: AuthTestApp;
let pg: TestDatabase;
beforeAll(async () => {
  pg = await createTestPostgres();
  t = await createAuthTestApp({ db: pg.db, modules: TEMPLATE_TEST_MODULES });
  t.clock.set(TODAY);
});
afterAll(() => pg.drop());

/**
 * Sends `requests` while the record `id` is locked by another transaction, waits until `waiting`
 * of them wait for that lock (each read what it checks, then tries to roll it up), then lets go.
 */
async function whileLocked(id: string, waiting: number, requests: () => Promise<Response>[]): Promise<Response[]> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const taken = new Promise<void>((resolve) => (locked = resolve));
  const holder = t.db.transaction(async (tx) => {
    await tx.query('SELECT id FROM records WHERE id = $1 FOR UPDATE', [id]);
    locked();
    await held;
  });
  await taken;
  const sent = requests();
  try {
    await expect.poll(async () => (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"))[0]?.n, { timeout: 10_000 }).toBe(waiting);
  } finally {
    release();
    await holder;
  }
  return Promise.all(sent);
}

describe('the credit template under writes at once, on PostgreSQL', () => {
  it('two payments at once against one receivable: one writes it off, the other is refused, and it is never overpaid', async () => {
    const co = await creditCompany(t);
    const c = await create(co.as.finance, 'customer', newcomer('宁波港联物流有限公司', 1, co.ids.sales!));
    const r = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-R', 80_000, co.ids.sales!, '2025-06-30', '2025-08-14'));
    // Each read 80,000 still owed, so each passed the payment's own check.
    const [a, b] = await whileLocked(r.id, 2, () => [
      co.as.finance.call('POST', '/api/forms/payment/records', payment(c.id, r.id, 80_000, '2025-06-30')),
      co.as.finance.call('POST', '/api/forms/payment/records', payment(c.id, r.id, 50_000, '2025-06-30')),
    ]);
    expect([a!.status, b!.status].sort()).toEqual([201, 422]);
    const refused = await body<{ code: string; messageZh: string; problems: { path: string; messageZh: string }[] }>(a!.status === 422 ? a! : b!, 422);
    expect(refused.code).toBe('rollups.invalid');
    expect(refused.problems).toEqual([{ path: '/receivable', code: 'record.check', message: expect.stringContaining('Receivable "INV-R"'), messageZh: '应收账款“INV-R”：已核销回款超过应收金额：请调低回款金额，或核销到其他应收。' }]);
    const won = a!.status === 201 ? 80_000 : 50_000;
    expect((await read(co.admin, 'receivable', r.id)).data).toMatchObject({ paid_amount: won, outstanding: 80_000 - won });
    const payments = await body<{ items: unknown[] }>(await co.admin.call('GET', '/api/forms/payment/records'));
    expect(payments.items).toHaveLength(1);
  });

  it('two write-offs at once of one blacklisted customer\'s invoices: the risk officer\'s reason and both write-offs kept', async () => {
    const co = await creditCompany(t);
    const c = await create(co.as.finance, 'customer', newcomer('广州鑫源商贸有限公司', 5, co.ids.sales!, { blacklisted: true, blacklist_reason: '恶意拖欠货款' }));
    const [r1, r2] = [
      await create(co.as.finance, 'receivable', invoice(c.id, 'INV-W1', 30_000, co.ids.sales!, '2025-01-02', '2025-02-01')),
      await create(co.as.finance, 'receivable', invoice(c.id, 'INV-W2', 20_000, co.ids.sales!, '2025-01-02', '2025-02-01')),
    ];
    const writeOff = (r: typeof r1) => co.as.finance.call('PATCH', `/api/forms/receivable/records/${r.id}`, { status: 'bad_debt' }, { 'If-Match': `"${r.revision}"` });
    const answers = await whileLocked(c.id, 2, () => [writeOff(r1), writeOff(r2)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const lines = String((await read(co.admin, 'customer', c.id)).data['blacklist_reason']).split('\n');
    expect(lines[0]).toBe('恶意拖欠货款');
    expect(lines.slice(1).sort()).toEqual(['发票 INV-W1 核销为坏账 / Invoice INV-W1 written off as bad debt', '发票 INV-W2 核销为坏账 / Invoice INV-W2 written off as bad debt']);
  });

  it('two orders at once, each within the available credit but over it together: one is released, the other held for approval', async () => {
    const co = await creditCompany(t);
    const c = await create(co.as.finance, 'customer', newcomer('宁波港联物流有限公司', 2, co.ids.sales!));
    const [a, b] = await whileLocked(c.id, 2, () => [
      co.as.sales.call('POST', '/api/forms/sales_order/records', order(c.id, 120_000, co.ids.sales!)),
      co.as.sales.call('POST', '/api/forms/sales_order/records', order(c.id, 120_000, co.ids.sales!)),
    ]);
    const placed = await Promise.all([a!, b!].map((res) => body<{ data: Record<string, unknown> }>(res, 201)));
    // The later one weighed the earlier one: 200,000 − 120,000 = 80,000 left, 40,000 over.
    expect(placed.map((p) => p.data.status).sort()).toEqual(['approved', 'held']);
    expect(placed.find((p) => p.data.status === 'held')?.data).toMatchObject({ available_credit: 80_000, over_limit_amount: 40_000, approval_status: 'running' });
    expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ open_orders: 120_000, available_credit: 80_000 });
  });
});
