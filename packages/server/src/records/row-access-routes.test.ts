import { parseCsv } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { customer, listAll, ROW_TEST_MODULES, team } from './row-access-testing.js';
import { RECORDS } from './testing.js';

type Request = readonly [method: string, url: string, body?: unknown, headers?: Record<string, string>];

/** Every route on one record: read, revisions, score, rule runs, status, approvals, then the writes. */
const everyRoute = (id: string): Request[] => {
  const path = `${RECORDS}/${id}`;
  return [
    ['GET', path], ['GET', `${path}/revisions`], ['GET', `${path}/score`], ['GET', `${path}/rule-runs`], ['GET', `${path}/status`],
    ['GET', `${path}/approvals`], ['POST', `${path}/approvals`, { flowId: 'credit_approval' }],
    ['PATCH', path, { annual_sales: 1 }, { 'If-Match': '"1"' }], ['DELETE', path, undefined, { 'If-Match': '"1"' }],
  ];
};

/** The answer without what differs between two requests for different ids. */
const normalised = (text: string, id: string): string => text.replaceAll(id, 'ID').replace(/"requestId":"[^"]*"/, '');

/** Asks `c` every route on `id` and on an id that does not exist: each answer is the same 404. */
async function expectUnreachable(c: Caller, id: string): Promise<void> {
  for (const [method, url, body, headers] of everyRoute(id)) {
    const theirs = await c.call(method, url, body, headers);
    const none = await c.call(method, url.replace(id, 'no-such-record'), body, headers);
    const [t, n] = [await theirs.text(), await none.text()];
    expect([method, url, theirs.status]).toEqual([method, url, 404]);
    expect(normalised(t, id)).toEqual(normalised(n, 'no-such-record'));
  }
}

onBothDatabases(
  (app) => {
    describe('row access: every record route', () => {
      it('answers a salesperson on another’s customer exactly as on one that does not exist, and changes nothing', async () => {
        const { ann, bob, admin } = await team(app());
        const theirs = await customer(admin, { company_name: 'Bob Co', annual_sales: 5000, risk_notes: 'private', sales_owner: bob.id });
        const snapshot = () => app().db.withTenant(admin.company.tenantId, async (tx) => [
          await tx.query('SELECT * FROM records ORDER BY id'), await tx.query('SELECT * FROM record_revisions ORDER BY record_id, revision'),
          await tx.query('SELECT record_id, total FROM scores ORDER BY record_id'), await tx.query('SELECT id FROM approval_instances ORDER BY id'),
        ]);
        const before = await snapshot();
        await expectUnreachable(ann, theirs.id);
        expect(await snapshot()).toEqual(before);
      });

      it('lists, sorts, filters and exports a salesperson on the scores of their own customers only', async () => {
        const { ann, bob, admin } = await team(app());
        const mine = await customer(ann, { company_name: 'Ann Co', annual_sales: 5000 });
        const small = await customer(ann, { company_name: 'Ann Small', annual_sales: 10 });
        await customer(admin, { company_name: 'Bob Co', annual_sales: 5000, sales_owner: bob.id });
        expect(await listAll(ann, 'scores=sales_score&sort=grade:sales_score', 1)).toEqual([mine.id, small.id]);
        expect(await listAll(ann, 'filter[grade:sales_score]=A', 1)).toEqual([mine.id]);
        const res = await ann.call('GET', `${RECORDS}?scores=sales_score&sort=-score:sales_score`);
        const page = (await res.json()) as { items: { id: string; scores: Record<string, { total: number } | null> }[] };
        expect(page.items.map((r) => [r.id, r.scores['sales_score']?.total])).toEqual([[mine.id, 100], [small.id, 20]]);
        const csv = parseCsv(await (await ann.call('GET', '/api/forms/customer/export.csv?scores=sales_score&sort=-score:sales_score')).text());
        const rows = 'rows' in csv ? csv.rows : [];
        const at = rows[0]?.indexOf('score:sales_score') ?? -1;
        expect(rows.slice(1).map((r) => [r[0], r[at], r[at + 1]])).toEqual([[mine.id, '100', 'A'], [small.id, '20', expect.any(String)]]);
      });

      it('lets the owner, a manager and the admin reach the record on every route', async () => {
        const { ann, manager, admin } = await team(app());
        const mine = await customer(ann, { company_name: 'Ann Co', annual_sales: 5000 });
        for (const who of [ann, manager, admin]) {
          for (const [method, url] of everyRoute(mine.id).slice(0, 6)) {
            const res = await who.call(method, url);
            expect([method, url, res.status]).toEqual([method, url, 200]);
          }
          // No flow is published: starting one is refused for that reason, not as a missing record.
          const start = await who.call('POST', `${RECORDS}/${mine.id}/approvals`, { flowId: 'credit_approval' });
          expect(((await start.json()) as { code: string }).code).toBe('approval.no_flow');
        }
        const score = (await (await ann.call('GET', `${RECORDS}/${mine.id}/score`)).json()) as { grade: string };
        expect(score.grade).toBe('A');
        expect((await ann.call('DELETE', `${RECORDS}/${mine.id}`, undefined, { 'If-Match': '"1"' })).status).toBe(204);
      });

      it('keeps a manager out of another company’s records, as before', async () => {
        const ours = await team(app());
        const other = await team(app());
        const rec = await customer(ours.ann, { company_name: 'Ours Co' });
        expect(await listAll(other.manager, 'sort=createdAt', 50)).toEqual([]);
        expect(await listAll(other.admin, 'sort=createdAt', 50)).toEqual([]);
        await expectUnreachable(other.manager, rec.id);
        expect((await ours.ann.call('GET', `${RECORDS}/${rec.id}`)).status).toBe(200);
      });
    });
  },
  { modules: ROW_TEST_MODULES },
);
