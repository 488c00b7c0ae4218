import { describe, expect, it } from 'vitest';
import { CompiledCache } from '../definitions/compiled-cache.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { latestForm } from './form.js';
import { RECORDS, RECORD_TEST_MODULES, shop } from './testing.js';
import { uniqueProblems } from './unique.js';

onBothDatabases(
  (app) => {
    describe('uniqueProblems', () => {
      it('refuses a value another record holds, unless the record already held it (a rewrite keeping it)', async () => {
        const { admin } = await shop(app());
        const tenantId = admin.company.tenantId;
        expect((await admin.call('POST', RECORDS, { company_name: 'Acme' })).status).toBe(201);
        await app().db.withTenant(tenantId, async (tx) => {
          const form = await latestForm(tx, new CompiledCache(), tenantId, 'customer');
          const other = { company_name: 'Acme', annual_sales: 5 };
          expect(await uniqueProblems(tx, tenantId, 'customer', form.compiled, other, 'another-id')).toEqual([expect.objectContaining({ path: '/company_name', code: 'record.unique' })]);
          expect(await uniqueProblems(tx, tenantId, 'customer', form.compiled, other, 'another-id', { company_name: 'Acme' })).toEqual([]);
          expect(await uniqueProblems(tx, tenantId, 'customer', form.compiled, other, 'another-id', { company_name: 'Beta' })).toHaveLength(1);
        });
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
