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

  it('checks a requirement condition like a visibility one: known fields, matching values, not the field itself', () => {
    const fields: FieldDefinition[] = [
      lawsuit,
      { id: 'details', type: 'long_text', label: label('Details'), requiredWhen: { fact: 'lawsuit_pending', operator: 'equal', value: true } },
      { id: 'notes', type: 'long_text', label: label('Notes'), requiredWhen: { fact: 'lawsuits_pending', operator: 'equal', value: 'yes' } },
      { id: 'reason', type: 'text', label: label('Reason', '原因'), requiredWhen: { fact: 'reason', operator: 'equal', value: 'x' } },
      { id: 'ok', type: 'text', label: label('OK'), requiredWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } },
    ];
    const problems = check(fields);
    expect(where(problems)).toEqual(['/fields/1/requiredWhen/fact condition.fact.unknown', '/fields/2/requiredWhen/value condition.value.kind', '/fields/3/requiredWhen field.requiredWhen.self']);
    expect(problems.find((p) => p.code === 'condition.fact.unknown')?.message).toBe('Unknown field "lawsuit_pending". Did you mean "lawsuits_pending"?');
    expect(problems.find((p) => p.code === 'field.requiredWhen.self')?.messageZh).toBe('"原因" 的必填条件依赖其自身的值，无法据此判断是否必填，请改用其他字段作为条件。');
  });

  it('refuses a requirement condition on a field always required, and on a computed field', () => {
    const fields: FieldDefinition[] = [
      lawsuit,
      { id: 'details', type: 'long_text', label: label('Details', '详情'), required: true, requiredWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } },
      { id: 'flag', type: 'formula', label: label('Flag'), formula: 'lawsuits_pending', resultType: 'boolean', requiredWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } },
    ];
    const problems = check(fields);
    expect(where(problems)).toEqual(['/fields/1/requiredWhen field.requiredWhen.always', '/fields/2/requiredWhen field.computed.required']);
    expect(problems[0]?.message).toBe('"Details" is always required, so its condition never matters: turn "required" off or remove the condition.');
    expect(problems[0]?.messageZh).toBe('"详情" 已设为必填，必填条件不起作用：请取消必填，或删除该条件。');
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
