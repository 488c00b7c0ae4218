import { describe, expect, it } from 'vitest';
import { compileForm } from './compile.js';
import { formOf, label, where } from './test-kit.js';

const form = formOf([
  { id: 'company_name', type: 'text', label: label('Company name'), required: true, rules: { unique: true } },
  { id: 'credit_code', type: 'text', label: label('Credit code'), rules: { unique: true, pattern: { regex: '^[0-9A-Z]{18}$' } } },
  { id: 'lawsuits_pending', type: 'boolean', label: label('Lawsuits pending'), default: false },
  { id: 'lawsuit_details', type: 'long_text', label: label('Lawsuit details'), visibleWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } },
  { id: 'tags', type: 'multi_select', label: label('Tags'), options: [{ id: 'vip', label: label('VIP') }], default: ['vip'] },
  { id: 'assets', type: 'money', label: label('Assets'), access: { salesperson: 'read' } },
  { id: 'double_assets', type: 'formula', label: label('Double assets'), formula: 'assets * 2', resultType: 'money' },
]);
const compiled = compileForm(form);

describe('compileForm', () => {
  it('keeps the definition and lists the unique fields for the server', () => {
    expect(compiled.definition).toBe(form);
    expect(compiled.uniqueFields).toEqual(['company_name', 'credit_code']);
  });

  it('starts a record from the defaults, each a fresh copy', () => {
    const a = compiled.initialRecord();
    expect(a).toEqual({ lawsuits_pending: false, tags: ['vip'] });
    (a.tags as string[]).push('x');
    expect(compiled.initialRecord().tags).toEqual(['vip']);
  });

  it('computes, validates and checks visibility in one piece', () => {
    const record = compiled.computeRecord({ company_name: 'A', assets: 10 }, { today: '2024-05-01' });
    expect(record.double_assets).toBe(20);
    expect(compiled.validateRecord(record, { today: '2024-05-01' })).toEqual([]);
    expect(where(compiled.validateRecord({ credit_code: 'short' }, { today: '2024-05-01' }))).toEqual(['/company_name value.required', '/credit_code value.pattern']);
    expect(compiled.isVisible('lawsuit_details', { lawsuits_pending: true })).toBe(true);
  });

  it('filters and guards by role', () => {
    expect(compiled.accessFor('salesperson').assets).toBe('read');
    expect(compiled.readableRecord({ assets: 1, double_assets: 2 }, 'salesperson')).toEqual({ assets: 1, double_assets: 2 });
    expect(where(compiled.checkWrite({ assets: 1 }, { assets: 2 }, 'salesperson'))).toEqual(['/assets access.read']);
  });
});
