import { customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { changesOf } from './revisions.js';

const fields = customerCreditProfile.fields;

describe('revision changes', () => {
  it('lists changed, added and cleared fields in form order', () => {
    const changes = changesOf({ industry: 'steel', company_name: 'A', region: 'east' }, { region: '', industry: 'services', company_name: 'A', contacts: [{ name: 'x' }] }, fields);
    expect(changes.map((c) => [c.field.id, c.before, c.after])).toEqual([
      ['industry', 'steel', 'services'],
      ['region', 'east', ''],
      ['contacts', undefined, [{ name: 'x' }]],
    ]);
  });

  it('treats empty values as equal and ignores fields the form no longer has', () => {
    expect(changesOf({ recent_changes: [], gone: 1 }, { legal_representative: '', gone: 2 }, fields)).toEqual([]);
  });
});
