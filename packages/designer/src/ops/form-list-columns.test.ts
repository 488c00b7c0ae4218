import { customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { removeField } from './form-fields.js';
import { setFieldList, setListSort } from './form-list-columns.js';
import { renameField } from './form-references.js';

const listed = setFieldList(customerCreditProfile, 'listColumns', ['company_name', 'region', 'credit_limit']);

describe('list columns', () => {
  it('are set in order, and none leaves the property out', () => {
    expect(listed.listColumns).toEqual(['company_name', 'region', 'credit_limit']);
    expect('listColumns' in setFieldList(listed, 'listColumns', [])).toBe(false);
  });

  it('follow a renamed field and lose a removed one', () => {
    expect(renameField(listed, { id: 'region' }, 'area').listColumns).toEqual(['company_name', 'area', 'credit_limit']);
    expect(removeField(listed, { id: 'region' }).listColumns).toEqual(['company_name', 'credit_limit']);
    expect('listColumns' in removeField(setFieldList(listed, 'listColumns', ['region']), { id: 'region' })).toBe(false);
  });
});

describe('summary fields', () => {
  const summed = setFieldList(customerCreditProfile, 'summaryFields', ['credit_limit', 'region']);

  it('are set in order, and none leaves the property out', () => {
    expect(summed.summaryFields).toEqual(['credit_limit', 'region']);
    expect('summaryFields' in setFieldList(summed, 'summaryFields', [])).toBe(false);
  });

  it('follow a renamed field and lose a removed one', () => {
    expect(renameField(summed, { id: 'region' }, 'area').summaryFields).toEqual(['credit_limit', 'area']);
    expect(removeField(summed, { id: 'region' }).summaryFields).toEqual(['credit_limit']);
    expect('summaryFields' in removeField(setFieldList(customerCreditProfile, 'summaryFields', ['region']), { id: 'region' })).toBe(false);
  });
});

describe('list order, record title and record state', () => {
  it('are set, cleared, and follow a renamed field or leave with a removed one', () => {
    const sorted = setListSort({ ...customerCreditProfile, titleField: 'company_name', stateField: 'enterprise_type' }, 'annual_sales', true);
    expect(sorted.listSort).toBe('-annual_sales');
    expect(setListSort(sorted, 'annual_sales', false).listSort).toBe('annual_sales');
    expect('listSort' in setListSort(sorted, undefined, true)).toBe(false);
    const renamed = renameField(renameField(renameField(sorted, { id: 'annual_sales' }, 'revenue'), { id: 'company_name' }, 'name'), { id: 'enterprise_type' }, 'ownership');
    expect([renamed.listSort, renamed.titleField, renamed.stateField]).toEqual(['-revenue', 'name', 'ownership']);
    const removed = removeField(removeField(removeField(sorted, { id: 'annual_sales' }), { id: 'company_name' }), { id: 'enterprise_type' });
    expect(['listSort' in removed, 'titleField' in removed, 'stateField' in removed]).toEqual([false, false, false]);
  });
});
