import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { create } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { created, customerForm, RECORD_TEST_MODULES, RECORDS, shop } from './testing.js';

const problemPaths = (doc: ProblemDocument): string[] => (doc.problems ?? []).map((p) => `${p.path} ${p.code}`);

onBothDatabases(
  (app) => {
    describe('create and read', () => {
      it('stores the record with formulas computed, pins the form version and answers with its ETag', async () => {
        const { admin } = await shop(app());
        const res = await admin.call('POST', RECORDS, { company_name: 'Acme Steel', industry: 'steel', total_assets: 1000, total_liabilities: 350 });
        expect(res.status).toBe(201);
        expect(res.headers.get('etag')).toBe('"1"');
        const body = (await res.json()) as { id: string; formVersion: number; data: Record<string, unknown> };
        expect(res.headers.get('location')).toBe(`${RECORDS}/${body.id}`);
        expect(body.formVersion).toBe(1);
        expect(body.data).toEqual({ company_name: 'Acme Steel', industry: 'steel', total_assets: 1000, total_liabilities: 350, debt_ratio: 0.35 });
        const read = await admin.call('GET', `${RECORDS}/${body.id}`);
        expect(read.status).toBe(200);
        expect(read.headers.get('etag')).toBe('"1"');
        expect(((await read.json()) as { data: unknown }).data).toEqual(body.data);
      });

      it('refuses invalid values with every problem per field, in English and Chinese', async () => {
        const { admin } = await shop(app());
        const res = await admin.call('POST', RECORDS, { industry: 'gold', annual_sales: 'a lot' });
        expect(res.status).toBe(422);
        const doc = (await res.json()) as ProblemDocument;
        expect(doc.code).toBe('validation_failed');
        const paths = (doc.problems ?? []).map((p) => p.path);
        expect(paths).toEqual(expect.arrayContaining(['/company_name', '/industry', '/annual_sales']));
        for (const p of doc.problems ?? []) {
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
        }
      });

      it('enforces field access by role on write and read', async () => {
        const { admin, sales } = await shop(app());
        const refused = await sales.call('POST', RECORDS, { company_name: 'Sly Co', credit_limit: 5_000_000, risk_notes: 'x' });
        expect(refused.status).toBe(422);
        expect(problemPaths((await refused.json()) as ProblemDocument).sort()).toEqual(['/credit_limit access.read', '/risk_notes access.hidden']);
        const rec = await created(admin, { company_name: 'Open Co', credit_limit: 100, risk_notes: 'watch them' });
        const seen = (await (await sales.call('GET', `${RECORDS}/${rec.id}`)).json()) as { data: Record<string, unknown> };
        expect(seen.data, JSON.stringify(seen.data)).toEqual({ company_name: 'Open Co', debt_ratio: null, credit_limit: 100 });
        const patched = await sales.call('PATCH', `${RECORDS}/${rec.id}`, { annual_sales: 5 }, { 'If-Match': rec.etag });
        expect(patched.status).toBe(200);
        const full = (await (await admin.call('GET', `${RECORDS}/${rec.id}`)).json()) as { data: Record<string, unknown> };
        expect(full.data['risk_notes']).toBe('watch them');
        const hidden = await sales.call('PATCH', `${RECORDS}/${rec.id}`, { risk_notes: null }, { 'If-Match': '"2"' });
        expect(problemPaths((await hidden.json()) as ProblemDocument)).toEqual(['/risk_notes access.hidden']);
      });

      it('keeps unique fields unique, also when many create the same value at once', async () => {
        const { admin } = await shop(app());
        await created(admin, { company_name: 'Only One' });
        const again = await admin.call('POST', RECORDS, { company_name: 'Only One' });
        expect(again.status).toBe(422);
        expect(problemPaths((await again.json()) as ProblemDocument)).toEqual(['/company_name record.unique']);
        const statuses = await Promise.all(Array.from({ length: 8 }, () => admin.call('POST', RECORDS, { company_name: 'Race Co' }).then((r) => r.status)));
        expect(statuses.filter((s) => s === 201)).toHaveLength(1);
        expect(statuses.filter((s) => s === 422)).toHaveLength(7);
      });
    });

    describe('update, delete, revisions', () => {
      it('needs If-Match, refuses a stale one, merges the patch and keeps every revision', async () => {
        const { admin } = await shop(app());
        const rec = await created(admin, { company_name: 'Patch Co', total_assets: 200, total_liabilities: 100, annual_sales: 9 });
        const path = `${RECORDS}/${rec.id}`;
        expect((await admin.call('PATCH', path, { annual_sales: 10 })).status).toBe(428);
        expect((await admin.call('PATCH', path, { annual_sales: 10 }, { 'If-Match': 'three' })).status).toBe(400);
        const stale = await admin.call('PATCH', path, { annual_sales: 10 }, { 'If-Match': '"7"' });
        expect(stale.status).toBe(409);
        expect(((await stale.json()) as ProblemDocument).code).toBe('stale_revision');
        const ok = await admin.call('PATCH', path, { total_liabilities: 150, annual_sales: null }, { 'If-Match': '"1"' });
        expect(ok.status, await ok.clone().text()).toBe(200);
        expect(ok.headers.get('etag')).toBe('"2"');
        expect(((await ok.json()) as { data: unknown }).data).toEqual({ company_name: 'Patch Co', total_assets: 200, total_liabilities: 150, debt_ratio: 0.75 });
        const wrong = await admin.call('PATCH', path, { debt_ratio: 0.1 }, { 'If-Match': '"2"' });
        expect(problemPaths((await wrong.json()) as ProblemDocument)).toEqual(['/debt_ratio value.computed']);
        const bad = await admin.call('PATCH', path, { total_assets: 'many' }, { 'If-Match': '"2"' });
        expect(bad.status).toBe(422);
        const history = (await (await admin.call('GET', `${path}/revisions`)).json()) as { items: { revision: number; action: string; data: Record<string, unknown> }[] };
        expect(history.items.map((r) => [r.revision, r.action, r.data['debt_ratio']])).toEqual([[1, 'create', 0.5], [2, 'update', 0.75]]);
      });

      it('soft-deletes with If-Match: the record is gone from reads, kept in the table', async () => {
        const { admin } = await shop(app());
        const rec = await created(admin, { company_name: 'Gone Co' });
        const path = `${RECORDS}/${rec.id}`;
        expect((await admin.call('DELETE', path)).status).toBe(428);
        expect((await admin.call('DELETE', path, undefined, { 'If-Match': '"2"' })).status).toBe(409);
        expect((await admin.call('DELETE', path, undefined, { 'If-Match': '"1"' })).status).toBe(204);
        expect((await admin.call('GET', path)).status).toBe(404);
        expect((await admin.call('GET', `${path}/revisions`)).status).toBe(404);
        expect((await admin.call('PATCH', path, {}, { 'If-Match': '"2"' })).status).toBe(404);
        const rows = await app().db.withTenant(admin.company.tenantId, (tx) => tx.query<{ action: string }>('SELECT action FROM record_revisions WHERE record_id = $1 ORDER BY revision', [rec.id]));
        expect(rows.map((r) => r.action)).toEqual(['create', 'delete']);
        expect((await admin.call('POST', RECORDS, { company_name: 'Gone Co' })).status).toBe(201);
      });
    });

    describe('bad input is a problem, never a 500', () => {
      it('answers each with its status and code', async () => {
        const { admin } = await shop(app());
        await create(admin, { ...customerForm, id: 'draft_only' });
        const rec = await created(admin, { company_name: 'Input Co' });
        const path = `${RECORDS}/${rec.id}`;
        const cases: [string, string, unknown, Record<string, string>, number, string][] = [
          ['POST', '/api/forms/nope/records', { company_name: 'x' }, {}, 404, 'not_found'],
          ['POST', '/api/forms/draft_only/records', { company_name: 'x' }, {}, 404, 'not_found'],
          ['GET', '/api/forms/bad%20id/records', undefined, {}, 404, 'not_found'],
          ['POST', RECORDS, '{"company_name": ', {}, 400, 'malformed_json'],
          ['POST', RECORDS, [1, 2], {}, 422, 'validation_failed'],
          ['POST', RECORDS, 'company_name=x', { 'Content-Type': 'text/plain' }, 415, 'unsupported_media_type'],
          ['POST', RECORDS, { company_name: 'x'.repeat(1_100_000) }, {}, 413, 'payload_too_large'],
          ['POST', RECORDS, { company_name: 'y', surprise: 1 }, {}, 422, 'validation_failed'],
          ['GET', `${RECORDS}/no-such-record`, undefined, {}, 404, 'not_found'],
          ['GET', `${RECORDS}/${'x'.repeat(80)}`, undefined, {}, 404, 'not_found'],
          ['PATCH', path, { company_name: 'z' }, { 'If-Match': '"0"' }, 400, 'bad_precondition'],
          ['PATCH', `${RECORDS}/no-such-record`, { company_name: 'z' }, { 'If-Match': '"1"' }, 404, 'not_found'],
          ['GET', `${RECORDS}?limit=0`, undefined, {}, 422, 'validation_failed'],
        ];
        for (const [method, url, body, headers, status, code] of cases) {
          const res = await admin.call(method, url, body, headers);
          const doc = (await res.json()) as ProblemDocument;
          expect([method, url.slice(0, 60), res.status, doc.code]).toEqual([method, url.slice(0, 60), status, code]);
        }
      });
    });

    describe("tenant matrix: company A with company B's records", () => {
      it('gets 404 on every record route, as for ids that do not exist; lists and unique values stay per company; B is untouched', async () => {
        const b = await shop(app());
        const a = (await shop(app())).admin;
        const rec = await created(b.admin, { company_name: 'Secret Co', risk_notes: 'private' });
        const snapshot = () => app().db.withTenant(b.admin.company.tenantId, async (tx) => [await tx.query('SELECT * FROM records ORDER BY id'), await tx.query('SELECT * FROM record_revisions ORDER BY record_id, revision')]);
        const before = await snapshot();
        const path = `${RECORDS}/${rec.id}`;
        const requests: [string, string, unknown?, Record<string, string>?][] = [
          ['GET', path], ['GET', `${path}/revisions`], ['PATCH', path, { company_name: 'Mine' }, { 'If-Match': '"1"' }],
          ['DELETE', path, undefined, { 'If-Match': '"1"' }],
        ];
        for (const [method, url, body, headers] of requests) {
          const theirs = await a.call(method, url, body, headers);
          const none = await a.call(method, url.replace(rec.id, 'no-such-record'), body, headers);
          const [t1, n1] = [await theirs.text(), await none.text()];
          expect([method, url, theirs.status]).toEqual([method, url, 404]);
          expect(t1.replaceAll(rec.id, 'ID').replace(/"requestId":"[^"]*"/, '')).toEqual(n1.replaceAll('no-such-record', 'ID').replace(/"requestId":"[^"]*"/, ''));
          expect(t1).not.toContain('Secret');
        }
        const list = (await (await a.call('GET', `${RECORDS}?filter[company_name]=Secret%20Co`)).json()) as { items: unknown[] };
        expect(list.items).toEqual([]);
        expect(await (await a.call('GET', '/api/forms/customer/export.csv')).text()).not.toContain('Secret');
        await created(a, { company_name: 'Secret Co' });
        expect(await snapshot()).toEqual(before);
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
