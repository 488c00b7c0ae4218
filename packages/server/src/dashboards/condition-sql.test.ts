import { catalogOf, compileCondition, validateCondition } from '@heng/engine';
import type { Condition, FieldInfo } from '@heng/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../db/port.js';
import { backends } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { Params } from '../records/list-keys.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { conditionSql } from './condition-sql.js';

const fields: FieldInfo[] = [
  { id: 'n', type: 'money', kind: 'number' },
  { id: 't', type: 'text', kind: 'text' },
  { id: 's', type: 'single_select', kind: 'text', options: ['east', 'south', 'north'] },
  { id: 'b', type: 'boolean', kind: 'boolean' },
  { id: 'd', type: 'date', kind: 'date' },
  { id: 'dt', type: 'datetime', kind: 'datetime' },
  { id: 'l', type: 'multi_select', kind: 'list', options: ['x', 'y', 'z'] },
];
const catalog = catalogOf(fields);

// Values a record may hold, its field's kind or not (left by an older form version), or nothing.
const stored: Record<string, readonly unknown[]> = {
  n: [0, -5, 12.5, 100, 1e9, '12', null, true],
  t: ['', 'abc', 'Abc', 'b', '10', null, 3],
  s: ['east', 'south', 'north', 'west', null],
  b: [true, false, null, 'true'],
  d: ['2024-01-01', '2024-02-29', '2023-12-31', '', null],
  dt: ['2024-01-01T00:00:00.000Z', '2024-01-01T16:00:00.000Z', '2023-06-30T23:59:59.999Z', null],
  l: [[], ['x'], ['x', 'y'], ['z'], 'x', null],
};

const literal: Record<string, fc.Arbitrary<unknown>> = {
  n: fc.constantFrom(0, -5, 12.5, 100, 7),
  t: fc.constantFrom('', 'abc', 'b', '10', 'zz'),
  s: fc.constantFrom('east', 'south', 'north'),
  b: fc.boolean(),
  d: fc.constantFrom('2024-01-01', '2024-02-01', '2023-12-31'),
  dt: fc.constantFrom('2024-01-01T00:00:00.000Z', '2024-01-01T12:00:00.000Z'),
  l: fc.constantFrom('x', 'y', 'z'),
};

const OPS: Record<string, readonly string[]> = {
  number: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn', 'isEmpty'],
  text: ['equal', 'notEqual', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  boolean: ['equal', 'notEqual', 'isNotEmpty'],
  date: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'isEmpty'],
  datetime: ['equal', 'notEqual', 'lessThan', 'greaterThanInclusive', 'isNotEmpty'],
  list: ['contains', 'doesNotContain', 'isEmpty', 'isNotEmpty'],
};
const listValued = (operator: string): boolean => operator === 'in' || operator === 'notIn';
const valueless = (operator: string): boolean => operator === 'isEmpty' || operator === 'isNotEmpty';

const leaf: fc.Arbitrary<Condition> = fc.constantFrom(...fields).chain((f) =>
  fc.tuple(fc.constantFrom(...OPS[f.kind]!), fc.array(literal[f.id]!, { minLength: 1, maxLength: 3 })).map(([operator, values]) =>
    ({ fact: f.id, operator, value: listValued(operator) ? values : valueless(operator) ? null : values[0] }) as Condition,
  ),
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('c'), { maxLength: 3 }).map((all) => ({ all })), fc.array(tie('c'), { maxLength: 3 }).map((any) => ({ any })), tie('c').map((not) => ({ not }))),
})).c;

/** Records of every combination worth meeting: each field cycles through its stored values (and is missing once in a while). */
const records = Array.from({ length: 60 }, (_, i) =>
  Object.fromEntries(Object.entries(stored).flatMap(([id, values], k) => ((i + k) % 7 === 6 ? [] : [[id, values[(i * (k + 2)) % values.length]]]))),
);

describe.each(backends)('where-conditions in SQL agree with json-rules-engine on $name', (backend) => {
  let b: OpenBackend;
  let tenantId: string;
  beforeAll(async () => {
    b = await backend.open();
    tenantId = await newTenant(b.db);
    for (const [i, data] of records.entries()) {
      await b.db.query(`INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at) VALUES ($1, 'f', $2, 1, $3, 1, now(), now())`, [tenantId, `r${String(i).padStart(2, '0')}`, json(data)]);
    }
  });
  afterAll(() => b.dispose());

  const matching = async (cond: Condition): Promise<string[]> => {
    const params = new Params([tenantId]);
    const sql = conditionSql(cond, catalog, 'r', params);
    return b.db.withTenant(tenantId, async (tx) => (await tx.query<{ id: string }>(`SELECT id FROM records r WHERE r.tenant_id = $1 AND ${sql} ORDER BY id`, params.values)).map((r) => r.id));
  };
  const expected = (cond: Condition): string[] => {
    const test = compileCondition(cond);
    return records.flatMap((data, i) => (test(data) ? [`r${String(i).padStart(2, '0')}`] : []));
  };

  it('on hand-picked conditions: missing values, wrong types, text order, empty groups', async () => {
    const picked: Condition[] = [
      { fact: 'n', operator: 'greaterThan', value: 0 },
      { not: { fact: 'n', operator: 'lessThanInclusive', value: 12.5 } },
      { fact: 't', operator: 'notEqual', value: 'abc' },
      { fact: 's', operator: 'notIn', value: ['east', 'north'] },
      { fact: 'd', operator: 'lessThan', value: '2024-01-01' },
      { fact: 'dt', operator: 'greaterThanInclusive', value: '2024-01-01T12:00:00.000Z' },
      { fact: 'l', operator: 'doesNotContain', value: 'x' },
      { all: [] },
      { any: [] },
      { not: { any: [{ fact: 'b', operator: 'equal', value: false }, { fact: 'l', operator: 'contains', value: 'y' }] } },
      // Blank: missing, null, empty text or an empty list; 0 and false are answers.
      { fact: 't', operator: 'isEmpty', value: null },
      { fact: 'l', operator: 'isEmpty', value: null },
      { not: { fact: 'n', operator: 'isNotEmpty', value: null } },
      { all: [{ fact: 'b', operator: 'isNotEmpty', value: null }, { fact: 'd', operator: 'isEmpty', value: null }] },
    ];
    for (const cond of picked) {
      expect(validateCondition(cond, catalog, '')).toEqual([]);
      expect(await matching(cond), JSON.stringify(cond)).toEqual(expected(cond));
    }
  });

  it('on 150 random conditions', async () => {
    await fc.assert(
      fc.asyncProperty(condition, async (cond) => {
        expect(validateCondition(cond, catalog, '')).toEqual([]);
        expect(await matching(cond), JSON.stringify(cond)).toEqual(expected(cond));
      }),
      { numRuns: 150 },
    );
  });
});
