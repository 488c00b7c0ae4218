import { describe, expect, it } from 'vitest';
import { formCatalog } from './catalog.js';
import { formOf, label, refs, where } from './test-kit.js';
import type { FieldDefinition } from './types.js';
import { checkFields } from './validate-fields.js';

const check = (fields: FieldDefinition[]) => {
  const form = formOf(fields);
  return checkFields(form, formCatalog(form), refs());
};

const lawsuit: FieldDefinition = { id: 'lawsuits_pending', type: 'boolean', label: label('Lawsuits pending') };

describe('checkFields', () => {
  it('runs each type’s own checks, on columns too', () => {
    const fields: FieldDefinition[] = [
      { id: 'industry', type: 'single_select', label: label('Industry'), options: [] },
      { id: 'contacts', type: 'sub_table', label: label('Contacts'), columns: [{ id: 'kind', type: 'single_select', label: label('Kind'), options: [] }] },
    ];
    expect(where(check(fields))).toEqual(['/fields/0/options field.options.empty', '/fields/1/columns/0/options field.options.empty']);
  });

  it('checks a default against the field’s type and rules', () => {
    const fields: FieldDefinition[] = [
      { id: 'industry', type: 'single_select', label: label('Industry', '行业'), options: [{ id: 'steel', label: label('Steel') }], default: 'stel' },
      { id: 'terms', type: 'number', label: label('Terms'), decimals: 0, rules: { max: 180 }, default: 365 },
      { id: 'rows', type: 'sub_table', label: label('Rows'), columns: [{ id: 'n', type: 'number', label: label('N'), default: 'x' }] },
      { id: 'ok', type: 'money', label: label('OK'), default: 100.5 },
    ];
    const problems = check(fields);
    expect(where(problems)).toEqual(['/fields/0/default field.default', '/fields/1/default field.default', '/fields/2/columns/0/default field.default']);
    expect(problems[0]?.message).toBe('The default value is wrong: Industry has no option "stel". Did you mean "steel"?');
    expect(problems[0]?.messageZh).toBe('默认值有误：行业没有选项 "stel"。 是否应为 "steel"？');
  });

  it('checks a default sub-table’s cells', () => {
    const fields: FieldDefinition[] = [{ id: 'rows', type: 'sub_table', label: label('Rows'), columns: [{ id: 'n', type: 'number', label: label('N'), required: true }], default: [{ n: 'x' }, {}] }];
    expect(where(check(fields))).toEqual(['/fields/0/default/0/n field.default', '/fields/0/default/1/n field.default']);
  });

  it('checks visibility conditions against the form', () => {
    const fields: FieldDefinition[] = [
      lawsuit,
      { id: 'details', type: 'long_text', label: label('Details'), visibleWhen: { fact: 'lawsuit_pending', operator: 'equal', value: true } },
      { id: 'notes', type: 'long_text', label: label('Notes'), visibleWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } },
    ];
    expect(where(check(fields))).toEqual(['/fields/1/visibleWhen/fact condition.fact.unknown']);
  });

  it('refuses a field shown depending on itself', () => {
    const fields: FieldDefinition[] = [{ id: 'notes', type: 'text', label: label('Notes'), visibleWhen: { not: { fact: 'notes', operator: 'equal', value: '' } } }];
    expect(where(check(fields))).toEqual(['/fields/0/visibleWhen field.visibleWhen.self']);
  });

  it('names access roles the tenant does not have', () => {
    const fields: FieldDefinition[] = [{ id: 'limit', type: 'money', label: label('Limit'), access: { salesperson: 'read', salesman: 'hidden' } }];
    const problems = check(fields);
    expect(where(problems)).toEqual(['/fields/0/access/salesman field.access.role']);
    expect(problems[0]?.message).toBe('Access is set for unknown role "salesman". Known: salesperson, finance_director, risk_officer.');
  });

  it('checks reference targets', () => {
    const fields: FieldDefinition[] = [{ id: 'order', type: 'reference', label: label('Order'), target: 'invoice' }];
    expect(where(check(fields))).toEqual(['/fields/0/target field.target.unknown']);
  });
});
