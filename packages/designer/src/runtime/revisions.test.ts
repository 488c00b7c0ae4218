import { customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { RevisionView } from './api.js';
import { changesOf, writerOf } from './revisions.js';

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

describe('the writer of a revision', () => {
  const rev = (revision: number, changedBy: string | null, changedVia: RevisionView['changedVia']): RevisionView => ({ revision, action: revision === 1 ? 'create' : 'update', formVersion: 1, data: {}, changedAt: '2026-11-24T05:49:00Z', changedBy, changedVia });
  const revisions = [rev(1, 'u-zhou', null), rev(2, 'u-zhou', [{ ruleSet: 'order_credit_check', rule: 'hold' }]), rev(3, null, [])];

  it('is the rules that wrote it, not the person whose write set them off', () => {
    expect(writerOf(revisions, 2)).toEqual({ rules: [{ ruleSet: 'order_credit_check', rule: 'hold' }] });
  });

  it('is the person, or nobody (an approval or a job), when no rule wrote it', () => {
    expect(writerOf(revisions, 1)).toEqual({ user: 'u-zhou' });
    expect(writerOf(revisions, 3)).toEqual({ user: null });
  });

  it('is unknown for a revision the history read does not hold', () => {
    expect(writerOf(revisions, 4)).toBeUndefined();
  });
});
