import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form } from '../samples/index.js';
import { displayTypeOf, showValue } from './show-value.js';

const en = { form, lang: 'en', none: '(empty)' } as const;
const zh = { form, lang: 'zh-CN', none: '（空）' } as const;

describe('values in the test panel', () => {
  it('shows numbers by the field’s type: percent, money, plain', () => {
    expect(displayTypeOf(form, 'debt_ratio')).toEqual({ type: 'percent', decimals: 2 });
    expect(showValue('debt_ratio', 0.8, { ...en, ...displayTypeOf(form, 'debt_ratio') })).toBe('80.00%');
    expect(showValue('total_assets', 1_000_000, { ...zh, ...displayTypeOf(form, 'total_assets') })).toBe('1,000,000.00 元');
    expect(showValue('score', 71.5, en)).toBe('71.50');
    expect(showValue('late_payments', 3, { ...en, ...displayTypeOf(form, 'late_payments') })).toBe('3');
  });

  it('shows options, yes/no, dates and lists as people read them', () => {
    expect(showValue('industry', 'steel', zh)).toBe('钢铁');
    expect(showValue('lawsuits_pending', true, zh)).toBe('是');
    expect(showValue('lawsuits_pending', false, en)).toBe('no');
    expect(showValue('today', '2025-03-01', en)).toBe('Mar 1, 2025');
    expect(showValue('changed_fields', ['industry', 'region'], { ...en, optionText: (v) => (v === 'industry' ? 'Industry' : undefined) })).toBe('Industry, region');
  });

  it('says when there is no value', () => {
    expect(showValue('region', undefined, zh)).toBe('（空）');
    expect(showValue('region', null, en)).toBe('(empty)');
    expect(showValue('company_name', '', en)).toBe('(empty)');
  });
});
