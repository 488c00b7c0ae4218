import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { customer, listAll, ROW_TEST_MODULES, team } from './row-access-testing.js';
import type { Team } from './row-access-testing.js';
import { RECORDS } from './testing.js';
import type { Member } from './testing.js';

const where = (doc: ProblemDocument): string[] => (doc.problems ?? []).map((p) => `${p.path} ${p.code}`).sort();

interface Book {
  readonly crew: Team;
  /** Each customer's id, owner and values, in creation order. */
  readonly rows: { id: string; owner: string | null; industry: string; sales: number }[];
}

/** Ann's 9 customers, Bob's 6 and 2 the admin left without an owner: industries and sales varied, some sales equal. */
async function book(crew: Team): Promise<Book> {
  const rows: Book['rows'] = [];
  const add = async (who: Member | null, i: number) => {
    const industry = i % 3 === 0 ? 'steel' : 'services';
    const sales = (i * 37) % 7 * 100;
    const made = await customer(who ?? crew.admin, { company_name: `Co ${i}`, industry, annual_sales: sales });
    rows.push({ id: made.id, owner: (made.data['sales_owner'] as string | undefined) ?? null, industry, sales });
  };
  for (let i = 0; i < 17; i++) await add(i < 9 ? crew.ann : i < 15 ? crew.bob : null, i);
  return { crew, rows };
}

/** The ids `owner` reaches sorted like `sort=-annual_sales` (ties by id, descending; no value last), keeping `keep`. */
const expected = (b: Book, owner: string | null, keep: (r: Book['rows'][number]) => boolean): string[] =>
  b.rows.filter((r) => (owner === null || r.owner === owner) && keep(r)).sort((x, y) => y.sales - x.sales || (y.id > x.id ? 1 : -1)).map((r) => r.id);

onBothDatabases(
  (app) => {
    describe('row access: lists', () => {
      it('shows a salesperson only their own customers, through filters, sorts and pages', async () => {
        const b = await book(await team(app()));
        const { ann, bob } = b.crew;
        expect(b.rows.filter((r) => r.owner === ann.id)).toHaveLength(9);
        expect((await listAll(ann, 'sort=createdAt', 4)).sort()).toEqual(b.rows.filter((r) => r.owner === ann.id).map((r) => r.id).sort());
        expect(await listAll(ann, 'sort=-annual_sales', 2)).toEqual(expected(b, ann.id, () => true));
        expect(await listAll(ann, 'filter[industry]=steel&sort=-annual_sales', 2)).toEqual(expected(b, ann.id, (r) => r.industry === 'steel'));
        expect(await listAll(bob, 'filter[annual_sales][gte]=300&sort=-annual_sales', 2)).toEqual(expected(b, bob.id, (r) => r.sales >= 300));
        expect(await listAll(bob, 'filter[industry][in]=steel,services&sort=-annual_sales', 5)).toEqual(expected(b, bob.id, () => true));
        // Naming another owner in a filter finds nothing: the rule and the filter both hold.
        expect(await listAll(ann, `filter[sales_owner]=${bob.id}`, 50)).toEqual([]);
      });

      it('shows everything to a sales manager, an admin, and a salesperson who is also a manager', async () => {
        const b = await book(await team(app()));
        const all = expected(b, null, () => true);
        expect(await listAll(b.crew.manager, 'sort=-annual_sales', 5)).toEqual(all);
        expect(await listAll(b.crew.admin, 'sort=-annual_sales', 50)).toEqual(all);
        const both = await b.crew.hire('sam', ['salesperson', 'sales_manager']);
        expect(await listAll(both, 'filter[industry]=steel&sort=-annual_sales', 3)).toEqual(expected(b, null, (r) => r.industry === 'steel'));
      });

      it('exports only the records the caller reaches', async () => {
        const b = await book(await team(app()));
        const csv = await (await b.crew.ann.call('GET', '/api/forms/customer/export.csv?sort=createdAt')).text();
        const ids = csv.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
        expect(ids.sort()).toEqual(b.rows.filter((r) => r.owner === b.crew.ann.id).map((r) => r.id).sort());
        expect(csv).not.toContain('Co 10');
      });
    });

    describe('row access: writes', () => {
      it('makes a salesperson the owner of what they create (though the field is read-only to them), and refuses another owner', async () => {
        const { ann, bob, admin } = await team(app());
        expect((await customer(ann, { company_name: 'Mine' })).data['sales_owner']).toBe(ann.id);
        expect((await customer(ann, { company_name: 'Named', sales_owner: ann.id })).data['sales_owner']).toBe(ann.id);
        const theirs = await ann.call('POST', RECORDS, { company_name: 'Theirs', sales_owner: bob.id });
        expect(theirs.status).toBe(422);
        const doc = (await theirs.json()) as ProblemDocument;
        expect(where(doc)).toEqual(['/sales_owner access.read', '/sales_owner row.owner']);
        expect(doc.problems?.[1]?.messageZh).toMatch(/"负责业务员" 必须是您本人/);
        expect((await ann.call('POST', RECORDS, { company_name: 'Nobody', sales_owner: null })).status).toBe(422);
        // An admin is held to nothing: no default, any owner.
        expect((await customer(admin, { company_name: 'Unowned' })).data['sales_owner']).toBeUndefined();
        expect((await customer(admin, { company_name: 'For Bob', sales_owner: bob.id })).data['sales_owner']).toBe(bob.id);
      });

      it('lets no salesperson move a customer to another owner; a manager hands it over, and it changes hands', async () => {
        const { ann, bob, manager } = await team(app());
        const rec = await customer(ann, { company_name: 'Moving Co', annual_sales: 5 });
        const path = `${RECORDS}/${rec.id}`;
        const moved = await ann.call('PATCH', path, { sales_owner: bob.id }, { 'If-Match': '"1"' });
        expect(moved.status).toBe(422);
        expect(where((await moved.json()) as ProblemDocument)).toEqual(['/sales_owner access.read', '/sales_owner row.owner']);
        expect((await ann.call('PATCH', path, { sales_owner: null }, { 'If-Match': '"1"' })).status).toBe(422);
        expect((await ann.call('PATCH', path, { annual_sales: 6 }, { 'If-Match': '"1"' })).status).toBe(200);
        const handed = await manager.call('PATCH', path, { sales_owner: bob.id }, { 'If-Match': '"2"' });
        expect(handed.status, await handed.clone().text()).toBe(200);
        expect((await ann.call('GET', path)).status).toBe(404);
        expect((await bob.call('GET', path)).status).toBe(200);
        expect(await listAll(ann, 'sort=createdAt', 50)).toEqual([]);
        expect(await listAll(bob, 'sort=createdAt', 50)).toEqual([rec.id]);
      });

      it('imports a salesperson’s CSV as theirs, or nothing when a row names another owner', async () => {
        const { ann, bob } = await team(app());
        const ok = await ann.call('POST', '/api/forms/customer/import', 'company_name,industry\nCSV One,steel\nCSV Two,services\n', { 'Content-Type': 'text/csv' });
        expect(ok.status, await ok.clone().text()).toBe(201);
        expect((await listAll(ann, 'sort=createdAt', 50)).sort()).toEqual(((await ok.json()) as { ids: string[] }).ids.sort());
        const bad = await ann.call('POST', '/api/forms/customer/import', `company_name,sales_owner\nCSV Three,\nCSV Four,${bob.id}\n`, { 'Content-Type': 'text/csv' });
        expect(bad.status).toBe(422);
        expect(where((await bad.json()) as ProblemDocument)).toEqual(['/rows/2/sales_owner access.read', '/rows/2/sales_owner row.owner']);
        expect(await listAll(ann, 'filter[company_name]=CSV%20Three', 50)).toEqual([]);
      });

      it('reaches nothing and creates nothing for a user with no role', async () => {
        const { ann, hire } = await team(app());
        await customer(ann, { company_name: 'Some Co' });
        const nobody = await hire('nobody', []);
        expect(await listAll(nobody, 'sort=createdAt', 50)).toEqual([]);
        const res = await nobody.call('POST', RECORDS, { company_name: 'No Role Co' });
        expect(where((await res.json()) as ProblemDocument)).toEqual([' row.none']);
      });
    });
  },
  { modules: ROW_TEST_MODULES },
);
