import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { DraftView } from './store.js';
import { caller, create, createAndPublish, creditScore, customerForm, DEFINITION_TEST_MODULES, statusAndCode } from './testing.js';

const DRAFT = '/api/definitions/form/customer/draft';

onBothDatabases(
  (app) => {
    describe('definition drafts', () => {
      it('are created with If-None-Match: *, read with their ETag, and saved with If-Match', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        const made = await admin.call('PUT', DRAFT, { kind: 'form', id: 'customer', fields: 'not yet' }, { 'If-None-Match': '*' });
        expect([made.status, made.headers.get('etag')]).toEqual([201, '"1"']);
        expect(await made.json()).toEqual({ kind: 'form', id: 'customer', draft: { kind: 'form', id: 'customer', fields: 'not yet' }, revision: 1, updatedAt: t.clock.now().toISOString(), updatedBy: admin.company.adminId });

        const saved = await admin.call('PUT', DRAFT, customerForm, { 'If-Match': '"1"' });
        expect([saved.status, saved.headers.get('etag'), ((await saved.json()) as DraftView).revision]).toEqual([200, '"2"', 2]);
        const read = await admin.call('GET', DRAFT);
        expect([read.status, read.headers.get('etag')]).toEqual([200, '"2"']);
        expect(((await read.json()) as DraftView).draft).toEqual(customerForm);
      });

      it('refuse a stale save with 409 and keep the newer draft', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, customerForm);
        expect((await admin.call('PUT', DRAFT, { ...customerForm, name: { en: 'Mine', 'zh-CN': '我的' } }, { 'If-Match': '"1"' })).status).toBe(200);
        const stale = await admin.call('PUT', DRAFT, { ...customerForm, name: { en: 'Theirs', 'zh-CN': '他的' } }, { 'If-Match': '"1"' });
        expect(await statusAndCode(stale)).toEqual([409, 'stale_revision']);
        expect(((await (await admin.call('GET', DRAFT)).json()) as DraftView).draft['name']).toEqual({ en: 'Mine', 'zh-CN': '我的' });
      });

      it('let exactly one of two concurrent saves from the same revision win', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, customerForm);
        const names = ['First', 'Second'];
        const results = await Promise.all(names.map((en) => admin.call('PUT', DRAFT, { ...customerForm, name: { en, 'zh-CN': en } }, { 'If-Match': '"1"' })));
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        const winner = names[results.findIndex((r) => r.status === 200)];
        const read = (await (await admin.call('GET', DRAFT)).json()) as DraftView;
        expect([read.revision, read.draft['name']]).toEqual([2, { en: winner, 'zh-CN': winner }]);
      });

      it('answer bad preconditions and bodies with 4xx problems, never 500', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, customerForm);
        const cases: [Promise<Response>, number, string][] = [
          [admin.call('PUT', DRAFT, customerForm), 428, 'precondition_required'],
          [admin.call('PUT', DRAFT, customerForm, { 'If-Match': 'one' }), 400, 'bad_precondition'],
          [admin.call('PUT', DRAFT, customerForm, { 'If-None-Match': '*' }), 409, 'already_exists'],
          [admin.call('PUT', '/api/definitions/form/nothing/draft', { kind: 'form', id: 'nothing' }, { 'If-Match': '"1"' }), 404, 'not_found'],
          [admin.call('PUT', DRAFT, { ...customerForm, id: 'other' }, { 'If-Match': '"1"' }), 422, 'validation_failed'],
          [admin.call('PUT', DRAFT, ['a list'], { 'If-Match': '"1"' }), 422, 'validation_failed'],
          [admin.call('PUT', DRAFT, '{"kind": "form",', { 'If-Match': '"1"' }), 400, 'malformed_json'],
          [admin.call('PUT', DRAFT, customerForm, { 'If-Match': '"1"', 'Content-Type': 'text/plain' }), 415, 'unsupported_media_type'],
          [admin.call('PUT', DRAFT, { ...customerForm, padding: 'x'.repeat(1024 * 1024) }, { 'If-Match': '"1"' }), 413, 'payload_too_large'],
          [admin.call('PUT', '/api/definitions/widget/customer/draft', customerForm, { 'If-None-Match': '*' }), 404, 'unknown_kind'],
          [admin.call('PUT', '/api/definitions/form/9bad/draft', { kind: 'form', id: '9bad' }, { 'If-None-Match': '*' }), 400, 'bad_id'],
          [admin.call('GET', '/api/definitions/form/nothing/draft'), 404, 'not_found'],
        ];
        for (const [res, status, code] of cases) expect(await statusAndCode(await res)).toEqual([status, code]);
        const mismatch = (await (await admin.call('PUT', DRAFT, { kind: 'scorecard', id: 'x' }, { 'If-Match': '"1"' })).json()) as ProblemDocument;
        expect(mismatch.problems.map((p) => [p.path, p.code])).toEqual([['/kind', 'kind_mismatch'], ['/id', 'id_mismatch']]);
      });

      it('are edited by admins, scorecards also by risk officers, and read by everyone signed in', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        const risk = await caller(t, ['risk_officer'], admin.company);
        const sales = await caller(t, ['salesperson'], admin.company);
        expect(await statusAndCode(await risk.call('PUT', DRAFT, customerForm, { 'If-None-Match': '*' }))).toEqual([403, 'forbidden']);
        expect(await statusAndCode(await sales.call('PUT', '/api/definitions/scorecard/credit_score/draft', creditScore, { 'If-None-Match': '*' }))).toEqual([403, 'forbidden']);
        expect((await risk.call('PUT', '/api/definitions/scorecard/credit_score/draft', creditScore, { 'If-None-Match': '*' })).status).toBe(201);
        expect(await statusAndCode(await sales.call('POST', '/api/definitions/scorecard/credit_score/publish', {}, { 'If-Match': '"1"' }))).toEqual([403, 'forbidden']);
        expect((await sales.call('GET', '/api/definitions/scorecard/credit_score/draft')).status).toBe(200);
        expect((await t.app.request('/api/definitions')).status).toBe(401);
      });
    });

    describe('the definitions list', () => {
      it('shows each definition with its name, revision and latest published version, by kind', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        await create(admin, creditScore);
        const all = (await (await admin.call('GET', '/api/definitions')).json()) as { items: unknown[] };
        expect(all.items).toEqual([
          { kind: 'form', id: 'customer', name: customerForm.name, revision: 1, latestVersion: 1, updatedAt: t.clock.now().toISOString() },
          { kind: 'scorecard', id: 'credit_score', name: creditScore.name, revision: 1, latestVersion: null, updatedAt: t.clock.now().toISOString() },
        ]);
        const scorecards = (await (await admin.call('GET', '/api/definitions?kind=scorecard')).json()) as { items: { id: string }[] };
        expect(scorecards.items.map((d) => d.id)).toEqual(['credit_score']);
        expect(await statusAndCode(await admin.call('GET', '/api/definitions?kind=widget'))).toEqual([422, 'validation_failed']);
      });
    });

    describe('validate', () => {
      it("checks the saved draft against the company's published forms and roles", async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, creditScore);
        const before = (await (await admin.call('POST', '/api/definitions/scorecard/credit_score/validate')).json()) as { revision: number; problems: ProblemDocument['problems'] };
        expect(before.problems.map((p) => [p.path, p.code])).toEqual([['/form', 'scorecard.form.unknown']]);
        await create(admin, customerForm);
        const draftOnly = (await (await admin.call('POST', '/api/definitions/scorecard/credit_score/validate')).json()) as { problems: unknown[] };
        expect(draftOnly.problems).toHaveLength(1);
        const res = await admin.call('POST', '/api/definitions/form/customer/publish', {}, { 'If-Match': '"1"' });
        expect(res.status).toBe(201);
        expect(await (await admin.call('POST', '/api/definitions/scorecard/credit_score/validate')).json()).toEqual({ revision: 1, problems: [], warnings: [] });
        expect(await statusAndCode(await admin.call('POST', '/api/definitions/flow/nothing/validate'))).toEqual([404, 'not_found']);
        await create(admin, { kind: 'flow', id: 'half_done', nodes: 'todo', name: 3 });
        const broken = (await (await admin.call('POST', '/api/definitions/flow/half_done/validate')).json()) as { problems: ProblemDocument['problems'] };
        expect(broken.problems.length).toBeGreaterThan(0);
        expect(broken.problems.every((p) => p.path.startsWith('/') || p.path === '')).toBe(true);
      });
    });
  },
  { modules: DEFINITION_TEST_MODULES },
);
