import { describe, expect, it } from 'vitest';
import type { Db } from '../db/port.js';
import { applicationForm, approvalFlow } from '../approvals/testing.js';
import { approvalRoutes } from '../approvals/routes.js';
import { caller } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { bundleRoutes } from './routes.js';
import { templatesOf } from './templates.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const customer = {
  kind: 'form', id: 'customer', name: t('Customer', '客户'),
  fields: [{ id: 'company_name', type: 'text', label: t('Company', '企业'), required: true, rules: { unique: true } }, { id: 'region', type: 'text', label: t('Region', '区域') }],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['company_name', 'region'] }],
};
const visit = {
  kind: 'form', id: 'visit', name: t('Visit', '拜访'),
  fields: [{ id: 'customer', type: 'reference', target: 'customer', label: t('Customer', '客户'), required: true }, { id: 'note', type: 'text', label: t('Note') }],
  sections: [{ id: 'main', label: t('Main'), columns: 1, fields: ['customer', 'note'] }],
};
const credit = {
  format: 'heng.bundle/1', id: 'credit_demo', name: t('Credit demo', '信用演示'), version: '1.0.0',
  roles: [{ id: 'boss', name: t('Boss', '老板') }, { id: 'risk_officer', name: t('Risk officer', '风控专员') }, { id: 'sales_director', name: t('Sales director', '销售总监') }, { id: 'finance_director', name: t('Finance director', '财务总监') }],
  definitions: [customer, visit, applicationForm, approvalFlow],
  seed: { customer: [{ id: 'c1', values: { company_name: '闽江钢铁', region: 'east' } }, { id: 'c2', values: { company_name: '岷山食品', region: 'west' } }], visit: [{ values: { customer: 'c2', note: 'first visit' } }] },
};

const MODULES = [...RECORD_TEST_MODULES, approvalRoutes(), bundleRoutes({ templates: templatesOf([credit as never]) })];

async function contents(db: Db, tenantId: string): Promise<unknown> {
  return db.withTenant(tenantId, async (tx) => ({
    definitions: await tx.query('SELECT kind, id, revision FROM definitions ORDER BY kind, id'),
    versions: await tx.query('SELECT kind, id, version FROM definition_versions ORDER BY kind, id, version'),
    records: await tx.query('SELECT form_id, data FROM records ORDER BY form_id, id'),
    roles: await tx.query('SELECT id FROM roles ORDER BY id'),
  }));
}

const post = async (who: Caller, path: string, body: unknown) => {
  const res = await who.call('POST', path, body);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { plan?: { definitions: { id: string; action: string }[] } } };
};

onBothDatabases(
  (app) => {
    describe('templates and bundles', () => {
      it('lists the gallery, dry-runs, then imports a template with its seed data and references resolved', async () => {
        const admin = await caller(app(), ['admin']);
        const before = await contents(app().db, admin.company.tenantId);
        const list = (await (await admin.call('GET', '/api/templates')).json()) as { items: { id: string; definitions: Record<string, number>; seedRecords: number }[] };
        expect(list.items).toEqual([expect.objectContaining({ id: 'credit_demo', definitions: { form: 3, flow: 1 }, seedRecords: 3 })]);
        const dry = await post(admin, '/api/templates/credit_demo/plan', {});
        expect(dry.status).toBe(200);
        expect(dry.body.plan).toMatchObject({ roles: { create: ['boss'], existing: ['risk_officer', 'sales_director', 'finance_director'] }, seedRecords: 3 });
        expect(await contents(app().db, admin.company.tenantId)).toEqual(before);

        const done = await post(admin, '/api/templates/credit_demo/import', {});
        expect(done.status).toBe(201);
        expect(done.body.records).toBe(3);
        const visits = (await (await admin.call('GET', '/api/forms/visit/records')).json()) as { items: { data: { customer: string } }[] };
        const customers = (await (await admin.call('GET', '/api/forms/customer/records?filter[company_name]=岷山食品')).json()) as { items: { id: string }[] };
        expect(visits.items[0]?.data.customer).toBe(customers.items[0]?.id);

        // Again: every id clashes, so the plan renames them all unless told to replace.
        const again = await post(admin, '/api/templates/credit_demo/plan', { resolutions: { 'form:customer': 'replace' } });
        expect(again.body.plan?.definitions.map((d) => `${d.id}:${d.action}`)).toEqual(['customer:replace', 'visit_2:rename', 'credit_application_2:rename', 'credit_approval_2:rename']);
      });

      it('writes the seed of a referenced form first, whatever the order of the definitions', async () => {
        const admin = await caller(app(), ['admin']);
        const done = await post(admin, '/api/bundles/import', { bundle: { ...credit, definitions: [visit, customer, applicationForm, approvalFlow] } });
        expect(done.status, JSON.stringify(done.body)).toBe(201);
        const visits = (await (await admin.call('GET', '/api/forms/visit/records')).json()) as { items: { data: { customer: string } }[] };
        const customers = (await (await admin.call('GET', '/api/forms/customer/records?filter[company_name]=岷山食品')).json()) as { items: { id: string }[] };
        expect(visits.items[0]?.data.customer).toBe(customers.items[0]?.id);
      });

      it('refuses a broken bundle with every problem at its path, and leaves the company as it was', async () => {
        const admin = await caller(app(), ['admin']);
        const before = await contents(app().db, admin.company.tenantId);
        const broken = { ...credit, definitions: [customer, { ...visit, fields: [{ ...visit.fields[0], target: 'custmer' }, visit.fields[1]] }] };
        for (const path of ['/api/bundles/plan', '/api/bundles/import']) {
          const res = await post(admin, path, { bundle: broken });
          expect(res.status).toBe(422);
          expect((res.body.problems as { path: string }[]).map((p) => p.path)).toContain('/bundle/definitions/1/fields/0/target');
        }
        // A bundle that checks out but breaks the database half-way (two seed customers with one unique name) writes nothing either.
        const clash = { ...credit, seed: { customer: [{ values: { company_name: 'Same' } }, { values: { company_name: 'Same' } }] } };
        expect((await post(admin, '/api/bundles/import', { bundle: clash })).status).toBe(422);
        expect(await contents(app().db, admin.company.tenantId)).toEqual(before);
      });

      it('exports the app so another company imports the same definitions; admins only', async () => {
        const a = await caller(app(), ['admin']);
        expect((await post(a, '/api/templates/credit_demo/import', {})).status).toBe(201);
        const res = await a.call('GET', '/api/bundles/export?id=copy');
        expect(res.headers.get('content-disposition')).toContain('copy.heng.json');
        const bundle = (await res.json()) as { definitions: { kind: string; id: string }[] };
        expect(bundle.definitions.map((d) => `${d.kind}:${d.id}`)).toEqual(['form:credit_application', 'form:customer', 'form:visit', 'flow:credit_approval']);
        const b = await caller(app(), ['admin']);
        expect((await post(b, '/api/bundles/import', { bundle })).status).toBe(201);
        const ids = (await (await b.call('GET', '/api/definitions')).json()) as { items: { id: string; latestVersion: number }[] };
        expect(ids.items.map((d) => [d.id, d.latestVersion]).sort()).toEqual([['credit_application', 1], ['credit_approval', 1], ['customer', 1], ['visit', 1]]);
        const sales = await caller(app(), ['salesperson'], b.company);
        expect((await sales.call('GET', '/api/templates')).status).toBe(403);
        expect((await post(sales, '/api/bundles/import', { bundle })).status).toBe(403);
        expect((await post(b, '/api/templates/nope/plan', {})).status).toBe(404);
      });
    });
  },
  { modules: MODULES },
);
