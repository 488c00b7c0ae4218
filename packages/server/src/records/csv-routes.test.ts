import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { parseCsv } from '@heng/engine';
import { createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { createUser } from '../tenancy/users.js';
import { customer, listAll, team } from './row-access-testing.js';
import { created, RECORD_TEST_MODULES, RECORDS, shop } from './testing.js';

const csvHeaders = { 'Content-Type': 'text/csv' };

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const categories = [
  { id: 'option_1', label: t('Parts', '零部件') },
  { id: 'option_2', label: t('Raw materials', '原材料') },
];
/** A supplier form as an admin designs one: option codes behind labels, a percent, two fields labelled 备注. */
const supplierForm = {
  kind: 'form',
  id: 'supplier',
  name: t('Supplier', '供应商'),
  fields: [
    { id: 'supplier_name', type: 'text', label: t('Supplier name', '供应商名称'), required: true },
    { id: 'category', type: 'single_select', label: t('Category', '类别'), options: categories },
    { id: 'certificates', type: 'multi_select', label: t('Certificates', '资质'), options: [{ id: 'option_1', label: t('ISO 9001', 'ISO 9001 质量') }, { id: 'option_2', label: t('ISO 14001', 'ISO 14001 环境') }] },
    { id: 'on_time_rate', type: 'percent', label: t('On-time rate', '准时率'), decimals: 1, rules: { min: 0, max: 1 } },
    { id: 'note_a', type: 'text', label: t('Note', '备注') },
    { id: 'note_b', type: 'text', label: t('Remark', '备注') },
    { id: 'audited', type: 'boolean', label: t('Audited', '已审核') },
    { id: 'region', type: 'reference', label: t('Region', '区域'), target: 'region' },
  ],
  sections: [{ id: 'main', label: t('Main', '基本'), columns: 2, fields: ['supplier_name', 'category', 'certificates', 'on_time_rate', 'note_a', 'note_b', 'audited', 'region'] }],
};
/** The regions suppliers are in: named by a text two regions may share. */
const regionForm = {
  kind: 'form',
  id: 'region',
  name: t('Region', '区域'),
  fields: [{ id: 'region_name', type: 'text', label: t('Region name', '区域名称'), required: true }],
  sections: [{ id: 'main', label: t('Main', '基本'), columns: 1, fields: ['region_name'] }],
};
const SUPPLIERS = '/api/forms/supplier/records';
/** Orders of the customers salespeople reach only when theirs. */
const orderForm = {
  kind: 'form',
  id: 'order',
  name: t('Order', '订单'),
  fields: [
    { id: 'order_no', type: 'text', label: t('Order no', '订单号'), required: true },
    { id: 'customer', type: 'reference', label: t('Customer', '客户'), target: 'customer' },
  ],
  sections: [{ id: 'main', label: t('Main', '基本'), columns: 1, fields: ['order_no', 'customer'] }],
};

/** A company of the shop with the region and supplier forms published, and the regions named. */
async function suppliersOf(app: Parameters<typeof shop>[0], regions: readonly string[]): Promise<{ admin: Caller; regions: string[] }> {
  const { admin } = await shop(app);
  await createAndPublish(admin, regionForm);
  await createAndPublish(admin, supplierForm);
  const ids: string[] = [];
  for (const name of regions) ids.push((await created(admin, { region_name: name }, '/api/forms/region/records')).id);
  return { admin, regions: ids };
}

const rowsOf = (text: string): string[][] => {
  const csv = parseCsv(text);
  return 'rows' in csv ? csv.rows : [];
};

async function suppliers(admin: Caller): Promise<Record<string, unknown>[]> {
  const list = (await (await admin.call('GET', `${SUPPLIERS}?sort=supplier_name`)).json()) as { items: { data: Record<string, unknown> }[] };
  return list.items.map((r) => r.data);
}

onBothDatabases(
  (app) => {
    describe('CSV export', () => {
      it('exports the filtered list with a BOM, hidden fields left out, formula text guarded', async () => {
        const { admin, sales } = await shop(app());
        const a = await created(admin, { company_name: 'Acme, "Steel"', industry: 'steel', total_assets: 100, total_liabilities: 50, risk_notes: 'secret' });
        await created(admin, { company_name: '=cmd()', industry: 'services' });
        const res = await sales.call('GET', '/api/forms/customer/export.csv?filter[industry]=steel');
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/csv');
        const bytes = new Uint8Array(await res.arrayBuffer());
        // The BOM Excel needs to read UTF-8 (fetch's text() drops it, so look at the bytes).
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder().decode(bytes);
        expect(text).not.toContain('secret');
        expect(parseCsv(text)).toEqual({
          rows: [
            ['id', 'company_name', 'industry', 'annual_sales', 'total_assets', 'total_liabilities', 'debt_ratio', 'founded', 'credit_limit'],
            [a.id, 'Acme, "Steel"', 'steel', '', '100', '50', '50%', '', ''],
          ],
        });
        const all = parseCsv(await (await admin.call('GET', '/api/forms/customer/export.csv?sort=company_name')).text());
        expect('rows' in all && all.rows.map((r) => r[1])).toEqual(['company_name', "'=cmd()", 'Acme, "Steel"']);
        expect((await admin.call('GET', '/api/forms/customer/export.csv?filter[nope]=1')).status).toBe(422);
        expect((await admin.call('GET', '/api/forms/nope/export.csv')).status).toBe(404);
      });
    });

    describe('CSV import', () => {
      it('imports every row, and an export imports back as new records', async () => {
        const { admin } = await shop(app());
        const csv = 'company_name,industry,annual_sales,total_assets,total_liabilities,debt_ratio\r\n"Alpha, Ltd",steel,1000,10,5,0.5\r\nBeta,,,,,\r\n';
        const res = await admin.call('POST', '/api/forms/customer/import', csv, csvHeaders);
        expect(res.status).toBe(201);
        const body = (await res.json()) as { created: number; ids: string[] };
        expect(body.created).toBe(2);
        const alpha = (await (await admin.call('GET', `${RECORDS}/${body.ids[0]!}`)).json()) as { data: unknown };
        expect(alpha.data).toEqual({ company_name: 'Alpha, Ltd', industry: 'steel', annual_sales: 1000, total_assets: 10, total_liabilities: 5, debt_ratio: 0.5 });
        const exported = await (await admin.call('GET', '/api/forms/customer/export.csv')).text();
        const other = await shop(app());
        const again = await other.admin.call('POST', '/api/forms/customer/import', exported, csvHeaders);
        expect(again.status).toBe(201);
        expect(((await again.json()) as { created: number }).created).toBe(2);
      });

      it('creates nothing when any row has a problem, and reports every row', async () => {
        const { admin, sales } = await shop(app());
        await created(admin, { company_name: 'Taken' });
        const csv = 'company_name,annual_sales\nGood,1\n,2\nTaken,x\nTwice,1\nTwice,2\n';
        const res = await admin.call('POST', '/api/forms/customer/import', csv, csvHeaders);
        expect(res.status).toBe(422);
        const paths = ((await res.json()) as ProblemDocument).problems!.map((p) => `${p.path} ${p.code}`);
        // Row 5 repeats row 4's unique name: rows of one file see each other.
        expect(paths).toEqual(['/rows/2/company_name value.required', '/rows/3/annual_sales value.type', '/rows/5/company_name record.unique']);
        const list = (await (await admin.call('GET', RECORDS)).json()) as { items: unknown[] };
        expect(list.items).toHaveLength(1);
        const hidden = await sales.call('POST', '/api/forms/customer/import', 'company_name,risk_notes\nX,y\n', csvHeaders);
        expect(((await hidden.json()) as ProblemDocument).problems!.map((p) => p.path)).toEqual(['/header/1']);
        const readOnly = await sales.call('POST', '/api/forms/customer/import', 'company_name,credit_limit\nX,5\n', csvHeaders);
        expect(((await readOnly.json()) as ProblemDocument).problems!.map((p) => `${p.path} ${p.code}`)).toEqual(['/rows/1/credit_limit access.read']);
      });

      it('checks without keeping anything on a dry run: the count, or every problem', async () => {
        const { admin } = await shop(app());
        const ok = await admin.call('POST', '/api/forms/customer/import?dryRun=true', 'company_name,annual_sales\nDry One,1\nDry Two,2\n', csvHeaders);
        expect([ok.status, await ok.json()]).toEqual([200, { created: 0, rows: 2 }]);
        const bad = await admin.call('POST', '/api/forms/customer/import?dryRun=true', 'company_name,annual_sales\nDry Three,x\n', csvHeaders);
        expect(bad.status).toBe(422);
        expect(((await bad.json()) as ProblemDocument).problems?.map((p) => p.path)).toEqual(['/rows/1/annual_sales']);
        // Text the database cannot store (a NUL character) is a 400 on a dry run as on the import, not a 500.
        const refused = 'company_name,annual_sales\nDry Four,1\nDry\u0000Five,2\n';
        const dry = await admin.call('POST', '/api/forms/customer/import?dryRun=true', refused, csvHeaders);
        const real = await admin.call('POST', '/api/forms/customer/import', refused, csvHeaders);
        expect([dry.status, real.status]).toEqual([400, 400]);
        const list = (await (await admin.call('GET', RECORDS)).json()) as { items: unknown[] };
        expect(list.items).toEqual([]);
      });

      it('answers bad files with problems, never a 500', async () => {
        const { admin } = await shop(app());
        const cases: [string, Record<string, string>, number, string][] = [
          ['company_name\n"open', csvHeaders, 400, 'malformed_csv'],
          ['', csvHeaders, 422, 'validation_failed'],
          ['company_name\nx', { 'Content-Type': 'application/json' }, 415, 'unsupported_media_type'],
          [`company_name\n${'x\n'.repeat(10_001)}`, csvHeaders, 422, 'too_many_rows'],
        ];
        for (const [body, headers, status, code] of cases) {
          const res = await admin.call('POST', '/api/forms/customer/import', body, headers);
          expect([body.slice(0, 20), res.status, ((await res.json()) as ProblemDocument).code]).toEqual([body.slice(0, 20), status, code]);
        }
      });
    });

    describe('CSV in the form\'s terms', () => {
      it('exports a percent as the form shows it, and reads 85% or 85 as 85%', async () => {
        const { admin } = await suppliersOf(app(), []);
        await created(admin, { supplier_name: 'A', on_time_rate: 0.85 }, SUPPLIERS);
        await created(admin, { supplier_name: 'B', on_time_rate: 0.125 }, SUPPLIERS);
        const exported = parseCsv(await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name')).text());
        expect('rows' in exported && exported.rows.map((r) => r[4])).toEqual(['on_time_rate', '85%', '12.5%']);
        const csv = 'supplier_name,on_time_rate\nC,95\nD,95%\nE,12.5%\nF, 7 \n';
        expect((await admin.call('POST', '/api/forms/supplier/import', csv, csvHeaders)).status).toBe(201);
        expect((await suppliers(admin)).map((d) => d['on_time_rate'])).toEqual([0.85, 0.125, 0.95, 0.95, 0.125, 0.07]);
        const bad = await admin.call('POST', '/api/forms/supplier/import', 'supplier_name,on_time_rate\nG,9500%\nH,lots\nI,12.34%\n', csvHeaders);
        const problems = ((await bad.json()) as ProblemDocument).problems!;
        expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/rows/1/on_time_rate value.max', '/rows/2/on_time_rate value.type', '/rows/3/on_time_rate value.decimals']);
        expect(problems[1]?.messageZh).toContain('85% 请填 85% 或 85');
      });

      it('reads a select by its option code or its label in either language, and names the labels when it is neither', async () => {
        const { admin } = await suppliersOf(app(), []);
        const csv = 'supplier_name,category,certificates\nA,零部件,ISO 9001 质量;ISO 14001\nB,Raw materials,option_1\nC,option_2,\n';
        const res = await admin.call('POST', '/api/forms/supplier/import', csv, csvHeaders);
        expect(res.status).toBe(201);
        expect((await suppliers(admin)).map((d) => [d['category'], d['certificates']])).toEqual([
          ['option_1', ['option_1', 'option_2']],
          ['option_2', ['option_1']],
          ['option_2', undefined],
        ]);
        const bad = await admin.call('POST', '/api/forms/supplier/import', 'supplier_name,category,certificates\nD,电子件,ISO 9001;ISO 9002\n', csvHeaders);
        const problems = ((await bad.json()) as ProblemDocument).problems!;
        expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/rows/1/category value.option', '/rows/1/certificates/1 value.option']);
        expect(problems[0]?.messageZh).toBe('类别没有选项 "电子件"：请填写 零部件、原材料 之一（中文或英文名称，或选项编码均可）。');
        expect(problems[0]?.message).toBe('Category has no option "电子件": write one of Parts, Raw materials (its English or Chinese label, or its code).');
      });

      it('reads headers that are field labels in either language, and refuses a label two fields share', async () => {
        const { admin, sales } = await shop(app());
        await createAndPublish(admin, regionForm);
        await createAndPublish(admin, supplierForm);
        const csv = ' 供应商名称 ,Category,准时率,Remark\nA,零部件,85%,x\n';
        const res = await admin.call('POST', '/api/forms/supplier/import', csv, csvHeaders);
        expect(res.status).toBe(201);
        expect(await suppliers(admin)).toEqual([{ supplier_name: 'A', category: 'option_1', on_time_rate: 0.85, note_b: 'x' }]);
        const bad = await admin.call('POST', '/api/forms/supplier/import', '供应商名称,备注,Supplier name,供应商\nB,y,B,z\n', csvHeaders);
        const problems = ((await bad.json()) as ProblemDocument).problems!;
        expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/header/1 csv.header', '/header/2 csv.header', '/header/3 csv.header']);
        expect(problems[0]?.messageZh).toContain('备注（note_a）、备注（note_b）');
        expect((await suppliers(admin)).map((d) => d['supplier_name'])).toEqual(['A']);
        // A label of a field hidden from the caller is as unknown as its id.
        const hidden = await sales.call('POST', '/api/forms/customer/import', 'company_name,风控备注\nX,y\n', csvHeaders);
        expect(((await hidden.json()) as ProblemDocument).problems!.map((p) => p.path)).toEqual(['/header/1']);
      });

      it('imports an export, written in the form\'s terms, back unchanged', async () => {
        const { admin } = await suppliersOf(app(), []);
        const rows = [
          { supplier_name: 'A', category: 'option_1', certificates: ['option_2', 'option_1'], on_time_rate: 0.855, note_a: '=1+1', note_b: 'Acme, "Ltd"', audited: true },
          { supplier_name: 'B', on_time_rate: 0.07, audited: false },
          { supplier_name: 'C', category: 'option_2', on_time_rate: 1 },
        ];
        for (const row of rows) await created(admin, row, SUPPLIERS);
        const exported = await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name')).text();
        expect(rowsOf(exported).map((r) => r.slice(1))).toEqual([
          ['supplier_name', 'category', 'certificates', 'on_time_rate', 'note_a', 'note_b', 'audited', 'region'],
          ['A', 'option_1', 'option_2;option_1', '85.5%', "'=1+1", 'Acme, "Ltd"', 'true', ''],
          ['B', '', '', '7%', '', '', 'false', ''],
          ['C', 'option_2', '', '100%', '', '', '', ''],
        ]);
        const other = await suppliersOf(app(), []);
        expect((await other.admin.call('POST', '/api/forms/supplier/import', exported, csvHeaders)).status).toBe(201);
        expect(await suppliers(other.admin)).toEqual(rows);
      });

      it('exports in the words of the language asked for (labels, option labels, 是/否, a region by its name), which imports back into another company unchanged', async () => {
        const { admin, regions } = await suppliersOf(app(), ['华东', 'North']);
        const rows = [
          { supplier_name: 'A', category: 'option_1', certificates: ['option_2', 'option_1'], on_time_rate: 0.855, note_a: '=1+1', note_b: 'x', audited: true, region: regions[0] },
          { supplier_name: 'B', on_time_rate: 0.07, audited: false, region: regions[1] },
          { supplier_name: 'C', category: 'option_2' },
        ];
        for (const row of rows) await created(admin, row, SUPPLIERS);
        const zh = await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name&lang=zh-CN')).text();
        // 备注 is the label of two fields: those columns keep their ids, so the file still reads back.
        expect(rowsOf(zh).map((r) => r.slice(1))).toEqual([
          ['供应商名称', '类别', '资质', '准时率', 'note_a', 'note_b', '已审核', '区域'],
          ['A', '零部件', 'ISO 14001 环境;ISO 9001 质量', '85.5%', "'=1+1", 'x', '是', '华东'],
          ['B', '', '', '7%', '', '', '否', 'North'],
          ['C', '原材料', '', '', '', '', '', ''],
        ]);
        const en = await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name&lang=en')).text();
        expect(rowsOf(en).map((r) => r.slice(1, 9))).toEqual([
          ['Supplier name', 'Category', 'Certificates', 'On-time rate', 'Note', 'Remark', 'Audited', 'Region'],
          ['A', 'Parts', 'ISO 14001;ISO 9001', '85.5%', "'=1+1", 'x', 'Yes', '华东'],
          ['B', '', '', '7%', '', '', 'No', 'North'],
          ['C', 'Raw materials', '', '', '', '', '', ''],
        ]);
        for (const text of [zh, en]) {
          const other = await suppliersOf(app(), ['North', '华东']);
          const res = await other.admin.call('POST', '/api/forms/supplier/import', text, csvHeaders);
          expect(res.status, await res.clone().text()).toBe(201);
          const regionOf = new Map([[regions[0], other.regions[1]], [regions[1], other.regions[0]]]);
          expect(await suppliers(other.admin)).toEqual(rows.map((r) => (r.region === undefined ? r : { ...r, region: regionOf.get(r.region) })));
        }
        const bad = await admin.call('GET', '/api/forms/supplier/export.csv?lang=fr');
        expect([bad.status, ((await bad.json()) as ProblemDocument).problems?.map((p) => p.path)]).toEqual([422, ['/query/lang']]);
        const maybe = await admin.call('POST', '/api/forms/supplier/import', '供应商名称,已审核\nD,也许\n', csvHeaders);
        expect(((await maybe.json()) as ProblemDocument).problems?.map((p) => [p.path, p.messageZh])).toEqual([['/rows/1/audited', '已审核应为是/否，而不是 "也许"：请填写 是 或 否（Yes/No、true/false 亦可）。']]);
      });

      it('names a region by its id where another shares its name, and reads a name only when it names one region', async () => {
        const { admin, regions } = await suppliersOf(app(), ['East', 'East', 'West']);
        await created(admin, { supplier_name: 'A', region: regions[0] }, SUPPLIERS);
        await created(admin, { supplier_name: 'B', region: regions[2] }, SUPPLIERS);
        const exported = rowsOf(await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name&lang=en')).text());
        expect(exported.map((r) => r[8])).toEqual(['Region', regions[0], 'West']);
        const csv = `Supplier name,Region\nC,West\nD, East \nE,South\nF,${regions[1]!}\n`;
        const res = await admin.call('POST', '/api/forms/supplier/import', csv, csvHeaders);
        const problems = ((await res.json()) as ProblemDocument).problems!;
        expect([res.status, problems.map((p) => `${p.path} ${p.code}`)]).toEqual([422, ['/rows/2/region record.reference.ambiguous', '/rows/3/region record.reference.unknown']]);
        expect(problems[0]?.messageZh).toBe(`区域：有多条区域名为 "East"（${regions.slice(0, 2).sort().join('、')}），请改填记录 ID。`);
        expect(problems[1]?.message).toBe('Region names no region "South" that you can see: give the record\'s title or id.');
        const fixed = await admin.call('POST', '/api/forms/supplier/import', `Supplier name,Region\nC,West\nF,${regions[1]!}\n`, csvHeaders);
        expect(fixed.status).toBe(201);
        expect((await suppliers(admin)).map((d) => d['region'])).toEqual([regions[0], regions[2], regions[2], regions[1]]);
      });
    });

    describe('CSV user cells', () => {
      it('reads a user by e-mail in any case, name or id, stores their id so their row rules see it, and exports their e-mail', async () => {
        const { admin, ann, bob } = await team(app());
        const slug = admin.company.slug;
        const csv = `company_name,负责业务员\nAnn Co,ANN@${slug.toUpperCase()}.cn\nBob Co,bob\nBob Two,${bob.id}\n`;
        const res = await admin.call('POST', '/api/forms/customer/import', csv, csvHeaders);
        expect(res.status, await res.clone().text()).toBe(201);
        const { ids } = (await res.json()) as { ids: string[] };
        expect(await listAll(ann, 'sort=company_name', 10)).toEqual([ids[0]]);
        expect(await listAll(bob, 'sort=company_name', 10)).toEqual([ids[1], ids[2]]);
        const exported = parseCsv(await (await admin.call('GET', '/api/forms/customer/export.csv?sort=company_name')).text());
        const owners = 'rows' in exported ? exported.rows.map((r) => r[exported.rows[0]!.indexOf('sales_owner')]) : [];
        expect(owners).toEqual(['sales_owner', `ann@${slug}.cn`, `bob@${slug}.cn`, `bob@${slug}.cn`]);
      });

      it('refuses every row naming no active user, or a name two users share, and creates nothing', async () => {
        const { admin, ann } = await team(app());
        const slug = admin.company.slug;
        const twin = await createUser(app().db, admin.company.tenantId, { email: `ann.li@${slug}.cn`, displayName: 'ann', roles: ['salesperson'] });
        const csv = `company_name,sales_owner\nGood Co,${ann.id}\nNobody Co,nobody@x\nTwin Co,ann\n`;
        const res = await admin.call('POST', '/api/forms/customer/import', csv, csvHeaders);
        expect(res.status).toBe(422);
        expect(((await res.json()) as ProblemDocument).problems).toEqual([
          {
            path: '/rows/2/sales_owner', code: 'record.user.unknown',
            message: 'Salesperson in charge names no active user of this company as "nobody@x": give the user\'s e-mail or name (or id).',
            messageZh: '负责业务员中的 "nobody@x" 不是本企业的在用成员：请填写成员的邮箱或姓名（或 ID）。',
          },
          {
            path: '/rows/3/sales_owner', code: 'record.user.ambiguous',
            message: `Salesperson in charge: more than one user is named "ann" (ann.li@${slug}.cn, ann@${slug}.cn): give the user's e-mail instead.`,
            messageZh: `负责业务员：有多名成员叫 "ann"（ann.li@${slug}.cn、ann@${slug}.cn），请改填成员的邮箱。`,
          },
        ]);
        expect(await listAll(admin, 'sort=company_name', 10)).toEqual([]);
        const byEmail = await admin.call('POST', '/api/forms/customer/import', `company_name,sales_owner\nTwin Co,ANN.LI@${slug}.cn\n`, csvHeaders);
        const [id = ''] = ((await byEmail.json()) as { ids: string[] }).ids;
        expect(((await (await admin.call('GET', `${RECORDS}/${id}`)).json()) as { data: unknown }).data).toMatchObject({ sales_owner: twin.id });
      });
    });

    describe('CSV references and row access', () => {
      it('names a customer out of the exporter\'s reach by its id, and reads a name only among the customers the importer reaches', async () => {
        const { admin, ann, bob } = await team(app());
        const annCo = await customer(admin, { company_name: 'Ann Co', sales_owner: ann.id });
        const bobCo = await customer(admin, { company_name: 'Bob Co', sales_owner: bob.id });
        await createAndPublish(admin, orderForm);
        await created(admin, { order_no: 'O1', customer: annCo.id }, '/api/forms/order/records');
        await created(admin, { order_no: 'O2', customer: bobCo.id }, '/api/forms/order/records');
        const rows = rowsOf(await (await ann.call('GET', '/api/forms/order/export.csv?sort=order_no&lang=zh-CN')).text());
        expect(rows.map((r) => r.slice(1))).toEqual([['订单号', '客户'], ['O1', 'Ann Co'], ['O2', bobCo.id]]);
        const res = await ann.call('POST', '/api/forms/order/import', '订单号,客户\nO3,Bob Co\nO4,Ann Co\n', csvHeaders);
        const problems = ((await res.json()) as ProblemDocument).problems!;
        expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/rows/1/customer record.reference.unknown']);
        expect(problems[0]?.messageZh).toBe('客户中的 "Bob Co" 不是您可查看的客户：请填写记录标题或 ID。');
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
