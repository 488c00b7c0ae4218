import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogOf } from '../core/catalog.js';
import { validateCondition } from './validate.js';

const catalog = catalogOf([
  { id: 'debt_ratio', type: 'percent', kind: 'number' },
  { id: 'amount', type: 'money', kind: 'number', label: { en: 'Amount', 'zh-CN': '申请额度' } },
  { id: 'grade', type: 'single_select', kind: 'text', options: ['A', 'B', 'C', 'D'] },
  { id: 'tags', type: 'multi_select', kind: 'list', options: ['vip', 'new'] },
  { id: 'founded', type: 'date', kind: 'date' },
  { id: 'lawsuit_pending', type: 'boolean', kind: 'boolean' },
  { id: 'reviewed_at', type: 'datetime', kind: 'datetime' },
  { id: 'customer', type: 'reference', kind: 'text', target: 'customer', label: { en: 'Customer', 'zh-CN': '客户' } },
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

  it('takes an emptiness test on any field, with null as its value and nothing else', () => {
    const blank = (fact: string, operator: string, value: unknown) => codes({ fact, operator, value });
    for (const fact of ['debt_ratio', 'grade', 'tags', 'founded', 'lawsuit_pending', 'reviewed_at', 'customer']) {
      expect(blank(fact, 'isEmpty', null)).toEqual([]);
      expect(blank(fact, 'isNotEmpty', null)).toEqual([]);
    }
    expect(blank('grade', 'isEmpty', 'A')).toEqual(['/when/value condition.value.none']);
    expect(blank('grade', 'isNotEmpty', { fact: 'amount' })).toEqual(['/when/value condition.value.none']);
    expect(blank('grad', 'isEmpty', null)).toEqual(['/when/fact condition.fact.unknown']);
    const [p] = validateCondition({ fact: 'grade', operator: 'isEmpty', value: '' }, catalog, '');
    expect(p?.message).toBe('"is empty" compares with nothing: write null as its value.');
    expect(p?.messageZh).toBe('“为空”不与任何值比较：请把取值写为 null。');
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

  it('says how to write a literal of the right kind', () => {
    const said = (c: unknown) => validateCondition(c, catalog, '/when').map((p) => [p.message, p.messageZh]);
    expect(said({ fact: 'amount', operator: 'lessThan', value: '500000' })).toEqual([
      ['"500000" is not a number value for "Amount": write it without quotes, like 500000.', '"500000" 不是“申请额度”的数字值：请去掉引号，写作 500000。'],
    ]);
    expect(said({ fact: 'amount', operator: 'lessThan', value: 'a lot' })[0]?.[0]).toBe('"a lot" is not a number value for "Amount": write a number without quotes, like 500000 (yuan).');
    // An empty value asks for one, naming the field by its label.
    expect(said({ fact: 'amount', operator: 'lessThan', value: '' })).toEqual([['Enter a number to compare "Amount" with: write a number without quotes, like 500000 (yuan).', '请填写与“申请额度”比较的数字：请填写不加引号的数字，如 500000（元）。']]);
    expect(said({ fact: 'lawsuit_pending', operator: 'equal', value: 'true' })[0]?.[0]).toBe('"true" is not a boolean value for "lawsuit_pending": write true or false, without quotes.');
    expect(said({ fact: 'grade', operator: 'equal', value: 5 })[0]?.[0]).toBe('5 is not a text value for "grade": write it in double quotes, like "5".');
    expect(said({ fact: 'founded', operator: 'lessThan', value: '2024-02-30' })).toEqual([
      [
        '"2024-02-30" is not a date value for "founded": February 2024 has 29 days: pick a real date, such as 2024-02-29.',
        '"2024-02-30" 不是字段 "founded" 的日期值：2024 年 2 月只有 29 天，请改为真实日期，如 2024-02-29。',
      ],
    ]);
  });

  it('refuses a reference compared with an empty value, which tells nothing', () => {
    expect(codes({ fact: 'customer', operator: 'equal', value: '' })).toEqual(['/when/value condition.value.empty']);
    expect(validateCondition({ fact: 'customer', operator: 'notEqual', value: '' }, catalog, '/when')[0]?.messageZh).toBe('请填写与“客户”比较的值：记录或用户从不是空文本，与空值比较没有意义。');
    expect(codes({ fact: 'customer', operator: 'equal', value: 'cus_1' })).toEqual([]);
  });

  it('takes date-times in the canonical UTC form records store, and says what to write instead', () => {
    expect(codes({ fact: 'reviewed_at', operator: 'greaterThan', value: '2024-03-01T02:00:00.000Z' })).toEqual([]);
    const [p] = validateCondition({ fact: 'reviewed_at', operator: 'greaterThan', value: '2024-03-01T10:00+08:00' }, catalog, '/when');
    expect(p).toMatchObject({ path: '/when/value', code: 'condition.value.utc' });
    expect(p?.message).toBe('"2024-03-01T10:00+08:00" is not in the UTC form "reviewed_at" is stored and compared in: write it in UTC, as records store it: "2024-03-01T02:00:00.000Z".');
    expect(p?.messageZh).toBe('"2024-03-01T10:00+08:00" 不是字段 "reviewed_at" 存储和比较所用的 UTC 格式：请改写为记录中保存的 UTC 格式："2024-03-01T02:00:00.000Z"。');
    expect(codes({ fact: 'reviewed_at', operator: 'equal', value: '2024-03-01T02:00:00Z' })).toEqual(['/when/value condition.value.utc']);
    expect(codes({ fact: 'reviewed_at', operator: 'lessThan', value: '2024-03-01T10:00' })).toEqual(['/when/value condition.value.kind']);
    expect(validateCondition({ fact: 'reviewed_at', operator: 'lessThan', value: '2024-03-01T10:00' }, catalog, '')[0]?.message).toContain('add its offset from UTC');
  });

  it('rejects comparing facts of different kinds', () => {
    expect(codes({ fact: 'amount', operator: 'equal', value: { fact: 'grade' } })).toEqual(['/when/value condition.value.kind']);
    expect(validateCondition({ fact: 'amount', operator: 'equal', value: { fact: 'grade' } }, catalog, '')[0]?.message).toBe('"amount" (number) cannot be compared with "grade" (text): compare it with a number field or a number value.');
    expect(validateCondition({ fact: 'grade', operator: 'in', value: { fact: 'grade' } }, catalog, '')[0]?.message).toBe('"in" compares with values written here, not with another field: write them, e.g. ["a", "b"].');
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
