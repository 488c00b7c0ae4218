import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { parseCsv } from '@heng/engine';
import { createAndPublish } from '../definitions/testing.js';
import { createUser } from '../tenancy/users.js';
import { csvHeaders, regionForm, rowsOf, SUPPLIERS, supplierForm, suppliers, suppliersOf } from './csv-testing.js';
import { listAll, team } from './row-access-testing.js';
import { created, RECORD_TEST_MODULES, RECORDS, shop } from './testing.js';

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
          { supplier_name: 'A', category: 'option_1', certificates: ['option_2', 'option_1'], on_time_rate: 0.855, note_a: '=1+1', note_b: 'Acme, "Ltd"', audited: true, contacts: [{ name: '张三', role: 'option_2', approval_limit: 50000 }] },
          { supplier_name: 'B', on_time_rate: 0.07, audited: false },
          { supplier_name: 'C', category: 'option_2', on_time_rate: 1 },
        ];
        for (const row of rows) await created(admin, row, SUPPLIERS);
        const exported = await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name')).text();
        expect(rowsOf(exported).map((r) => r.slice(1))).toEqual([
          ['supplier_name', 'category', 'certificates', 'on_time_rate', 'note_a', 'note_b', 'audited', 'region', 'contacts'],
          ['A', 'option_1', 'option_2;option_1', '85.5%', "'=1+1", 'Acme, "Ltd"', 'true', '', '[{"name":"张三","role":"option_2","approval_limit":50000}]'],
          ['B', '', '', '7%', '', '', 'false', '', ''],
          ['C', 'option_2', '', '100%', '', '', '', '', ''],
        ]);
        const other = await suppliersOf(app(), []);
        expect((await other.admin.call('POST', '/api/forms/supplier/import', exported, csvHeaders)).status).toBe(201);
        expect(await suppliers(other.admin)).toEqual(rows);
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

  },
  { modules: RECORD_TEST_MODULES },
);
