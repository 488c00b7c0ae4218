import { describe, expect, it } from 'vitest';
import { PolicyTally } from './policy-impact.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const limit = { id: 'limit', name: t('Limit'), type: 'money' as const, byGrade: { A: '100' } };

describe('PolicyTally', () => {
  it('adds up a money policy in fen over every record, unscored ones counting as none, and counts the records that change', () => {
    const tally = new PolicyTally([limit], [limit]);
    tally.add({ limit: 0.1 }, { limit: 0.2 });
    tally.add(null, { limit: 100.05 });
    tally.add({ limit: 7 }, { limit: 7 });
    expect(tally.result()).toEqual([{ id: 'limit', name: t('Limit'), type: 'money', dropped: false, changed: 2, total: { now: 7.1, draft: 107.25 } }]);
  });

  it('leaves out a policy no record changes, and sums neither side of one whose type the draft changes', () => {
    const tally = new PolicyTally([limit, { ...limit, id: 'same', type: 'text' }], [{ ...limit, type: 'days' }]);
    tally.add({ limit: 30, same: 'cash' }, { limit: 500_000, same: 'cash' });
    expect(tally.result()).toEqual([{ id: 'limit', name: t('Limit'), type: 'money', dropped: false, changed: 1, total: null }]);
  });

  it('sums a dropped money policy now against nothing by the draft', () => {
    const tally = new PolicyTally([], [limit]);
    tally.add({ limit: 500 }, {});
    expect(tally.result()).toEqual([{ id: 'limit', name: t('Limit'), type: 'money', dropped: true, changed: 1, total: { now: 500, draft: 0 } }]);
  });
});
