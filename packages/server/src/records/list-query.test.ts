import { compileForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../http/app-error.js';
import { Params } from './list-keys.js';
import { filterConditions, NEWEST_FIRST, sortKey, visibleCatalog } from './list-query.js';
import type { SortKey } from './list-query.js';
import { customerForm } from './testing.js';

const form = compileForm(customerForm as unknown as FormDefinition);
const NO_SCORECARDS = new Map<string, never>();

function build(entries: [string, string][], roles: readonly string[] = ['admin'], sort: SortKey = NEWEST_FIRST): { sql: string[]; keyRequired: boolean; params: unknown[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const params = new Params(['tenant', 'customer']);
  const { where, keyRequired } = filterConditions(entries, visibleCatalog(form, roles), NO_SCORECARDS, params, sort, problems);
  return { sql: where, keyRequired, params: params.values.slice(2), problems };
}

describe('filterConditions', () => {
  it('sends equality as jsonb containment, with typed values', () => {
    const { sql, params } = build([['filter[industry]', 'steel'], ['filter[annual_sales]', '1000000'], ['filter[founded][ne]', '2020-01-01']]);
    expect(sql).toEqual(['data @> $3', 'data @> $4', 'NOT (data @> $5)']);
    expect(params.map((p) => (p as { value: unknown }).value)).toEqual([{ industry: 'steel' }, { annual_sales: 1_000_000 }, { founded: '2020-01-01' }]);
  });

  it('sends ranges to the sort keys: numbers as float8 (leakproof, so an index condition under row-level security), dates as text', () => {
    const { sql, params, keyRequired } = build([['filter[annual_sales][gte]', '1e6'], ['filter[founded][lt]', '2006-01-01']]);
    expect(sql).toEqual([
      'id IN (SELECT record_id FROM record_sort_keys WHERE tenant_id = $1 AND form_id = $2 AND field = $4 AND num >= $3::float8)',
      'id IN (SELECT record_id FROM record_sort_keys WHERE tenant_id = $1 AND form_id = $2 AND field = $6 AND txt < $5)',
    ]);
    expect([params, keyRequired]).toEqual([[1_000_000, 'annual_sales', '2006-01-01', 'founded'], false]);
  });

  it('bounds the walk of the sorted field itself, and says records without its key cannot match', () => {
    const problems: FieldProblem[] = [];
    const sort = sortKey('-annual_sales', visibleCatalog(form, ['admin']), NO_SCORECARDS, problems);
    const { sql, keyRequired } = build([['filter[annual_sales][lt]', '5'], ['filter[industry]', 'steel']], ['admin'], sort);
    expect([sql, keyRequired, problems]).toEqual([['k.v < $3::float8', 'data @> $4'], true, []]);
    expect(build([['filter[annual_sales]', '5']], ['admin'], sort).keyRequired).toBe(false);
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
  it('is newest first unless asked, and sorts numbers on their float8 keys, other fields on their text keys', () => {
    const problems: FieldProblem[] = [];
    const catalog = visibleCatalog(form, ['admin']);
    expect(sortKey(undefined, catalog, NO_SCORECARDS, problems)).toBe(NEWEST_FIRST);
    expect(sortKey('createdAt', catalog, NO_SCORECARDS, problems)).toEqual({ spec: 'createdAt', desc: false, key: null });
    expect(sortKey('-annual_sales', catalog, NO_SCORECARDS, problems)).toEqual({ spec: '-annual_sales', desc: true, key: { field: 'annual_sales', column: 'num', cast: '::float8' } });
    expect(sortKey('founded', catalog, NO_SCORECARDS, problems).key).toEqual({ field: 'founded', column: 'txt', cast: '' });
    expect(problems).toEqual([]);
    sortKey('nope', catalog, NO_SCORECARDS, problems);
    expect(problems.map((p) => p.path)).toEqual(['/query/sort']);
  });
});
