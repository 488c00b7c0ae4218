import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { customerCreditProfile } from './fixtures/customer-credit-profile.js';
import { checkListColumns, defaultListColumns } from './list-columns.js';
import { validateForm } from './validate.js';

const ids = (fields: readonly { id: string }[]) => fields.map((f) => f.id);

describe('list columns', () => {
  it('are the first six fields that fit a column when the form names none', () => {
    expect(ids(defaultListColumns(customerCreditProfile))).toEqual(['company_name', 'credit_code', 'legal_representative', 'founded_on', 'registered_capital', 'enterprise_type']);
  });

  it('are the form\'s own, in its order, without the fields the user may not see', () => {
    const form = { ...customerCreditProfile, listColumns: ['credit_limit', 'company_name', 'region'] };
    expect(ids(defaultListColumns(form))).toEqual(['credit_limit', 'company_name', 'region']);
    expect(ids(defaultListColumns(form, (f) => f.id !== 'credit_limit'))).toEqual(['company_name', 'region']);
  });

  it('must name fields of the form that fit a column, with the likely spelling', () => {
    const wide = customerCreditProfile.fields.find((f) => f.type === 'long_text' || f.type === 'sub_table')!;
    const form = { ...customerCreditProfile, listColumns: ['company_name', 'credit_limt', wide.id] };
    const problems = checkListColumns(form);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/listColumns/1 form.list_column.unknown', '/listColumns/2 form.list_column.wide']);
    expect(problems[0]?.message).toContain('Did you mean "credit_limit"?');
    expect(validateForm(form, emptyContext()).map((p) => p.path)).toEqual(expect.arrayContaining(['/listColumns/1', '/listColumns/2']));
  });

  it('fall back to the first fields when the user sees none of the form\'s', () => {
    const form = { ...customerCreditProfile, listColumns: ['credit_limit'] };
    expect(defaultListColumns(form, (f) => f.id !== 'credit_limit')).toHaveLength(6);
  });

  it('look only at ids the schema allows, however odd the input', () => {
    const odd = { ...customerCreditProfile, listColumns: [null, 5, {}, 'x'.repeat(100_000), ...Array.from({ length: 40 }, (_, i) => `col_${i}`)] };
    const problems = checkListColumns(odd as never);
    expect(problems).toHaveLength(26);
    expect(problems.every((p) => p.code === 'form.list_column.unknown')).toBe(true);
    expect(validateForm(odd, emptyContext()).some((p) => p.path === '/listColumns')).toBe(true);
  });

  it('are refused twice, or as something other than ids, by the schema', () => {
    expect(validateForm({ ...customerCreditProfile, listColumns: ['company_name', 'company_name'] }, emptyContext()).map((p) => p.path)).toContain('/listColumns');
    expect(validateForm({ ...customerCreditProfile, listColumns: 'company_name' }, emptyContext()).map((p) => p.path)).toContain('/listColumns');
  });
});

describe('a list order', () => {
  const problems = (listSort: string) => validateForm({ ...customerCreditProfile, listSort }, emptyContext()).filter((p) => p.path === '/listSort').map((p) => [p.code, p.messageZh]);

  it('names a field a list can be sorted by, ascending or descending', () => {
    expect(problems('-annual_sales')).toEqual([]);
    expect(problems('company_name')).toEqual([]);
  });

  it('refuses a field the form lacks, one a list cannot be sorted by, and what is no field id, in both languages', () => {
    expect(problems('-anual_sales')[0]?.[0]).toBe('form.list_sort.unknown');
    expect(problems('contacts')).toEqual([['form.list_sort.kind', '列表不能按 "联系人" 排序：请选择数字、文本、日期、日期时间或是/否字段。']]);
    expect(validateForm({ ...customerCreditProfile, listSort: '--x' }, emptyContext()).map((p) => `${p.path} ${p.code}`)).toContain('/listSort schema.pattern');
  });
});
