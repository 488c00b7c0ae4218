import { customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { removeField } from './form-fields.js';
import { setListColumns } from './form-list-columns.js';
import { renameField } from './form-references.js';

const listed = setListColumns(customerCreditProfile, ['company_name', 'region', 'credit_limit']);

describe('list columns', () => {
  it('are set in order, and none leaves the property out', () => {
    expect(listed.listColumns).toEqual(['company_name', 'region', 'credit_limit']);
    expect('listColumns' in setListColumns(listed, [])).toBe(false);
  });

  it('follow a renamed field and lose a removed one', () => {
    expect(renameField(listed, { id: 'region' }, 'area').listColumns).toEqual(['company_name', 'area', 'credit_limit']);
    expect(removeField(listed, { id: 'region' }).listColumns).toEqual(['company_name', 'credit_limit']);
    expect('listColumns' in removeField(setListColumns(listed, ['region']), { id: 'region' })).toBe(false);
  });
});
