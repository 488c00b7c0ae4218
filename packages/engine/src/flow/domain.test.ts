import { describe, expect, it } from 'vitest';
import { compileFlow } from './compile.js';
import { simulateRoute } from './simulate.js';
import { creditApproval } from './fixtures/credit-approval.js';
import { Instance, ctx, directory } from './test-fixtures.js';
import { validateFlow } from './validate.js';

const application = (grade: string, amount: number) => ({ customer: 'cust_0042', grade, amount, salesperson: 'zhou', reason: '新增订单' });
const approversOn = (grade: string, amount: number) =>
  simulateRoute(compileFlow(creditApproval), application(grade, amount), directory, 'li').steps.flatMap((s) => (s.kind === 'approver' ? [{ node: s.nodeId, mode: s.mode, who: s.approvers }] : []));

describe('credit approval routing (DOMAIN.md)', () => {
  it('is a valid flow on the credit application form', () => {
    expect(validateFlow(creditApproval, ctx)).toEqual([]);
  });

  it('routes grade A / 400,000 to the sales director alone', () => {
    expect(approversOn('A', 400000)).toEqual([{ node: 'director_only', mode: 'or', who: ['wang'] }]);
  });

  it('routes grade C to a countersign of risk officer and finance director', () => {
    expect(approversOn('C', 400000)).toEqual([{ node: 'risk_finance', mode: 'and', who: ['zhao', 'qian'] }]);
  });

  it('routes grade A from 500,000 and grade B to the sales director then the finance director, grade D on to the boss', () => {
    const directorThenFinance = [
      { node: 'director_first', mode: 'or', who: ['wang'] },
      { node: 'finance_second', mode: 'or', who: ['qian'] },
    ];
    expect(approversOn('A', 500000)).toEqual(directorThenFinance);
    expect(approversOn('B', 100000)).toEqual(directorThenFinance);
    expect(approversOn('D', 10000).map((s) => s.node)).toEqual(['d_risk_finance', 'd_boss']);
  });

  it('grade A / 400,000: the sales director approves a lower amount, the salesperson is copied', () => {
    const inst = new Instance(creditApproval);
    inst.submit(application('A', 400000));
    expect(inst.holders()).toEqual(['wang']);
    inst.wait(3);
    const effects = inst.ok({ type: 'approve', by: 'wang', comment: '同意，额度调整为 30 万', edits: { approved_amount: 300000 } });
    expect(effects).toContainEqual({ type: 'set_field', field: 'approved_amount', value: 300000 });
    expect(effects).toContainEqual({ type: 'copy_to', nodeId: 'cc_sales', users: ['zhou'] });
    expect(effects.at(-1)).toEqual({ type: 'finished', outcome: 'approved' });
    expect(inst.snapshot.history.find((e) => e.action === 'approve')).toEqual({ seq: 4, at: '2025-03-03T04:00:00.000Z', by: 'wang', action: 'approve', nodeId: 'director_only', comment: '同意，额度调整为 30 万', edits: { approved_amount: 300000 } });
  });

  it('grade C: returned by finance for more documents, resubmitted, then rejected by risk, all on record', () => {
    const inst = new Instance(creditApproval);
    inst.submit(application('C', 800000));
    expect(inst.holders()).toEqual(['zhao', 'qian']);
    inst.wait(1).ok({ type: 'approve', by: 'zhao', comment: '风控初审同意' });
    inst.wait(2).ok({ type: 'return', by: 'qian', comment: '请补充近两年财务报表', to: 'submitter' });
    expect(inst.snapshot.status).toBe('returned');
    inst.wait(20).ok({ type: 'resubmit', by: 'li', record: { ...application('C', 600000), reason: '已补充财务报表' } });
    expect(inst.holders()).toEqual(['zhao', 'qian']);
    inst.wait(1).ok({ type: 'reject', by: 'zhao', comment: '资产负债率 78%，超过 70% 红线' });
    expect(inst.snapshot.status).toBe('rejected');
    const decisions = inst.snapshot.history.filter((e) => e.by !== null).map((e) => [e.action, e.by, e.comment ?? '', e.at]);
    expect(decisions).toEqual([
      ['submit', 'li', '', '2025-03-03T01:00:00.000Z'],
      ['approve', 'zhao', '风控初审同意', '2025-03-03T02:00:00.000Z'],
      ['return', 'qian', '请补充近两年财务报表', '2025-03-03T04:00:00.000Z'],
      ['resubmit', 'li', '', '2025-03-04T00:00:00.000Z'],
      ['reject', 'zhao', '资产负债率 78%，超过 70% 红线', '2025-03-04T01:00:00.000Z'],
    ]);
  });

  it('grade C: an unanswered countersign escalates to the boss after 48 hours', () => {
    const inst = new Instance(creditApproval);
    inst.submit(application('C', 200000));
    inst.ok({ type: 'approve', by: 'qian' });
    inst.wait(48).ok({ type: 'timeout', nodeId: 'risk_finance' });
    expect(inst.holders()).toEqual(['boss']);
    inst.ok({ type: 'approve', by: 'boss', comment: '同意' });
    expect(inst.snapshot.status).toBe('approved');
  });

  it('grade D: the boss returns it to the countersign, which approves again', () => {
    const inst = new Instance(creditApproval);
    inst.submit(application('D', 50000));
    inst.ok({ type: 'approve', by: 'zhao' });
    inst.ok({ type: 'approve', by: 'qian' });
    inst.ok({ type: 'return', by: 'boss', comment: '请风控说明担保措施', to: 'd_risk_finance' });
    expect(inst.holders()).toEqual(['zhao', 'qian']);
    inst.ok({ type: 'approve', by: 'zhao', comment: '已追加法人担保' });
    inst.ok({ type: 'approve', by: 'qian' });
    inst.ok({ type: 'approve', by: 'boss' });
    expect(inst.snapshot.status).toBe('approved');
  });
});
