import { describe, expect, it } from 'vitest';
import { factsOf, flowCatalog, rolesOf } from './facts.js';
import { creditFields, directory } from './test-fixtures.js';

describe('flow facts', () => {
  it('adds the submitter and their roles to the record, winning over same-named fields', () => {
    expect(factsOf({ grade: 'A', submitter: 'forged' }, 'sun', directory)).toEqual({ grade: 'A', submitter: 'sun', submitterRoles: ['sales_manager'] });
    expect(rolesOf(directory, null)).toEqual([]);
  });

  it('offers them to conditions beside the form fields', () => {
    const c = flowCatalog(creditFields);
    expect(c.get('submitterRoles')).toMatchObject({ kind: 'list' });
    expect(c.get('amount')).toMatchObject({ kind: 'number' });
  });
});
