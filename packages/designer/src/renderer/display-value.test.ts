import { customerCreditProfile } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { displayValue, EMPTY } from './display-value.js';
import type { DisplayWords } from './display-value.js';

const field = (id: string): FieldDefinition => {
  const f = customerCreditProfile.fields.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no field ${id}`);
  return f;
};
const words: DisplayWords = { yes: 'Yes', no: 'No', rows: (n) => `${n} rows`, userName: (id) => (id === 'u1' ? '林芳' : id) };
const zhWords: DisplayWords = { ...words, yes: '是', no: '否' };

describe('values as people read them', () => {
  it('shows money in CNY and percentages as %', () => {
    expect(displayValue(field('annual_sales'), 186500000.5, 'zh-CN', zhWords)).toBe('186,500,000.50 元');
    expect(displayValue(field('annual_sales'), 1234, 'en', words)).toBe('¥1,234.00');
    expect(displayValue(field('gross_margin'), 0.355, 'en', words)).toBe('35.5%');
    expect(displayValue(field('debt_ratio'), 0.4123, 'en', words)).toBe('41.23%');
    expect(displayValue(field('equity'), 500.5, 'en', words)).toBe('¥500.50');
  });

  it('shows dates in the language and numbers as entered', () => {
    expect(displayValue(field('founded_on'), '2015-06-30', 'en', words)).toBe('Jun 30, 2015');
    expect(displayValue(field('founded_on'), '2015-06-30', 'zh-CN', zhWords)).toBe('2015年6月30日');
    expect(displayValue(field('current_ratio'), 1.25, 'en', words)).toBe('1.25');
    expect(displayValue(field('order_count'), 12000, 'en', words)).toBe('12,000');
  });

  it('shows a number set without thousands separators as digits only: a year reads 2023', () => {
    const year = { id: 'year', type: 'number', label: { en: 'Year', 'zh-CN': '年度' }, decimals: 0, grouping: false } as const;
    expect(displayValue(year, 2023, 'en', words)).toBe('2023');
    expect(displayValue(year, 2023, 'zh-CN', zhWords)).toBe('2023');
    expect(displayValue({ ...year, grouping: undefined }, 2023, 'en', words)).toBe('2,023');
  });

  it('names options, users, yes and no, and counts rows', () => {
    expect(displayValue(field('industry'), 'steel', 'zh-CN', zhWords)).toBe('钢铁');
    expect(displayValue(field('recent_changes'), ['legal_representative', 'shareholders'], 'zh-CN', zhWords)).toBe('法定代表人、股东');
    expect(displayValue(field('recent_changes'), ['shareholders'], 'en', words)).toBe('Shareholders');
    expect(displayValue(field('lawsuits_pending'), false, 'zh-CN', zhWords)).toBe('否');
    expect(displayValue(field('account_manager'), 'u1', 'en', words)).toBe('林芳');
    expect(displayValue(field('contacts'), [{}, {}], 'en', words)).toBe('2 rows');
  });

  it('names the labelled values of a text formula or lookup, and shows an unlabelled one as it is', () => {
    const options = [{ id: 'frozen', label: { en: 'Frozen', 'zh-CN': '冻结' } }];
    const status = { id: 'status', type: 'formula', label: { en: 'Status', 'zh-CN': '状态' }, formula: '"frozen"', resultType: 'text', options } as const;
    expect(displayValue(status, 'frozen', 'zh-CN', zhWords)).toBe('冻结');
    expect(displayValue(status, 'normal', 'zh-CN', zhWords)).toBe('normal');
    const copied = { id: 'customer_status', type: 'lookup', label: { en: 'Status', 'zh-CN': '状态' }, via: 'customer', field: 'status', resultType: 'text', options } as const;
    expect(displayValue(copied, 'frozen', 'en', words)).toBe('Frozen');
    // A copied user field names the user; any other copied text shows as it is.
    const owner = { id: 'salesperson', type: 'lookup', label: { en: 'Salesperson', 'zh-CN': '业务员' }, via: 'customer', field: 'sales_owner', resultType: 'text' } as const;
    expect(displayValue(owner, 'u1', 'en', words)).toBe('林芳');
    expect(displayValue(owner, '华东', 'en', words)).toBe('华东');
  });

  it('shows a dash for an empty value', () => {
    expect(displayValue(field('company_name'), '', 'en', words)).toBe(EMPTY);
    expect(displayValue(field('recent_changes'), [], 'en', words)).toBe(EMPTY);
    expect(displayValue(field('contacts'), [], 'en', words)).toBe(EMPTY);
    expect(displayValue(field('credit_limit'), null, 'en', words)).toBe(EMPTY);
  });
});
