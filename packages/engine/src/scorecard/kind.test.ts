import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { scorecardKind, scorecardReferences } from './kind.js';
import { scorecardSchema } from './schema.js';
import { creditContext, smallCard } from './test-kit.js';

describe('scorecardKind', () => {
  it('validates, compiles and evaluates through the kind contract', () => {
    const def = smallCard();
    expect(scorecardKind.kind).toBe('scorecard');
    expect(scorecardKind.schema).toBe(scorecardSchema);
    expect(scorecardKind.validate(def, creditContext())).toEqual([]);
    const r = scorecardKind.compile(def, creditContext()).evaluate({ debt_ratio: 0.1, lawsuit_pending: false, cooperation_years: 10 }, { today: '2024-06-30' });
    expect(r.grade).toBe('A');
  });

  it('refuses to compile against a context without the form', () => {
    expect(() => scorecardKind.compile(smallCard(), emptyContext())).toThrow(/form "customer"/);
  });

  it('names its form as its one reference', () => {
    expect(scorecardReferences(smallCard())).toEqual([{ path: '/form', kind: 'form', id: 'customer' }]);
  });

  it('renames its own id and its form, leaving the rest alone', () => {
    const def = smallCard();
    const renamed = scorecardKind.renameReferences(def, (kind, id) => `${kind}_${id}`);
    expect(renamed).toEqual({ ...def, id: 'scorecard_small', form: 'form_customer' });
    expect(def.id).toBe('small');
  });
});
