import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogOf } from '../core/catalog.js';
import { validateCondition } from './validate.js';

const catalog = catalogOf([
  { id: 'debt_ratio', type: 'percent', kind: 'number' },
  { id: 'amount', type: 'money', kind: 'number' },
  { id: 'grade', type: 'single_select', kind: 'text', options: ['A', 'B', 'C', 'D'] },
  { id: 'tags', type: 'multi_select', kind: 'list', options: ['vip', 'new'] },
  { id: 'founded', type: 'date', kind: 'date' },
  { id: 'lawsuit_pending', type: 'boolean', kind: 'boolean' },
]);

const codes = (c: unknown) => validateCondition(c, catalog, '/when').map((p) => `${p.path} ${p.code}`);

describe('validateCondition', () => {
  it('accepts a well-formed nested condition', () => {
    expect(
      validateCondition(
        {
          all: [
            { fact: 'grade', operator: 'in', value: ['A', 'B'] },
            { not: { fact: 'tags', operator: 'contains', value: 'new' } },
            { any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'lawsuit_pending', operator: 'equal', value: true }] },
            { fact: 'founded', operator: 'lessThan', value: '2020-01-01' },
            { fact: 'amount', operator: 'lessThanInclusive', value: { fact: 'debt_ratio' } },
          ],
        },
        catalog,
        '/when',
      ),
    ).toEqual([]);
  });

  it('names unknown fields and suggests the likely one', () => {
    const [p] = validateCondition({ fact: 'debt_ratoi', operator: 'greaterThan', value: 0.7 }, catalog, '/when');
    expect(p).toMatchObject({ path: '/when/fact', code: 'condition.fact.unknown' });
    expect(p?.message).toContain('Did you mean "debt_ratio"?');
    expect(p?.messageZh).toContain('debt_ratio');
  });

  it('rejects operators that do not suit the field', () => {
    expect(codes({ fact: 'grade', operator: 'greaterThan', value: 'A' })).toEqual(['/when/operator condition.operator.kind']);
    expect(codes({ fact: 'amount', operator: 'contains', value: 1 })).toEqual(['/when/operator condition.operator.kind']);
  });

  it('rejects values of the wrong kind, unknown options and misshapen lists', () => {
    expect(codes({ all: [{ fact: 'amount', operator: 'lessThan', value: '500000' }] })).toEqual(['/when/all/0/value condition.value.kind']);
    expect(codes({ fact: 'grade', operator: 'equal', value: 'AA' })).toEqual(['/when/value condition.value.option']);
    expect(codes({ fact: 'grade', operator: 'in', value: 'A' })).toEqual(['/when/value condition.value.list']);
    expect(codes({ fact: 'grade', operator: 'in', value: ['A', 'E'] })).toEqual(['/when/value/1 condition.value.option']);
    expect(codes({ fact: 'amount', operator: 'equal', value: [1] })).toEqual(['/when/value condition.value.scalar']);
    expect(codes({ fact: 'founded', operator: 'lessThan', value: '2020/01/01' })).toEqual(['/when/value condition.value.kind']);
  });

  it('rejects comparing facts of different kinds', () => {
    expect(codes({ fact: 'amount', operator: 'equal', value: { fact: 'grade' } })).toEqual(['/when/value condition.value.kind']);
  });

  it('reports structure problems with their paths', () => {
    expect(codes({ all: [{ fact: 'amount', operator: 'near', value: 1 }] })).toEqual(['/when/all/0/operator schema.enum']);
    expect(codes({ any: [{ fact: 'amount', value: 1 }] })).toEqual(['/when/any/0/operator schema.required']);
    expect(codes({ fact: 'amount', operator: 'equal', value: 1, path: 'a.b' })).toEqual(['/when/path schema.pattern']);
    expect(codes('grade = A')).toEqual(['/when schema.type']);
  });

  it('refuses nesting deep enough to exhaust a stack', () => {
    let c: unknown = { fact: 'amount', operator: 'equal', value: 1 };
    for (let i = 0; i < 5000; i++) c = { not: c };
    expect(codes(c)).toEqual(['/when condition.depth']);
  });

  it('refuses a group too long to list without throwing, however long it is', () => {
    const leaf = { fact: 'amount', operator: 'equal', value: 1 };
    expect(codes({ all: Array.from({ length: 1_000_000 }, () => leaf) })).toEqual(['/when/all schema.maxItems']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (x) => {
        expect(Array.isArray(validateCondition(x, catalog, ''))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
