import { compileForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../db/port.js';
import type { Db, Queryable } from '../db/port.js';
import { backends } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { loadMigrations, migrate } from '../migrations/runner.js';
import { createTestPostgres, unmigrated } from '../test-support/databases.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { listRecords } from './list.js';
import { findRecord, insertRecord, writeRevision } from './store.js';
import { customerForm } from './testing.js';

const form = compileForm(customerForm as unknown as FormDefinition);
const T0 = '2024-05-01T00:00:00.000Z';

interface Seed {
  readonly id: string;
  readonly form?: string;
  readonly data: Record<string, unknown>;
  readonly deleted?: boolean;
}

/** Inserts records as the owner in one statement (the trigger keeps their keys), created a second apart. */
async function seed(q: Queryable, tenantId: string, rows: readonly Seed[]): Promise<void> {
  await q.query(
    `INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at, deleted_at)
     SELECT $1, coalesce(r->>'form', 'customer'), r->>'id', 1, r->'data', 1, $2::timestamptz + ord * interval '1 second', $2::timestamptz,
       CASE WHEN (r->>'deleted')::boolean THEN $2::timestamptz END
     FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(r, ord)`,
    [tenantId, T0, json(rows)],
  );
}

/** Every id of a list, page by page. */
async function pages(db: Db, tenantId: string, entries: [string, string][], limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: [string, string][] = [...entries, ['limit', String(limit)], ...(cursor === null ? [] : [['cursor', cursor] as [string, string]])];
    const page = await db.withTenant(tenantId, (tx) => listRecords(tx, tenantId, 'customer', form, { entries: query, userId: 'admin', roles: ['admin'] }));
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids;
}

// The query lists ran before the sort keys: every value read from `data`, every record sorted.
const num = (f: string): string => `(CASE WHEN jsonb_typeof(data->'${f}') = 'number' THEN (data->>'${f}')::numeric END)`;
const txt = (f: string): string => `(CASE WHEN jsonb_typeof(data->'${f}') IN ('string', 'boolean') THEN data->>'${f}' END)`;
const ORDER: Record<string, string> = { annual_sales: num('annual_sales'), company_name: txt('company_name'), founded: txt('founded') };

async function fullScan(db: Db, tenantId: string, sort: string, where: string): Promise<string[]> {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const dir = desc ? 'DESC' : 'ASC';
  const order = field === 'createdAt' ? `created_at ${dir}, id ${dir}` : `${ORDER[field]!} ${dir} NULLS LAST, id ${dir}`;
  const rows = await db.query<{ id: string }>(`SELECT id FROM records WHERE tenant_id = $1 AND form_id = 'customer' AND deleted_at IS NULL AND ${where} ORDER BY ${order}`, [tenantId]);
  return rows.map((r) => r.id);
}

/** 300 records: ties, decimals, negatives, missing values, values of the wrong JSON type, deleted records, another form's. */
const MIXED: Seed[] = Array.from({ length: 300 }, (_, i) => {
  const data: Record<string, unknown> = { industry: i % 2 === 0 ? 'services' : 'steel' };
  if (i % 10 === 1) data['company_name'] = true;
  else if (i % 10 !== 0) data['company_name'] = `Co ${(i * 13) % 50}`;
  if (i % 6 === 1) data['annual_sales'] = 'lots';
  else if (i % 6 !== 0) data['annual_sales'] = ((i * 31) % 40) * 250.5 - 1000;
  if (i % 5 !== 0) data['founded'] = `20${10 + ((i * 3) % 15)}-0${1 + (i % 9)}-1${i % 9}`;
  return { id: `r${String((i * 7) % 300).padStart(3, '0')}`, data, deleted: i % 17 === 0, ...(i % 23 === 0 ? { form: 'supplier' } : {}) };
});

const FILTERS: [entries: [string, string][], where: string][] = [
  [[], 'true'],
  [[['filter[annual_sales][gte]', '500']], `${num('annual_sales')} >= 500`],
  [[['filter[annual_sales][lt]', '2000'], ['filter[annual_sales][gt]', '-500']], `${num('annual_sales')} < 2000 AND ${num('annual_sales')} > -500`],
  [[['filter[founded][lt]', '2016-01-01']], `${txt('founded')} < '2016-01-01'`],
  [[['filter[company_name][gte]', 'Co 3'], ['filter[industry]', 'steel']], `${txt('company_name')} >= 'Co 3' AND data @> '{"industry": "steel"}'`],
];
const SORTS = ['annual_sales', '-annual_sales', 'company_name', '-company_name', 'founded', '-founded', 'createdAt', '-createdAt'];

describe.each(backends)('record sort keys on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  it('lists, page by page, exactly what a full scan of the data lists, for every sort and range filter', async () => {
    const tenantId = await newTenant(b.db);
    await seed(b.db, tenantId, MIXED);
    await seed(b.db, await newTenant(b.db), MIXED.slice(0, 50));
    for (const [entries, where] of FILTERS) {
      for (const sort of SORTS) {
        const expected = await fullScan(b.db, tenantId, sort, where);
        expect([sort, where, await pages(b.db, tenantId, [...entries, ['sort', sort]], 29)]).toEqual([sort, where, expected]);
      }
    }
  });

  it('keeps the keys with every write: an update replaces them, a soft delete drops them, long text keeps 256 characters', async () => {
    const tenantId = await newTenant(b.db);
    const keys = (id: string) =>
      b.db.withTenant(tenantId, (tx) => tx.query<{ field: string; num: string | null; txt: string | null }>('SELECT field, num, txt FROM record_sort_keys WHERE record_id = $1 ORDER BY field', [id]));
    const by = { userId: 'u1', now: new Date(T0) };
    const long = `长${'a'.repeat(300)}`;
    const rec = await b.db.withTenant(tenantId, (tx) =>
      insertRecord(tx, tenantId, { id: 'c1', formId: 'customer', formVersion: 1, data: { company_name: 'Acme', annual_sales: 12.5, risk_notes: long, industry: ['x'], founded: null } }, by));
    expect(await keys('c1')).toEqual([
      { field: 'annual_sales', num: 12.5, txt: null },
      { field: 'company_name', num: null, txt: 'Acme' },
      { field: 'risk_notes', num: null, txt: long.slice(0, 256) },
    ]);
    const next = await b.db.withTenant(tenantId, async (tx) => writeRevision(tx, tenantId, (await findRecord(tx, tenantId, 'customer', rec.id, 'no key update'))!, { formVersion: 1, data: { company_name: 'Acme', lawsuits: false } }, 'update', by));
    expect(await keys('c1')).toEqual([{ field: 'company_name', num: null, txt: 'Acme' }, { field: 'lawsuits', num: null, txt: 'false' }]);
    await b.db.withTenant(tenantId, (tx) => writeRevision(tx, tenantId, next, { formVersion: 1, data: next.data }, 'delete', by));
    expect(await keys('c1')).toEqual([]);
    // A record row removed outright (there is no foreign key to cascade) takes its keys with it.
    await b.db.withTenant(tenantId, (tx) => insertRecord(tx, tenantId, { id: 'c2', formId: 'customer', formVersion: 1, data: { company_name: 'Gone' } }, by));
    expect(await keys('c2')).toEqual([{ field: 'company_name', num: null, txt: 'Gone' }]);
    await b.db.query('DELETE FROM records WHERE tenant_id = $1 AND id = $2', [tenantId, 'c2']);
    expect(await keys('c2')).toEqual([]);
  });
});

describe.each(unmigrated)('migration 0010 on $name', ({ open }) => {
  it('backfills the keys of the live records written before it', async () => {
    const t = await open();
    try {
      await migrate(t.db, loadMigrations().filter((m) => m.id < '0010'));
      const tenantId = await newTenant(t.db);
      await seed(t.db, tenantId, [{ id: 'a', data: { company_name: 'A', annual_sales: 5 } }, { id: 'gone', data: { company_name: 'G' }, deleted: true }]);
      await migrate(t.db);
      const rows = await t.db.query('SELECT record_id, field, num, txt FROM record_sort_keys ORDER BY field');
      expect(rows).toEqual([{ record_id: 'a', field: 'annual_sales', num: 5, txt: null }, { record_id: 'a', field: 'company_name', num: null, txt: 'A' }]);
    } finally {
      await t.drop();
    }
  });
});

describe('record sort keys on PostgreSQL with 20,000 records', () => {
  let t: Awaited<ReturnType<typeof createTestPostgres>>;
  let tenantId: string;
  beforeAll(async () => {
    t = await createTestPostgres();
    tenantId = await newTenant(t.db);
    const rows = Array.from({ length: 20_000 }, (_, i): Seed => ({
      id: `c${String(i).padStart(5, '0')}`,
      data: { company_name: `Co ${(i * 7919) % 20_000}`, annual_sales: (i * 7907) % 1_000_000, founded: `${1990 + (i % 30)}-0${1 + (i % 9)}-15`, industry: i % 3 === 0 ? 'steel' : 'services' },
    }));
    for (let i = 0; i < rows.length; i += 5_000) await seed(t.db, tenantId, rows.slice(i, i + 5_000));
    await t.db.exec('ANALYZE records; ANALYZE record_sort_keys');
  });
  afterAll(() => t.drop());

  /** Lists one page, and the plan PostgreSQL chose for each statement the list ran. */
  async function explained(entries: [string, string][]): Promise<{ ids: string[]; plans: string[]; next: string | null }> {
    const plans: string[] = [];
    const page = await t.db.withTenant(tenantId, (tx) => {
      const explaining: Queryable = {
        query: async (sql, params) => {
          const plan = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
          plans.push(plan.map((r) => r['QUERY PLAN']).join('\n'));
          return tx.query(sql, params);
        },
        exec: (script) => tx.exec(script),
      };
      return listRecords(explaining, tenantId, 'customer', form, { entries: [...entries, ['limit', '50']], userId: 'admin', roles: ['admin'] });
    });
    return { ids: page.items.map((r) => r.id), plans, next: page.nextCursor };
  }

  it('walks the number index for a range filter with a sort on the same field: no scan of the records, no sort', async () => {
    const query: [string, string][] = [['filter[annual_sales][gte]', '500000'], ['sort', '-annual_sales']];
    const first = await explained(query);
    expect(first.plans).toHaveLength(1);
    expect(first.plans[0]).toMatch(/Index (Only )?Scan Backward using record_sort_keys_num_idx/);
    expect(first.plans[0]).toMatch(/Index Cond: .*num >= '500000'/);
    expect(first.plans[0]).not.toMatch(/Seq Scan|Sort/);
    // The next page starts where the cursor points, inside the index, rather than skipping what came before.
    const second = await explained([...query, ['cursor', first.next!]]);
    expect(second.plans[0]).toMatch(/Index Cond: .*num >= '500000'.*ROW\(num, record_id\) < ROW\(/);
    expect(second.plans[0]).not.toMatch(/Seq Scan|Sort/);
    const expected = await fullScan(t.db, tenantId, '-annual_sales', `${num('annual_sales')} >= 500000`);
    expect([...first.ids, ...second.ids]).toEqual(expected.slice(0, 100));
  });

  it('walks the text index to sort on a text field, and serves ranges from the key indexes under other orders', async () => {
    const byName = await explained([['sort', 'company_name']]);
    expect(byName.plans[0]).toMatch(/Index (Only )?Scan using record_sort_keys_txt_idx/);
    expect(byName.plans[0]).not.toMatch(/Seq Scan|Sort/);
    expect(byName.ids).toEqual((await fullScan(t.db, tenantId, 'company_name', 'true')).slice(0, 50));
    // Newest first, a selective range: its keys are found in the index, then the few records sorted.
    const small = await explained([['filter[annual_sales][lt]', '20000']]);
    expect(small.plans[0]).toMatch(/Index Cond: .*field = 'annual_sales'.*num < '20000'/);
    expect(small.plans[0]).not.toMatch(/Seq Scan/);
    expect(small.ids).toEqual((await fullScan(t.db, tenantId, '-createdAt', `${num('annual_sales')} < 20000`)).slice(0, 50));
    const older = await explained([['filter[founded][lt]', '1991-01-01'], ['filter[annual_sales][lte]', '100000'], ['sort', 'company_name']]);
    expect(older.plans[0]).toMatch(/record_sort_keys_txt_idx/);
    expect(older.plans[0]).toMatch(/record_sort_keys_num_idx/);
    expect(older.plans[0]).not.toMatch(/Seq Scan/);
    expect(older.ids).toEqual((await fullScan(t.db, tenantId, 'company_name', `${txt('founded')} < '1991-01-01' AND ${num('annual_sales')} <= 100000`)).slice(0, 50));
  });
});
