import { describe, expect, it } from 'vitest';
import { label, where } from './test-kit.js';
import type { FormDefinition } from './types.js';
import { checkLayout } from './validate-layout.js';

const base: FormDefinition = {
  kind: 'form',
  id: 'customer',
  name: label('Customer'),
  fields: [
    { id: 'company_name', type: 'text', label: label('Company name', '企业名称') },
    { id: 'annual_sales', type: 'money', label: label('Annual sales', '年销售额') },
  ],
  sections: [
    { id: 'registration', label: label('Registration', '工商'), columns: 2, fields: ['company_name'] },
    { id: 'financials', label: label('Financials', '财务'), columns: 3, fields: ['annual_sales'] },
  ],
};

describe('checkLayout', () => {
  it('passes when every field sits in exactly one section', () => {
    expect(checkLayout(base)).toEqual([]);
  });

  it('finds duplicate field and section ids', () => {
    const def = { ...base, fields: [...base.fields, { id: 'company_name', type: 'text' as const, label: label('Again') }], sections: [...base.sections, { ...base.sections[0]!, fields: [] }] };
    expect(where(checkLayout(def))).toEqual(['/fields/2/id field.id.duplicate', '/sections/2/id section.id.duplicate']);
  });

  it('refuses a field id its rules would see as a fact of the change, saying how to fix it', () => {
    const def = { ...base, fields: [...base.fields, { id: 'is_new', type: 'boolean' as const, label: label('New') }, { id: 'today', type: 'date' as const, label: label('Day') }] };
    def.sections = [{ ...base.sections[0]!, fields: ['company_name', 'is_new', 'today'] }, base.sections[1]!];
    const problems = checkLayout(def);
    expect(where(problems)).toEqual(['/fields/2/id field.id.reserved', '/fields/3/id field.id.reserved']);
    expect(problems[0]?.message).toContain('Choose another id, e.g. "is_new_value"');
    expect(problems[0]?.messageZh).toContain('是保留字');
  });

  it('finds a field in no section, naming it', () => {
    const def = { ...base, sections: [base.sections[0]!] };
    const problems = checkLayout(def);
    expect(where(problems)).toEqual(['/fields/1 field.section.none']);
    expect(problems[0]?.message).toBe('Field "Annual sales" (annual_sales) is in no section: add it to one.');
  });

  it('finds a field in two sections, or twice in one', () => {
    const def = { ...base, sections: [{ ...base.sections[0]!, fields: ['company_name', 'company_name'] }, { ...base.sections[1]!, fields: ['annual_sales', 'company_name'] }] };
    expect(where(checkLayout(def))).toEqual(['/sections/0/fields/1 section.field.twice', '/sections/1/fields/1 section.field.twice']);
  });

  it('finds a section listing an unknown field, suggesting the likely one', () => {
    const def = { ...base, sections: [base.sections[0]!, { ...base.sections[1]!, fields: ['annual_sales', 'anual_sales'] }] };
    const problems = checkLayout(def);
    expect(where(problems)).toEqual(['/sections/1/fields/1 section.field.unknown']);
    expect(problems[0]?.message).toBe('Section "Financials" lists unknown field "anual_sales". Did you mean "annual_sales"?');
  });
});
