import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { Change } from './diff.js';
import type { DraftView, VersionInfo } from './store.js';
import { caller, create, createAndPublish, creditScore, customerForm, DEFINITION_TEST_MODULES, statusAndCode } from './testing.js';

const SC = '/api/definitions/scorecard/credit_score';
const [debt, lawsuits] = creditScore.factors;

onBothDatabases(
  (app) => {
    describe('publish', () => {
      it('turns the draft at If-Match into version 1, 2, ... and refuses an unchanged draft', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        await create(admin, creditScore);
        const first = await admin.call('POST', `${SC}/publish`, { note: 'first cut' }, { 'If-Match': '"1"' });
        expect([first.status, await first.json()]).toEqual([201, { version: 1, publishedAt: t.clock.now().toISOString(), publishedBy: admin.company.adminId, note: 'first cut', rescoreJobId: expect.any(String) }]);
        expect(await statusAndCode(await admin.call('POST', `${SC}/publish`, {}, { 'If-Match': '"1"' }))).toEqual([409, 'already_published']);
        await admin.call('PUT', `${SC}/draft`, { ...creditScore, name: { en: 'Score 2', 'zh-CN': '评分 2' } }, { 'If-Match': '"1"' });
        expect(await statusAndCode(await admin.call('POST', `${SC}/publish`, {}, { 'If-Match': '"1"' }))).toEqual([409, 'stale_revision']);
        expect(((await (await admin.call('POST', `${SC}/publish`, {}, { 'If-Match': '"2"' })).json()) as VersionInfo).version).toBe(2);
        const versions = (await (await admin.call('GET', `${SC}/versions`)).json()) as { items: VersionInfo[] };
        expect(versions.items.map((v) => [v.version, v.note])).toEqual([[2, null], [1, 'first cut']]);
        expect(await (await admin.call('GET', `${SC}/versions/1`)).json()).toEqual({ version: 1, body: creditScore });
      });

      it('answers an invalid draft with 422 and every problem on its path, publishing nothing', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, { ...creditScore, factors: [{ ...debt, weight: 5000 }, lawsuits] });
        const res = await admin.call('POST', `${SC}/publish`, {}, { 'If-Match': '"1"' });
        const doc = (await res.json()) as ProblemDocument;
        expect([res.status, doc.code]).toEqual([422, 'validation_failed']);
        expect(doc.problems.map((p) => p.path)).toContain('/form');
        expect(doc.problems.every((p) => p.message.length > 0 && p.messageZh.length > 0)).toBe(true);
        expect(await (await admin.call('GET', `${SC}/versions`)).json()).toEqual({ items: [] });
      });

      it('refuses a missing precondition, an unknown definition and bad bodies', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, customerForm);
        const cases: [Promise<Response>, number, string][] = [
          [admin.call('POST', '/api/definitions/form/customer/publish', {}), 428, 'precondition_required'],
          [admin.call('POST', '/api/definitions/form/nothing/publish', {}, { 'If-Match': '"1"' }), 404, 'not_found'],
          [admin.call('POST', '/api/definitions/form/customer/publish', { note: 7 }, { 'If-Match': '"1"' }), 422, 'validation_failed'],
          [admin.call('POST', '/api/definitions/form/customer/publish', undefined, { 'If-Match': '"1"' }), 400, 'body_required'],
          [admin.call('GET', '/api/definitions/form/customer/versions/1'), 404, 'not_found'],
          [admin.call('GET', '/api/definitions/form/customer/versions/first'), 404, 'not_found'],
          [admin.call('GET', '/api/definitions/form/nothing/versions'), 404, 'not_found'],
        ];
        for (const [res, status, code] of cases) expect(await statusAndCode(await res)).toEqual([status, code]);
      });

      it('gives two concurrent publishes of one revision one version and one 409, never a duplicate', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, customerForm);
        const results = await Promise.all([1, 2].map(() => admin.call('POST', '/api/definitions/form/customer/publish', {}, { 'If-Match': '"1"' })));
        expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
        await admin.call('PUT', '/api/definitions/form/customer/draft', { ...customerForm, description: { en: 'v2', 'zh-CN': 'v2' } }, { 'If-Match': '"1"' });
        const again = await Promise.all([1, 2, 3].map(() => admin.call('POST', '/api/definitions/form/customer/publish', {}, { 'If-Match': '"2"' })));
        expect(again.map((r) => r.status).sort()).toEqual([201, 409, 409]);
        const versions = (await (await admin.call('GET', '/api/definitions/form/customer/versions')).json()) as { items: VersionInfo[] };
        expect(versions.items.map((v) => v.version)).toEqual([2, 1]);
      });
    });

    describe('diff', () => {
      it('reports a moved and edited factor as a move and a replace, between versions or against the draft', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        await createAndPublish(admin, creditScore);
        const edited = { ...creditScore, factors: [{ ...lawsuits, weight: 5000 }, { ...debt, weight: 5000 }] };
        await admin.call('PUT', `${SC}/draft`, edited, { 'If-Match': '"1"' });
        const expected: Change[] = [
          { path: '/factors/0/weight', op: 'replace', from: 4000, to: 5000 },
          { path: '/factors/1', op: 'move', from: '/factors/0', id: 'debt' },
          { path: '/factors/1/weight', op: 'replace', from: 6000, to: 5000 },
        ];
        expect(await (await admin.call('GET', `${SC}/diff`)).json()).toEqual({ from: 1, to: 'draft', changes: expected });
        await admin.call('POST', `${SC}/publish`, {}, { 'If-Match': '"2"' });
        expect(await (await admin.call('GET', `${SC}/diff?from=1&to=2`)).json()).toEqual({ from: 1, to: 2, changes: expected });
        expect(await (await admin.call('GET', `${SC}/diff?from=2&to=draft`)).json()).toEqual({ from: 2, to: 'draft', changes: [] });
        expect(await statusAndCode(await admin.call('GET', `${SC}/diff?from=9`))).toEqual([404, 'not_found']);
        expect(await statusAndCode(await admin.call('GET', `${SC}/diff?from=latest`))).toEqual([422, 'validation_failed']);
      });

      it('shows everything as added when nothing is published yet', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await create(admin, customerForm);
        const res = (await (await admin.call('GET', '/api/definitions/form/customer/diff')).json()) as { from: null; changes: Change[] };
        expect(res.from).toBeNull();
        expect(res.changes.map((c) => [c.op, c.path]).sort()).toEqual(Object.keys(customerForm).map((k) => ['add', `/${k}`]).sort());
      });
    });

    describe('published', () => {
      it('lists the latest version of each published definition of a kind with its body, leaving drafts out, to any member', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        const sales = await caller(t, ['salesperson'], admin.company);
        const PUBLISHED = '/api/definitions/scorecard/published';
        expect(await (await sales.call('GET', PUBLISHED)).json()).toEqual({ items: [] });
        await createAndPublish(admin, customerForm);
        await createAndPublish(admin, creditScore);
        const renamed = { ...creditScore, name: { en: 'Score 2', 'zh-CN': '评分 2' } };
        await admin.call('PUT', `${SC}/draft`, renamed, { 'If-Match': '"1"' });
        await admin.call('POST', `${SC}/publish`, {}, { 'If-Match': '"2"' });
        // A second card, only drafted: not published, not listed.
        await create(admin, { ...creditScore, id: 'draft_only' });
        expect(await (await sales.call('GET', PUBLISHED)).json()).toEqual({ items: [{ id: 'credit_score', version: 2, body: renamed }] });
        // Another company's published definitions are its own; an archived one runs no more and is left out.
        const other = await caller(t, ['admin']);
        await createAndPublish(other, customerForm);
        await createAndPublish(other, { ...creditScore, id: 'theirs' });
        expect(((await (await other.call('GET', PUBLISHED)).json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(['theirs']);
        await t.db.withTenant(admin.company.tenantId, (tx) => tx.query("UPDATE definitions SET archived = true WHERE tenant_id = $1 AND kind = 'scorecard'", [admin.company.tenantId]));
        expect(await (await sales.call('GET', PUBLISHED)).json()).toEqual({ items: [] });
        expect(((await (await sales.call('GET', '/api/definitions/form/published')).json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(['customer']);
        expect(await statusAndCode(await sales.call('GET', '/api/definitions/widget/published'))).toEqual([404, 'unknown_kind']);
      });
    });

    describe('rollback', () => {
      it('publishes the old body as the next version and makes it the draft', async () => {
        const t = app();
        const admin = await caller(t, ['risk_officer', 'admin']);
        const risk = await caller(t, ['risk_officer'], admin.company);
        await createAndPublish(admin, customerForm);
        await createAndPublish(risk, creditScore);
        await risk.call('PUT', `${SC}/draft`, { ...creditScore, name: { en: 'Score 2', 'zh-CN': '评分 2' } }, { 'If-Match': '"1"' });
        await risk.call('POST', `${SC}/publish`, {}, { 'If-Match': '"2"' });
        expect(await statusAndCode(await risk.call('POST', `${SC}/rollback`, { version: 1 }))).toEqual([428, 'precondition_required']);
        expect(await statusAndCode(await risk.call('POST', `${SC}/rollback`, { version: 1 }, { 'If-Match': '"1"' }))).toEqual([409, 'stale_revision']);
        expect(await statusAndCode(await risk.call('POST', `${SC}/rollback`, { version: 5 }, { 'If-Match': '"2"' }))).toEqual([404, 'not_found']);
        expect(await statusAndCode(await risk.call('POST', `${SC}/rollback`, { version: 0 }, { 'If-Match': '"2"' }))).toEqual([422, 'validation_failed']);
        expect(await statusAndCode(await risk.call('POST', `${SC}/rollback`, { version: 2 }, { 'If-Match': '"2"' }))).toEqual([409, 'already_published']);
        const res = await risk.call('POST', `${SC}/rollback`, { version: 1 }, { 'If-Match': '"2"' });
        const body = (await res.json()) as { version: VersionInfo; draft: DraftView };
        expect([res.status, res.headers.get('etag'), body.version.version, body.version.note, body.draft.revision]).toEqual([201, '"3"', 3, 'Rollback to version 1', 3]);
        expect(body.draft.draft).toEqual(creditScore);
        expect(await (await risk.call('GET', `${SC}/versions/3`)).json()).toEqual({ version: 3, body: creditScore });
      });
    });
  },
  { modules: DEFINITION_TEST_MODULES },
);
