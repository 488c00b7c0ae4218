import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { parseCsv } from '@heng/engine';
import { created, RECORD_TEST_MODULES, RECORDS, shop } from './testing.js';

const csvHeaders = { 'Content-Type': 'text/csv' };

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
  },
  { modules: RECORD_TEST_MODULES },
);
