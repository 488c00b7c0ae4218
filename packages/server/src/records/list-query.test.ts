import { compileForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../http/app-error.js';
import { filterConditions, NEWEST_FIRST, Params, sortKey, visibleCatalog } from './list-query.js';
import { customerForm } from './testing.js';

const form = compileForm(customerForm as unknown as FormDefinition);

function build(entries: [string, string][], roles: readonly string[] = ['admin']): { sql: string[]; params: unknown[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const params = new Params(['tenant', 'customer']);
  const sql = filterConditions(entries, visibleCatalog(form, roles), params, problems);
  return { sql, params: params.values.slice(2), problems };
}

describe('filterConditions', () => {
  it('sends equality as jsonb containment, served by the GIN index, with typed values', () => {
    const { sql, params } = build([['filter[industry]', 'steel'], ['filter[annual_sales]', '1000000'], ['filter[founded][ne]', '2020-01-01']]);
    expect(sql).toEqual(['data @> $3', 'data @> $4', 'NOT (data @> $5)']);
    expect(params.map((p) => (p as { value: unknown }).value)).toEqual([{ industry: 'steel' }, { annual_sales: 1_000_000 }, { founded: '2020-01-01' }]);
  });

  it('compares numbers as numeric and date-times in canonical UTC', () => {
    const { sql, params } = build([['filter[annual_sales][gte]', '1e6']]);
    expect(sql[0]).toMatch(/::numeric END\) >= \$3::numeric$/);
    expect(params).toEqual([1_000_000]);
  });

  it('ignores other parameters and reports each bad filter once', () => {
    const { sql, problems } = build([['sort', 'x'], ['filter[annual_sales][gt]', ''], ['filter[industry][bogus]', 'a'], ['filter[a][b][c]', '1']]);
    expect(sql).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['/query/filter[annual_sales][gt]', '/query/filter[industry][bogus]', '/query/filter[a][b][c]']);
  });

  it('treats a field hidden from the caller as unknown', () => {
    expect(build([['filter[risk_notes]', 'x']], ['salesperson']).problems.map((p) => p.code)).toEqual(['query.invalid']);
    expect(build([['filter[risk_notes]', 'x']], ['salesperson', 'admin']).problems).toEqual([]);
  });
});

describe('sortKey', () => {
  it('is newest first unless asked, and sorts numbers numerically', () => {
    const problems: FieldProblem[] = [];
    const catalog = visibleCatalog(form, ['admin']);
    expect(sortKey(undefined, catalog, problems)).toBe(NEWEST_FIRST);
    expect(sortKey('createdAt', catalog, problems)).toMatchObject({ expr: 'created_at', desc: false, column: true });
    expect(sortKey('-annual_sales', catalog, problems)).toMatchObject({ desc: true, column: false, cast: '::numeric' });
    expect(problems).toEqual([]);
    sortKey('nope', catalog, problems);
    expect(problems.map((p) => p.path)).toEqual(['/query/sort']);
  });
});
