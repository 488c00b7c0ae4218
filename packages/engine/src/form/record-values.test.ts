import { describe, expect, it } from 'vitest';
import { checkFieldValue, computedProblem, requiredProblem } from './record-values.js';
import { label, where } from './test-kit.js';
import type { SubTableField } from './types.js';

const contacts: SubTableField = {
  id: 'contacts',
  type: 'sub_table',
  label: label('Contacts', '联系人'),
  columns: [
    { id: 'name', type: 'text', label: label('Name', '姓名'), required: true },
    { id: 'phone', type: 'text', label: label('Phone', '电话'), rules: { pattern: { regex: '^1\\d{10}$' } } },
    { id: 'share', type: 'percent', label: label('Share', '持股'), rules: { max: 1 } },
    { id: 'weighted', type: 'formula', label: label('Weighted', '加权'), formula: 'share * 2', resultType: 'number' },
  ],
};
const at = { path: '/contacts', label: contacts.label, today: '2024-05-01' };

describe('checkFieldValue on a sub-table', () => {
  it('accepts good rows', () => {
    expect(checkFieldValue(contacts, [{ id: 'c1', name: '林芳', phone: '13800138000', share: 0.3 }], at)).toEqual([]);
  });

  it('places each problem on its cell, naming the row', () => {
    const problems = checkFieldValue(contacts, [{ name: '林芳', phone: '12' }, { share: 2, extra: 1 }], at);
    expect(where(problems)).toEqual(['/contacts/0/phone value.pattern', '/contacts/1/extra value.column.unknown', '/contacts/1/name value.required', '/contacts/1/share value.max']);
    const required = problems.find((p) => p.code === 'value.required');
    expect(required?.message).toBe('Name (Contacts row 2) is required: fill it in.');
    expect(required?.messageZh).toBe('联系人第 2 行的姓名为必填项，请填写。');
  });

  it('accepts row formula values that match the computed rows, and names those that do not', () => {
    const rows = [{ name: 'a', share: 0.25, weighted: 0.5 }, { name: 'b', share: 0.25, weighted: 9 }];
    const computed = [{ name: 'a', share: 0.25, weighted: 0.5 }, { name: 'b', share: 0.25, weighted: 0.5 }];
    const problems = checkFieldValue(contacts, rows, at, computed);
    expect(where(problems)).toEqual(['/contacts/1/weighted value.computed']);
    expect(problems[0]?.message).toBe('Weighted (Contacts row 2) is computed (it is 0.5): remove it from the record.');
  });
});

describe('record problems', () => {
  it('say how to fix them in both languages', () => {
    const a = { path: '/annual_sales', label: label('Annual sales', '年销售额') };
    expect(requiredProblem(a)).toEqual({ path: '/annual_sales', code: 'value.required', message: 'Annual sales is required: fill it in.', messageZh: '年销售额为必填项，请填写。' });
    expect(computedProblem(a, null).message).toBe('Annual sales is computed (it is null): remove it from the record.');
  });
});
