import type { Effect } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { ApprovalView } from './api.js';
import { outcomeTone, writeOutcome } from './write-outcome.js';
import type { RuleRun } from './write-outcome.js';

const me = { userId: 'zhou', roles: ['salesperson'] };
const base = { rule: 'r', action: 'a' } as const;
const run = (effects: Effect[], error: unknown = null, status: 'applied' | 'skipped' = 'applied'): RuleRun => ({ ruleSet: 'order_credit_check', recordRevision: 1, effects: effects.map((effect) => ({ effect, status })), error });
const refused = { 'zh-CN': '订单 SO-1 已拒绝：客户在黑名单中。', en: 'Order SO-1 was refused: the customer is blacklisted.' };
const approval = (status: ApprovalView['status']) => ({ id: `ap_${status}`, flowId: 'order_over_limit', flowName: { 'zh-CN': '超额订单审批', en: 'Over-limit order approval' }, status }) as ApprovalView;

describe('writeOutcome', () => {
  it('keeps what the rules told the writer, by user, user field or role, once each', () => {
    const out = writeOutcome(
      [
        run([{ ...base, kind: 'set_field', field: 'status', value: 'refused' }, { ...base, kind: 'notify', to: { field: 'salesperson', user: 'zhou' }, message: refused }]),
        run([{ ...base, kind: 'notify', to: { user: 'zhou' }, message: refused }, { ...base, kind: 'notify', to: { role: 'salesperson' }, message: { 'zh-CN': '角色', en: 'Role' } }]),
      ],
      [],
      me,
    );
    expect(out).toEqual({ approvals: [], flags: [], notices: [refused, { 'zh-CN': '角色', en: 'Role' }] });
    expect(outcomeTone(out)).toBe('warning');
  });

  it('leaves out notices to others, skipped effects and runs rolled back', () => {
    const out = writeOutcome(
      [
        run([{ ...base, kind: 'notify', to: { role: 'finance_director' }, message: refused }, { ...base, kind: 'notify', to: { field: 'salesperson', user: null }, message: refused }]),
        run([{ ...base, kind: 'notify', to: { user: 'zhou' }, message: refused }], { code: 'rules.depth' }),
        run([{ ...base, kind: 'add_flag', flag: 'watch', target: { self: true } }], null, 'skipped'),
      ],
      [],
      me,
    );
    expect(out).toEqual({ approvals: [], flags: [], notices: [] });
    expect(outcomeTone(out)).toBe('success');
  });

  it('raises the flags left on the record itself, with their labels, less those a later run removed', () => {
    const out = writeOutcome(
      [
        run([{ ...base, kind: 'add_flag', flag: 'high_risk', label: { 'zh-CN': '高风险', en: 'High risk' }, target: { self: true } }, { ...base, kind: 'add_flag', flag: 'quality_low', target: { self: true } }, { ...base, kind: 'add_flag', flag: 'watch', target: { self: true } }, { ...base, kind: 'add_flag', flag: 'customer_flag', target: { field: 'customer', record: 'c1' } }]),
        run([{ ...base, kind: 'remove_flag', flag: 'watch', target: { self: true } }]),
      ],
      [],
      me,
    );
    expect(out.flags).toEqual([{ flag: 'high_risk', label: { 'zh-CN': '高风险', en: 'High risk' } }, { flag: 'quality_low' }]);
    expect(outcomeTone(out)).toBe('warning');
  });

  it('names the approvals now waiting on the record, and says so as information', () => {
    const out = writeOutcome([], [approval('running'), approval('withdrawn')], me);
    expect(out.approvals.map((a) => a.id)).toEqual(['ap_running']);
    expect(outcomeTone(out)).toBe('info');
  });
});
