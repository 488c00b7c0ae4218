import { describe, expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import type { DraftView } from './store.js';
import { caller, create, createAndPublish, creditScore, customerForm, DEFINITION_TEST_MODULES, saveDraft, statusAndCode } from './testing.js';

const DRAFT = '/api/definitions/form/customer/draft';
const renamed = { ...customerForm, name: { en: 'Client', 'zh-CN': '客户单位' } };

onBothDatabases(
  (app) => {
    describe('discarding a draft', () => {
      it('makes the draft the latest version again, as the next revision, and the next save goes on from it', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        expect(await saveDraft(admin, renamed)).toBe(2);
        const res = await admin.call('DELETE', DRAFT, undefined, { 'If-Match': '"2"' });
        expect([res.status, res.headers.get('etag')]).toEqual([200, '"3"']);
        expect(await res.json()).toEqual({ kind: 'form', id: 'customer', draft: customerForm, revision: 3, updatedAt: t.clock.now().toISOString(), updatedBy: admin.company.adminId });
        const read = (await (await admin.call('GET', DRAFT)).json()) as DraftView;
        expect([read.revision, read.draft]).toEqual([3, customerForm]);
        expect(await (await admin.call('GET', '/api/definitions/form/customer/diff')).json()).toEqual({ from: 1, to: 'draft', changes: [] });
        // A tab still holding the discarded draft cannot save it back; one holding the answer can.
        expect(await statusAndCode(await admin.call('PUT', DRAFT, renamed, { 'If-Match': '"2"' }))).toEqual([409, 'stale_revision']);
        expect((await admin.call('PUT', DRAFT, renamed, { 'If-Match': '"3"' })).status).toBe(200);
        const versions = (await (await admin.call('GET', '/api/definitions/form/customer/versions')).json()) as { items: { version: number }[] };
        expect(versions.items.map((v) => v.version)).toEqual([1]);
      });

      it('removes a definition never published whole, so its id is free again', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, { kind: 'flow', id: 'half_done', nodes: 'todo' });
        const res = await admin.call('DELETE', '/api/definitions/flow/half_done/draft', undefined, { 'If-Match': '"1"' });
        expect([res.status, await res.text()]).toEqual([204, '']);
        expect(await statusAndCode(await admin.call('GET', '/api/definitions/flow/half_done/draft'))).toEqual([404, 'not_found']);
        expect(await (await admin.call('GET', '/api/definitions')).json()).toEqual({ items: [] });
        expect(await create(admin, { kind: 'flow', id: 'half_done', nodes: [] })).toBe(1);
      });

      it('refuses a stale revision with 409 and keeps the newer draft', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        await saveDraft(admin, renamed);
        expect(await statusAndCode(await admin.call('DELETE', DRAFT, undefined, { 'If-Match': '"1"' }))).toEqual([409, 'stale_revision']);
        const read = (await (await admin.call('GET', DRAFT)).json()) as DraftView;
        expect([read.revision, read.draft]).toEqual([2, renamed]);
        // Nor is a never-published definition removed from under someone who saved it since.
        await create(admin, creditScore);
        await saveDraft(admin, { ...creditScore, precision: 2 });
        expect(await statusAndCode(await admin.call('DELETE', '/api/definitions/scorecard/credit_score/draft', undefined, { 'If-Match': '"1"' }))).toEqual([409, 'stale_revision']);
        expect((await admin.call('GET', '/api/definitions/scorecard/credit_score/draft')).status).toBe(200);
      });

      it('lets exactly one of two discards from the same revision win', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        await saveDraft(admin, renamed);
        const results = await Promise.all([1, 2].map(() => admin.call('DELETE', DRAFT, undefined, { 'If-Match': '"2"' })));
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        expect(((await (await admin.call('GET', DRAFT)).json()) as DraftView).revision).toBe(3);
      });

      it('answers 404 for no definition, 409 for nothing to discard, and bad preconditions with 4xx problems', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        const cases: [Promise<Response>, number, string][] = [
          [admin.call('DELETE', '/api/definitions/form/nothing/draft', undefined, { 'If-Match': '"1"' }), 404, 'not_found'],
          [admin.call('DELETE', DRAFT, undefined, { 'If-Match': '"1"' }), 409, 'nothing_to_discard'],
          [admin.call('DELETE', DRAFT), 428, 'precondition_required'],
          [admin.call('DELETE', DRAFT, undefined, { 'If-Match': 'one' }), 400, 'bad_precondition'],
          [admin.call('DELETE', '/api/definitions/widget/customer/draft', undefined, { 'If-Match': '"1"' }), 404, 'unknown_kind'],
          [admin.call('DELETE', '/api/definitions/form/9bad/draft', undefined, { 'If-Match': '"1"' }), 400, 'bad_id'],
        ];
        for (const [res, status, code] of cases) expect(await statusAndCode(await res)).toEqual([status, code]);
        expect(((await (await admin.call('GET', DRAFT)).json()) as DraftView).revision).toBe(1);
      });

      it('is for those who may edit the kind: admins, for scorecards also risk officers', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        const risk = await caller(t, ['risk_officer'], admin.company);
        const sales = await caller(t, ['salesperson'], admin.company);
        await createAndPublish(admin, customerForm);
        await saveDraft(admin, renamed);
        await create(admin, creditScore);
        expect(await statusAndCode(await risk.call('DELETE', DRAFT, undefined, { 'If-Match': '"2"' }))).toEqual([403, 'forbidden']);
        expect(await statusAndCode(await sales.call('DELETE', '/api/definitions/scorecard/credit_score/draft', undefined, { 'If-Match': '"1"' }))).toEqual([403, 'forbidden']);
        expect((await risk.call('DELETE', '/api/definitions/scorecard/credit_score/draft', undefined, { 'If-Match': '"1"' })).status).toBe(204);
        expect(((await (await admin.call('GET', DRAFT)).json()) as DraftView).revision).toBe(2);
      });
    });
  },
  { modules: DEFINITION_TEST_MODULES },
);
