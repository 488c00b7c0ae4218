import { describe, expect, it } from 'vitest';
import { customer, goodWholesaler } from './samples.js';
import { fired, runRules } from './test-kit.js';

// The rating data a salesperson may not enter (DOMAIN.md §9: risk and finance do): a customer a
// salesperson creates is stored without it, scored on missing values, and has no policy limit.
const RATING_DATA = ['enterprise_type', 'industry', 'region', 'annual_sales'] as const;
const withoutRatingData = (values: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => {
  const rec = { ...customer(goodWholesaler), ...values };
  for (const id of RATING_DATA) delete rec[id];
  return rec;
};
const created = { is_new: true, changed_fields: [] };

describe('completing the rating data of a customer a salesperson created', () => {
  it('asks the risk officer to enter what is missing, naming the customer', async () => {
    const result = await runRules('profile_completion', { ...withoutRatingData({ credit_limit: null }), ...created });
    expect(fired(result)).toEqual(['incomplete']);
    expect(result.effects).toEqual([
      expect.objectContaining({
        kind: 'create_task',
        action: 'complete_profile',
        assignee: { role: 'risk_officer' },
        dueDate: '2025-07-03',
      }),
    ]);
    expect(result.effects[0]).toMatchObject({ title: { 'zh-CN': expect.stringMatching(/^补录 杭州钱塘商贸有限公司 的评级资料/) } });
  });

  it('counts empty text as missing, and asks nothing when a complete customer is created', async () => {
    expect(fired(await runRules('profile_completion', { ...withoutRatingData(), industry: 'wholesale', enterprise_type: 'private', region: '', annual_sales: 1, ...created }))).toEqual(['incomplete']);
    expect(fired(await runRules('profile_completion', { ...customer(goodWholesaler), ...created }))).toEqual([]);
  });

  it('closes the task once all four are in, and leaves it open while one is still missing', async () => {
    const complete = { ...customer(goodWholesaler), credit_limit: 7_500_000, is_new: false, changed_fields: ['industry', 'annual_sales'] };
    const result = await runRules('profile_completion', complete);
    expect(fired(result)).toEqual(['completed']);
    expect(result.effects).toEqual([expect.objectContaining({ kind: 'close_tasks', actions: ['complete_profile'] })]);
    const partial = { ...complete, region: null, changed_fields: ['industry'] };
    expect(fired(await runRules('profile_completion', partial))).toEqual([]);
    // A later edit that touches none of them closes nothing again.
    expect(fired(await runRules('profile_completion', { ...complete, changed_fields: ['contact_phone'] }))).toEqual([]);
  });
});
