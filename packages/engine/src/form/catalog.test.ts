import { describe, expect, it } from 'vitest';
import { formCatalog } from './catalog.js';
import { label, formOf } from './test-kit.js';

const form = formOf([
  { id: 'annual_sales', type: 'money', label: label('Annual sales') },
  { id: 'industry', type: 'single_select', label: label('Industry'), options: [{ id: 'steel', label: label('Steel') }] },
  { id: 'tags', type: 'multi_select', label: label('Tags'), options: [{ id: 'vip', label: label('VIP') }] },
  { id: 'debt_ratio', type: 'formula', label: label('Debt ratio'), formula: '1', resultType: 'percent' },
  { id: 'statements', type: 'sub_table', label: label('Statements'), columns: [{ id: 'year', type: 'number', label: label('Year') }] },
  { id: 'founded_on', type: 'date', label: label('Founded on') },
  { id: 'status', type: 'formula', label: label('Status'), formula: 'IF(debt_ratio > 0.7, "watch", "normal")', resultType: 'text', options: [{ id: 'watch', label: label('Watch') }, { id: 'normal', label: label('Normal') }] },
]);

describe('formCatalog', () => {
  it('types every field for formulas and conditions', () => {
    const catalog = formCatalog(form);
    expect(catalog.get('annual_sales')).toEqual({ id: 'annual_sales', type: 'money', kind: 'number', label: label('Annual sales') });
    expect(catalog.get('industry')).toEqual({ id: 'industry', type: 'single_select', kind: 'text', label: label('Industry'), options: ['steel'] });
    expect(catalog.get('tags')?.kind).toBe('list');
    expect(catalog.get('founded_on')?.kind).toBe('date');
  });

  it('shows a formula as its result type', () => {
    expect(formCatalog(form).get('debt_ratio')).toEqual({ id: 'debt_ratio', type: 'percent', kind: 'number', label: label('Debt ratio'), computed: true });
  });

  it('offers the values a labelled text formula gives as its options', () => {
    expect(formCatalog(form).get('status')).toEqual({ id: 'status', type: 'text', kind: 'text', label: label('Status'), computed: true, options: ['watch', 'normal'] });
  });

  it('gives a sub-table its columns', () => {
    const table = formCatalog(form).get('statements');
    expect(table?.kind).toBe('table');
    expect(table?.columns?.get('year')).toEqual({ id: 'year', type: 'number', kind: 'number', label: label('Year') });
  });
});
