import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { freezeAction } from './freeze.js';
import type { FreezeAction } from './types.js';

const freeze: FreezeAction = { kind: 'freeze', id: 'z', scope: 'orders', on: 'customer', reason: { 'zh-CN': '逾期 {{days_overdue}} 天', en: '{{days_overdue}} days overdue' } };

describe('freeze', () => {
  it('checks its target and its reason', () => {
    expect(freezeAction.check(freeze, actionEnv(), '/a')).toEqual([]);
    expect(freezeAction.check({ ...freeze, on: 'salesperson', reason: { ...freeze.reason, en: '{{ days late }}' } }, actionEnv(), '/a').map((p) => p.code)).toEqual(['ruleset.field.type', 'ruleset.template.placeholder']);
  });

  it('freezes the referenced customer\'s orders, with the reason filled in', () => {
    expect(freezeAction.compile(freeze, compileEnv('notice'))({ customer: 'c_9', days_overdue: 12 }, { today: TODAY })).toMatchObject({
      kind: 'freeze',
      rule: 'notice',
      action: 'z',
      scope: 'orders',
      reason: { 'zh-CN': '逾期 12 天', en: '12 days overdue' },
      target: { field: 'customer', record: 'c_9' },
    });
  });
});
