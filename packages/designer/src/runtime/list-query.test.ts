import { compileForm, customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { columnChoices, exportQueryString, filterableFields, isSortable, listColumns, listQueryString, OPS_OF, sortParam } from './list-query.js';

const decode = (q: string) => [...new URLSearchParams(q.slice(1))];

describe('list query', () => {
  it('writes filters, sort, limit and cursor as the records API reads them', () => {
    const q = listQueryString({
      filters: [
        { field: 'industry', op: 'eq', value: 'steel' },
        { field: 'annual_sales', op: 'gte', value: 1000000 },
        { field: 'gross_margin', op: 'lt', value: 0.35 },
        { field: 'lawsuits_pending', op: 'eq', value: false },
        { field: 'region', op: 'in', value: ['east', 'south'] },
        { field: 'recent_changes', op: 'contains', value: ['shareholders', 'legal_representative'] },
      ],
      sort: '-annual_sales',
      limit: 50,
      cursor: 'abc',
    });
    expect(decode(q)).toEqual([
      ['filter[industry][eq]', 'steel'],
      ['filter[annual_sales][gte]', '1000000'],
      ['filter[gross_margin][lt]', '0.35'],
      ['filter[lawsuits_pending][eq]', 'false'],
      ['filter[region][in]', 'east,south'],
      ['filter[recent_changes][contains]', 'shareholders'],
      ['filter[recent_changes][contains]', 'legal_representative'],
      ['sort', '-annual_sales'],
      ['limit', '50'],
      ['cursor', 'abc'],
    ]);
  });

  it('escapes commas and backslashes inside the values of an in filter', () => {
    expect(decode(listQueryString({ filters: [{ field: 'company_name', op: 'in', value: ['Zhou, Wu & Co.', 'C:\\x', 'Baowu'] }] }))).toEqual([['filter[company_name][in]', 'Zhou\\, Wu & Co.,C:\\\\x,Baowu']]);
  });

  it('skips filters without a value and gives an empty query for nothing', () => {
    expect(listQueryString({ filters: [{ field: 'company_name', op: 'contains', value: '' }, { field: 'region', op: 'in', value: [] }] })).toBe('');
  });

  it('sends an emptiness filter as =true, whatever value the row holds', () => {
    expect(decode(listQueryString({ filters: [{ field: 'region', op: 'empty', value: undefined }, { field: 'industry', op: 'filled', value: true }] }))).toEqual([
      ['filter[region][empty]', 'true'],
      ['filter[industry][filled]', 'true'],
    ]);
  });

  it('exports what the list shows, with its scores, every page, in the UI\'s language', () => {
    expect(decode(exportQueryString({ filters: [{ field: 'industry', op: 'ne', value: 'steel' }], sort: 'company_name', scores: ['credit_score'], limit: 20, cursor: 'x' }, 'zh-CN'))).toEqual([
      ['filter[industry][ne]', 'steel'],
      ['sort', 'company_name'],
      ['scores', 'credit_score'],
      ['lang', 'zh-CN'],
    ]);
    expect(exportQueryString({ filters: [] }, 'en')).toBe('?lang=en');
  });

  it('offers the fields a role sees, sortable by kind', () => {
    const access = compileForm(customerCreditProfile).accessFor(['salesperson']);
    const ids = filterableFields(customerCreditProfile, access).map((f) => f.id);
    expect(ids).toContain('company_name');
    expect(ids).not.toContain('risk_notes');
    expect(ids).not.toContain('contacts');
    const byId = new Map(filterableFields(customerCreditProfile, access).map((f) => [f.id, f]));
    expect(isSortable(byId.get('annual_sales')!)).toBe(true);
    expect(isSortable(byId.get('recent_changes')!)).toBe(false);
    expect(OPS_OF[byId.get('recent_changes')!.kind]).toEqual(['contains', 'empty', 'filled']);
  });

  it('shows the first fields a role sees as columns, not long text or tables', () => {
    const access = compileForm(customerCreditProfile).accessFor(['salesperson']);
    expect(listColumns(customerCreditProfile, access).map((f) => f.id)).toEqual(['company_name', 'credit_code', 'legal_representative', 'founded_on', 'registered_capital', 'enterprise_type']);
    const few = { ...customerCreditProfile, fields: customerCreditProfile.fields.filter((f) => ['lawsuit_details', 'contacts', 'risk_notes', 'region'].includes(f.id)) };
    expect(listColumns(few, access).map((f) => f.id)).toEqual(['region']);
    expect(columnChoices(few, access).map((f) => f.id)).toEqual(['region']);
  });

  it('shows the columns the user picked, in their order, but none their roles do not see', () => {
    const finance = compileForm(customerCreditProfile).accessFor(['finance_director']);
    const sales = { ...finance, credit_limit: 'hidden' as const };
    const form = { ...customerCreditProfile, listColumns: ['company_name', 'credit_limit', 'region'] };
    expect(listColumns(form, finance).map((f) => f.id)).toEqual(['company_name', 'credit_limit', 'region']);
    expect(listColumns(form, finance, ['region', 'company_name']).map((f) => f.id)).toEqual(['region', 'company_name']);
    // Hidden from sales: left out; picks that are all gone fall back to the form's default.
    expect(listColumns(form, sales).map((f) => f.id)).toEqual(['company_name', 'region']);
    expect(listColumns(form, sales, ['credit_limit', 'no_such_field']).map((f) => f.id)).toEqual(['company_name', 'region']);
    expect(columnChoices(form, sales).map((f) => f.id)).not.toContain('credit_limit');
  });

  it('turns a column order into the sort parameter', () => {
    expect(sortParam('annual_sales', 'descend')).toBe('-annual_sales');
    expect(sortParam('annual_sales', 'ascend')).toBe('annual_sales');
    expect(sortParam('annual_sales', null)).toBeUndefined();
  });
});
