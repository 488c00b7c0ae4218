import { beforeAll, describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { created, RECORD_TEST_MODULES, RECORDS, shop } from './testing.js';
import type { Shop } from './testing.js';

interface Page {
  items: { id: string; data: Record<string, unknown> }[];
  nextCursor: string | null;
}

const SEED = [
  { company_name: 'Anshan Steel', industry: 'steel', annual_sales: 5_000_000, founded: '1998-03-01', risk_notes: 'slow payer' },
  { company_name: 'Baowu', industry: 'steel', annual_sales: 900_000, founded: '2016-12-01' },
  { company_name: 'Cosco Services', industry: 'services', annual_sales: 1_000_000, founded: '2005-06-30' },
  { company_name: 'Delta Logistics', industry: 'services', annual_sales: 1_000_000 },
  { company_name: 'Eastern Steelworks', industry: 'steel' },
  { company_name: 'Fujian Trading, Ltd.', annual_sales: 12.5, founded: '2020-01-01' },
  { company_name: 'Guangzhou Metals', industry: 'steel', annual_sales: 250_000_000.99, founded: '1990-10-10' },
];

const names = (page: Page): unknown[] => page.items.map((r) => r.data['company_name']);

onBothDatabases(
  (app) => {
    let s: Shop;
    beforeAll(async () => {
      s = await shop(app());
      for (const data of SEED) {
        app().clock.advance(1000);
        await created(s.admin, data);
      }
      const gone = await created(s.admin, { company_name: 'Zombie Steel', industry: 'steel' });
      await s.admin.call('DELETE', `${RECORDS}/${gone.id}`, undefined, { 'If-Match': gone.etag });
    });
    const list = async (query: string, who: 'admin' | 'sales' = 'admin'): Promise<Page> => {
      const res = await s[who].call('GET', `${RECORDS}?${query}`);
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as Page;
    };
    const all = async (query: string, limit: number): Promise<unknown[]> => {
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await list(`${query}&limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...names(page));
        cursor = page.nextCursor;
      } while (cursor !== null);
      return seen;
    };

    describe('filter', () => {
      it('filters by equality, comparison, lists of values, text and dates; deleted records never show', async () => {
        expect(names(await list('filter[industry]=steel&sort=company_name'))).toEqual(['Anshan Steel', 'Baowu', 'Eastern Steelworks', 'Guangzhou Metals']);
        expect(names(await list('filter[annual_sales][gte]=1000000&sort=company_name'))).toEqual(['Anshan Steel', 'Cosco Services', 'Delta Logistics', 'Guangzhou Metals']);
        expect(names(await list('filter[annual_sales][lt]=1000000&filter[industry][ne]=services&sort=company_name'))).toEqual(['Baowu', 'Fujian Trading, Ltd.']);
        expect(names(await list('filter[industry][in]=services,steel&filter[annual_sales]=1000000&sort=company_name'))).toEqual(['Cosco Services', 'Delta Logistics']);
        expect(names(await list('filter[company_name][contains]=STEEL&sort=company_name'))).toEqual(['Anshan Steel', 'Eastern Steelworks']);
        // A value holding a comma escapes it with a backslash; plain values read as before.
        const inNames = new URLSearchParams({ 'filter[company_name][in]': 'Fujian Trading\\, Ltd.,Baowu,Fujian Trading', sort: 'company_name' });
        expect(names(await list(inNames.toString()))).toEqual(['Baowu', 'Fujian Trading, Ltd.']);
        expect(names(await list('filter[founded][lt]=2006-01-01&sort=founded'))).toEqual(['Guangzhou Metals', 'Anshan Steel', 'Cosco Services']);
      });

      it('finds the records where a field is left empty, or filled', async () => {
        expect(names(await list('filter[industry][empty]=true&sort=company_name'))).toEqual(['Fujian Trading, Ltd.']);
        expect(names(await list('filter[annual_sales][empty]=true&sort=company_name'))).toEqual(['Eastern Steelworks']);
        expect(names(await list('filter[founded][filled]=true&filter[industry][eq]=steel&sort=company_name'))).toEqual(['Anshan Steel', 'Baowu', 'Guangzhou Metals']);
        expect(names(await list('filter[risk_notes][filled]=true'))).toEqual(['Anshan Steel']);
        const res = await s.admin.call('GET', `${RECORDS}?filter[industry][empty]=false`);
        expect(res.status).toBe(422);
        expect(((await res.json()) as ProblemDocument).problems?.map((p) => p.path)).toEqual(['/query/filter[industry][empty]']);
      });

      it('refuses unknown fields, hidden fields, wrong operators and values as 422 problems at /query/<name>', async () => {
        const cases: [string, 'admin' | 'sales', string[]][] = [
          ['filter[nope]=1', 'admin', ['/query/filter[nope]']],
          ['filter[risk_notes]=slow%20payer', 'sales', ['/query/filter[risk_notes]']],
          ['sort=risk_notes', 'sales', ['/query/sort']],
          ['filter[annual_sales]=lots&filter[founded][contains]=19', 'admin', ['/query/filter[annual_sales]', '/query/filter[founded][contains]']],
          ['filter[founded][gte]=2024-02-30', 'admin', ['/query/filter[founded][gte]']],
          ['filter=industry', 'admin', ['/query/filter']],
          ['sort=-nope&limit=500&cursor=abc', 'admin', ['/query/sort', '/query/limit', '/query/cursor']],
        ];
        for (const [query, who, paths] of cases) {
          const res = await s[who].call('GET', `${RECORDS}?${query}`);
          const doc = (await res.json()) as ProblemDocument;
          expect([query, res.status, (doc.problems ?? []).map((p) => p.path)]).toEqual([query, 422, paths]);
          for (const p of doc.problems ?? []) expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
        }
      });

      it('lets admins filter on what salespeople cannot see, and removes hidden fields from every listed record', async () => {
        expect(names(await list('filter[risk_notes]=slow%20payer'))).toEqual(['Anshan Steel']);
        const page = await list('sort=company_name', 'sales');
        expect(page.items).toHaveLength(7);
        for (const r of page.items) expect(r.data).not.toHaveProperty('risk_notes');
      });
    });

    describe('sort and keyset pages', () => {
      it('pages through every record exactly once in each order, empty values last', async () => {
        const up = await all('sort=annual_sales', 2);
        // Cosco and Delta tie on sales: the id breaks the tie, so either may come first, but once each.
        expect([...up.slice(0, 2), ...up.slice(2, 4).sort(), ...up.slice(4)]).toEqual(['Fujian Trading, Ltd.', 'Baowu', 'Cosco Services', 'Delta Logistics', 'Anshan Steel', 'Guangzhou Metals', 'Eastern Steelworks']);
        const down = await all('sort=-annual_sales', 3);
        expect(down.slice(0, 2)).toEqual(['Guangzhou Metals', 'Anshan Steel']);
        expect(down.slice(-1)).toEqual(['Eastern Steelworks']);
        expect(new Set(down).size).toBe(7);
        const byFounded = await all('sort=founded', 2);
        expect(byFounded.slice(0, 5)).toEqual(['Guangzhou Metals', 'Anshan Steel', 'Cosco Services', 'Baowu', 'Fujian Trading, Ltd.']);
        expect(byFounded.slice(5).sort()).toEqual(['Delta Logistics', 'Eastern Steelworks']);
        expect(await all('sort=-createdAt', 3)).toEqual(SEED.map((r) => r.company_name).reverse());
        expect(await all('sort=createdAt', 4)).toEqual(SEED.map((r) => r.company_name));
      });

      it('refuses a cursor made for another sort', async () => {
        const first = await list('sort=company_name&limit=2');
        const res = await s.admin.call('GET', `${RECORDS}?sort=-company_name&cursor=${first.nextCursor!}`);
        expect(res.status).toBe(422);
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
