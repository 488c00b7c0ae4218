import { compileForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable, SqlParam } from '../db/port.js';
import { backends } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { createTestPostgres } from '../test-support/databases.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { listRecords } from './list.js';
import { rowAccessCondition } from './row-access.js';
import { ownedCustomerForm } from './row-access-testing.js';

const def = ownedCustomerForm as unknown as FormDefinition;
const form = compileForm(def);

/** `count` customers created a second apart, customer i in the charge of user `u<i % owners>`, sales i. */
async function seed(db: Db, tenantId: string, count: number, owners: number): Promise<void> {
  await db.query(
    `INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at)
     SELECT $1, 'customer', 'c' || lpad(i::text, 5, '0'), 1,
       jsonb_build_object('company_name', 'Co ' || i, 'annual_sales', i, 'sales_owner', 'u' || (i % $3)), 1,
       timestamptz '2024-05-01T00:00:00Z' + i * interval '1 second', timestamptz '2024-05-01T00:00:00Z'
     FROM generate_series(0, $2 - 1) AS i`,
    [tenantId, count, owners],
  );
}

/** What a dashboard would ask: how many customers and how much sales `who` may count, with the records table aliased. */
async function totals(tx: Queryable, tenantId: string, who: { userId: string | null; roles: string[] }, explain = ''): Promise<{ n: number; sales: number }[]> {
  const params: SqlParam[] = [tenantId];
  const bind = (v: SqlParam): string => `$${params.push(v)}`;
  return tx.query<{ n: number; sales: number }>(
    `${explain}SELECT count(*)::int AS n, coalesce(sum((r.data->>'annual_sales')::numeric), 0)::float8 AS sales FROM records r
     WHERE r.tenant_id = $1 AND r.form_id = 'customer' AND r.deleted_at IS NULL AND ${rowAccessCondition(tenantId, def, who, bind, 'r.id')}`,
    params,
  );
}

/** Runs `query` as the app role and returns the plan PostgreSQL chose for each statement. */
function explaining(tx: Queryable, plans: string[]): Queryable {
  return {
    query: async (sql, params) => {
      plans.push((await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)).map((r) => r['QUERY PLAN']).join('\n'));
      return tx.query(sql, params);
    },
    exec: (script) => tx.exec(script),
  };
}

describe.each(backends)('row access SQL on $name', (backend) => {
  let b: OpenBackend;
  let tenantId: string;
  beforeAll(async () => {
    b = await backend.open();
    tenantId = await newTenant(b.db);
    await seed(b.db, tenantId, 30, 3);
  });
  afterAll(() => b.dispose());

  it('is a sort-key lookup of the rule fields for a held user, TRUE for an unrestricted one, FALSE for one with no role', () => {
    const params: SqlParam[] = [];
    const bind = (v: SqlParam): string => `$${params.push(v)}`;
    expect(rowAccessCondition('t1', def, { userId: 'u1', roles: ['salesperson'] }, bind, 'r.id')).toBe(
      'r.id IN (SELECT record_id FROM record_sort_keys WHERE tenant_id = $1 AND form_id = $2 AND field = $3 AND txt = $4)',
    );
    expect(params).toEqual(['t1', 'customer', 'sales_owner', 'u1']);
    const twoRules = { ...def, rowAccess: [...(def.rowAccess ?? []), { role: 'sales_manager', field: 'backup_owner' }] };
    expect(rowAccessCondition('t1', twoRules, { userId: 'u1', roles: ['salesperson', 'sales_manager'] }, bind)).toBe(
      'id IN (SELECT record_id FROM record_sort_keys WHERE tenant_id = $5 AND form_id = $6 AND field IN ($7, $8) AND txt = $9)',
    );
    expect(rowAccessCondition('t1', def, { userId: 'u1', roles: ['salesperson', 'sales_manager'] }, bind)).toBe('TRUE');
    expect(rowAccessCondition('t1', def, { userId: null, roles: [] }, bind)).toBe('TRUE');
    expect(rowAccessCondition('t1', def, { userId: 'u1', roles: [] }, bind)).toBe('FALSE');
    expect(params).toHaveLength(9);
  });

  it('counts for a dashboard only what the user reaches', async () => {
    await b.db.withTenant(tenantId, async (tx) => {
      // u1 is in charge of customers 1, 4, ..., 28: ten customers, sales 1 + 4 + ... + 28.
      expect(await totals(tx, tenantId, { userId: 'u1', roles: ['salesperson'] })).toEqual([{ n: 10, sales: 145 }]);
      expect(await totals(tx, tenantId, { userId: 'u1', roles: ['sales_manager'] })).toEqual([{ n: 30, sales: 435 }]);
      expect(await totals(tx, tenantId, { userId: 'u9', roles: ['salesperson'] })).toEqual([{ n: 0, sales: 0 }]);
      expect(await totals(tx, tenantId, { userId: 'u1', roles: [] })).toEqual([{ n: 0, sales: 0 }]);
    });
  });
});

describe('row access on PostgreSQL with 20,000 customers', () => {
  let t: Awaited<ReturnType<typeof createTestPostgres>>;
  let tenantId: string;
  beforeAll(async () => {
    t = await createTestPostgres();
    tenantId = await newTenant(t.db);
    await seed(t.db, tenantId, 20_000, 500);
    await t.db.exec('ANALYZE records; ANALYZE record_sort_keys');
  });
  afterAll(() => t.drop());

  it('lists a salesperson’s 40 customers from the sort keys’ index, under row-level security, without scanning the form', async () => {
    const plans: string[] = [];
    const page = await t.db.withTenant(tenantId, (tx) => listRecords(explaining(tx, plans), tenantId, 'customer', form, { entries: [['limit', '50']], userId: 'u7', roles: ['salesperson'] }));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(/Index (Only )?Scan (Backward )?using record_sort_keys_txt_idx/);
    expect(plans[0]).toMatch(/Index Cond: .*field = 'sales_owner'.*txt = 'u7'/);
    expect(plans[0]).not.toMatch(/Seq Scan/);
    const expected = Array.from({ length: 40 }, (_, k) => 19_507 - k * 500).map((i) => `c${String(i).padStart(5, '0')}`);
    expect(page.items.map((r) => r.id)).toEqual(expected);
    expect(page.nextCursor).toBeNull();
  });

  it('serves a dashboard’s aggregate from the same index', async () => {
    const plan = await t.db.withTenant(tenantId, (tx) => totals(tx, tenantId, { userId: 'u7', roles: ['salesperson'] }, 'EXPLAIN '));
    const text = (plan as unknown as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/record_sort_keys_txt_idx/);
    expect(text).not.toMatch(/Seq Scan/);
    expect(await t.db.withTenant(tenantId, (tx) => totals(tx, tenantId, { userId: 'u7', roles: ['salesperson'] }))).toEqual([{ n: 40, sales: 40 * 9_757 }]);
  });
});
