import type { CompiledScorecard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import { CompiledCache, compiledVersion } from './compiled-cache.js';
import { publishedForms, referenceContext } from './context.js';
import { publishedVersion } from './store.js';
import { caller, create, createAndPublish, creditScore, customerForm, DEFINITION_TEST_MODULES } from './testing.js';

onBothDatabases(
  (app) => {
    describe('the definitions store', () => {
      it('keeps published versions immutable: the app role cannot change or delete one, nor can the owner rewrite one', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        await createAndPublish(admin, customerForm);
        const tenantId = admin.company.tenantId;
        await expect(t.db.withTenant(tenantId, (tx) => tx.query(`UPDATE definition_versions SET note = 'x'`))).rejects.toMatchObject({ code: 'forbidden' });
        await expect(t.db.withTenant(tenantId, (tx) => tx.query('DELETE FROM definition_versions'))).rejects.toMatchObject({ code: 'forbidden' });
        await expect(t.db.query(`UPDATE definition_versions SET note = 'x' WHERE tenant_id = $1`, [tenantId])).rejects.toMatchObject({ code: 'forbidden' });
        expect(await t.db.withTenant(tenantId, (tx) => publishedVersion(tx, tenantId, 'form', 'customer'))).toEqual({ version: 1, body: customerForm });
      });

      it('serves the latest or a pinned version, the published forms and the reference context', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        const tenantId = admin.company.tenantId;
        await createAndPublish(admin, customerForm);
        const renamed = { ...customerForm, name: { en: 'Client', 'zh-CN': '客户' } };
        await admin.call('PUT', '/api/definitions/form/customer/draft', renamed, { 'If-Match': '"1"' });
        await admin.call('POST', '/api/definitions/form/customer/publish', {}, { 'If-Match': '"2"' });
        await createAndPublish(admin, creditScore);
        await create(admin, { kind: 'form', id: 'draft_only' });
        await t.db.withTenant(tenantId, async (tx) => {
          expect(await publishedVersion(tx, tenantId, 'form', 'customer')).toEqual({ version: 2, body: renamed });
          expect(await publishedVersion(tx, tenantId, 'form', 'customer', 1)).toEqual({ version: 1, body: customerForm });
          expect(await publishedVersion(tx, tenantId, 'form', 'customer', 3)).toBeUndefined();
          expect([...(await publishedForms(tx, tenantId))]).toEqual([['customer', renamed]]);
          const ctx = await referenceContext(tx, tenantId);
          expect([...ctx.forms.keys()]).toEqual(['customer']);
          expect(ctx.forms.get('customer')?.get('debt_ratio')).toMatchObject({ kind: 'number' });
          expect([...ctx.scorecards.keys()]).toEqual(['credit_score']);
          expect(ctx.flows.size).toBe(0);
          expect(ctx.roles.has('risk_officer')).toBe(true);
        });
      });

      it('compiles a published version once and serves it from the cache after', async () => {
        const t = app();
        const admin = await caller(t, ['admin']);
        const tenantId = admin.company.tenantId;
        await createAndPublish(admin, customerForm);
        await createAndPublish(admin, creditScore);
        const cache = new CompiledCache(10);
        const [first, second, missing] = await t.db.withTenant(tenantId, async (tx) => [
          await compiledVersion<CompiledScorecard>(tx, cache, tenantId, 'scorecard', 'credit_score'),
          await compiledVersion<CompiledScorecard>(tx, cache, tenantId, 'scorecard', 'credit_score', 1),
          await compiledVersion(tx, cache, tenantId, 'scorecard', 'credit_score', 2),
        ]);
        expect(first?.version).toBe(1);
        expect(second?.compiled).toBe(first?.compiled);
        expect(missing).toBeUndefined();
        expect(cache.size).toBe(1);
      });
    });
  },
  { modules: DEFINITION_TEST_MODULES },
);
