import { describe, expect, it } from 'vitest';
import { customer, goodWholesaler, history, negativeNews } from './samples.js';
import { fieldWrites, fired, runRules, scoreChanged } from './test-kit.js';

// The good wholesaler: 50,000,000 annual sales, with us since 2021, 729 points (AA). Policy limits:
// AAA 20%, AA 15% (7,500,000), A 10% (5,000,000), B 5% (2,500,000), D nothing; a customer with us
// under a year at most 200,000. The rules read the policy from the scorecard (policy_limit).
const wholesaler = (values: Readonly<Record<string, unknown>> = {}) => customer({ ...goodWholesaler, ...values });
// Negative news caps it at A; a pending lawsuit at D; late payments in the northeast bring it to B (575).
const capped = negativeNews;
const sued = { lawsuits_pending: true, lawsuit_details: '买卖合同纠纷' };
const late = { region: 'northeast', ...history(10, 400, 6) };

describe('re-rating when the data changes (score_changed)', () => {
  it('a later re-rating writes the grade back but leaves a granted limit and granted terms alone', async () => {
    const result = await runRules('credit_rating', scoreChanged(wholesaler({ credit_limit: 7_000_000, payment_terms_days: 75 }), [741, 'AA']));
    expect(fired(result)).toEqual(['write_back']);
    expect(fieldWrites(result)).toEqual({ credit_grade: 'AA', credit_score: 729, rated_on: '2025-06-30' });
  });

  it('the first rating also sets the limit and terms and tells the salesperson', async () => {
    const result = await runRules('credit_rating', scoreChanged(wholesaler(), null));
    expect(fired(result)).toEqual(['write_back', 'first_limit']);
    expect(fieldWrites(result)).toMatchObject({ credit_limit: 7_500_000, payment_terms_days: 60 });
    expect(result.effects.at(-1)).toMatchObject({ kind: 'notify', to: { field: 'sales_owner', user: 'zhou' } });
  });

  it('the first rating of a customer imported with a granted limit and terms keeps them', async () => {
    const result = await runRules('credit_rating', scoreChanged(wholesaler({ credit_limit: 3_000_000, payment_terms_days: 30 }), null));
    expect(fired(result)).toEqual(['write_back', 'first_limit']);
    expect(fieldWrites(result)).toMatchObject({ credit_limit: 3_000_000, payment_terms_days: 30 });
  });

  it('a first rating without the annual sales sets the terms only, says so, and the limit follows once they are in', async () => {
    const unknownSales = { ...wholesaler() };
    delete unknownSales.annual_sales;
    const first = await runRules('credit_rating', scoreChanged(unknownSales, null));
    expect(fired(first)).toEqual(['write_back', 'first_without_limit']);
    expect(fieldWrites(first)).toEqual({ credit_grade: 'AA', credit_score: 729, rated_on: '2025-06-30', payment_terms_days: 60 });
    expect(first.effects.at(-1)).toMatchObject({ kind: 'notify', message: { 'zh-CN': expect.stringContaining('缺年销售额，额度尚未按信用政策设定') } });
    // Entered later, re-rated at the same grade: the policy's 15% of 50,000,000, and the salesperson told.
    const later = await runRules('credit_rating', scoreChanged(wholesaler({ payment_terms_days: 60 }), [729, 'AA']));
    expect(fired(later)).toEqual(['write_back', 'limit_once_known']);
    expect(fieldWrites(later)).toMatchObject({ credit_limit: 7_500_000 });
    expect(later.effects.at(-1)).toMatchObject({ kind: 'notify', message: { 'zh-CN': expect.stringContaining('额度已按信用政策设定为 7,500,000') } });
    // A limit granted or imported, even 0, is left alone.
    expect(fired(await runRules('credit_rating', scoreChanged(wholesaler({ credit_limit: 0 }), [729, 'AA'])))).toEqual(['write_back']);
  });

  it('follows a policy the risk officer changed in the scorecard, with no change to the rules', async () => {
    const facts = { ...scoreChanged(wholesaler(), null), policy_limit: 6_000_000, policy_terms: 50 };
    expect(fieldWrites(await runRules('credit_rating', facts))).toMatchObject({ credit_limit: 6_000_000, payment_terms_days: 50 });
  });
});

describe('grade changes', () => {
  it('a downgrade lowers the limit and terms to the new grade’s policy, warns the salesperson and asks risk to review', async () => {
    const result = await runRules('grade_change', scoreChanged(wholesaler({ credit_limit: 7_500_000, payment_terms_days: 60, ...capped }), [741, 'AA']));
    expect(fired(result)).toEqual(['downgrade']);
    // MIN(7,500,000, 50,000,000 × 10%) = 5,000,000; MIN(60, 45) days.
    expect(fieldWrites(result)).toEqual({ credit_limit: 5_000_000, payment_terms_days: 45 });
    expect(result.effects[2]).toMatchObject({ kind: 'notify', rule: 'downgrade', action: 'warn_owner', to: { field: 'sales_owner', user: 'zhou' } });
    expect(result.effects[3]).toMatchObject({ kind: 'notify', rule: 'downgrade', action: 'tell_finance', to: { role: 'finance_director' } });
    // The score before kept no factors here: the notice says so rather than leaving 变化 empty.
    expect((result.effects[3] as { message: { 'zh-CN': string } }).message['zh-CN']).toContain('变化：未记录各指标的变化。');
    expect(result.effects[4]).toMatchObject({ kind: 'create_task', assignee: { role: 'risk_officer' }, dueDate: '2025-07-03' });
  });

  it('a downgrade on late settlements tells the salesperson and finance which factors moved it, from what to what', async () => {
    // One more late settlement, and 20 days late on average instead of 5 (8 settled): AA 729 → A 677.
    const result = await runRules('grade_change', scoreChanged(wholesaler(history(8, 200, 3)), wholesaler()));
    expect(fired(result)).toEqual(['downgrade']);
    const notices = result.effects.flatMap((e) => (e.kind === 'notify' ? [e.message] : []));
    expect(notices.map((m) => m['zh-CN'])).toEqual([
      '预警：杭州钱塘商贸有限公司 由 AA 级降为 A 级（677 分），变化：回款及时性（平均逾期天数） 5 → 25（−27.5 分）；回款记录（逾期次数） 2 → 3（−24.7 分）。额度与账期已按新等级政策核定（不高于原值），请控制发货。',
      '杭州钱塘商贸有限公司 由 AA 级（729 分）降为 A 级（677 分），变化：回款及时性（平均逾期天数） 5 → 25（−27.5 分）；回款记录（逾期次数） 2 → 3（−24.7 分）。额度与账期已降到新等级政策（不高于原值）。',
    ]);
    expect(notices[1]?.en).toBe('杭州钱塘商贸有限公司 fell from AA (729 points) to A (677 points), on: Payment history: average days late 5 → 25 (−27.5 points); Payment history: late payments 2 → 3 (−24.7 points). Its limit and terms are now at most the new grade\'s policy.');
  });

  it('a downgrade by an override names it among what moved the score', async () => {
    const result = await runRules('grade_change', scoreChanged(wholesaler(capped), wholesaler()));
    expect(fired(result)).toEqual(['downgrade']);
    expect(result.effects.find((e) => e.kind === 'notify')?.message['zh-CN']).toMatch(/变化：.*否决规则：/);
  });

  it('never raises a limit granted below the policy, and sets one where none was granted', async () => {
    const lower = await runRules('grade_change', scoreChanged(wholesaler({ credit_limit: 3_000_000, payment_terms_days: 30, ...capped }), [741, 'AA']));
    expect(fieldWrites(lower)).toEqual({ credit_limit: 3_000_000, payment_terms_days: 30 });
    const none = await runRules('grade_change', scoreChanged(wholesaler(late), [729, 'AA']));
    expect(fieldWrites(none)).toEqual({ credit_limit: 2_500_000, payment_terms_days: 30 });
  });

  it('a downgrade to D takes the whole limit away; a new customer keeps at most its trial limit', async () => {
    expect(fieldWrites(await runRules('grade_change', scoreChanged(wholesaler({ credit_limit: 7_500_000, ...sued }), [729, 'AA'])))).toEqual({ credit_limit: 0, payment_terms_days: 0 });
    const newcomer = wholesaler({ cooperation_since: '2025-01-01', credit_limit: 200_000 });
    expect(fieldWrites(await runRules('grade_change', scoreChanged(newcomer, [705, 'AA'])))).toEqual({ credit_limit: 200_000, payment_terms_days: 45 });
  });

  it('an upgrade raises the terms to the new grade’s policy (never lowering terms granted), and tells the salesperson a higher limit may be applied for', async () => {
    const result = await runRules('grade_change', scoreChanged(wholesaler({ credit_limit: 2_500_000, payment_terms_days: 30, ...capped }), [590, 'B']));
    expect(fired(result)).toEqual(['upgrade']);
    expect(result.effects.map((e) => e.kind)).toEqual(['set_field', 'notify']);
    expect(fieldWrites(result)).toEqual({ payment_terms_days: 45 });
    expect(fieldWrites(await runRules('grade_change', scoreChanged(wholesaler({ payment_terms_days: 60, ...capped }), [590, 'B'])))).toEqual({ payment_terms_days: 60 });
  });

  it('a new score in the same grade changes nothing', async () => {
    expect(fired(await runRules('grade_change', scoreChanged(wholesaler(), [735, 'AA'])))).toEqual([]);
  });
});

describe('blacklist (黑名单)', () => {
  const listed = wholesaler({ blacklisted: true, blacklist_reason: '恶意拖欠货款' });

  it('blacklisting freezes new orders, flags the customer and tells the salesperson and the sales director', async () => {
    const result = await runRules('blacklist', { ...listed, is_new: false, changed_fields: ['blacklist_reason', 'blacklisted'] });
    expect(result.effects.map((e) => e.kind)).toEqual(['freeze', 'add_flag', 'notify', 'notify']);
    expect(result.effects[0]).toMatchObject({ scope: 'orders', target: { self: true }, reason: { 'zh-CN': '杭州钱塘商贸有限公司 已列入黑名单，拒绝接单' } });
    expect(result.effects[3]).toMatchObject({ to: { role: 'sales_director' } });
  });

  it('a customer created on the blacklist is frozen at once; later saves do not repeat it', async () => {
    expect(fired(await runRules('blacklist', { ...listed, is_new: true, changed_fields: [] }))).toEqual(['refuse_orders']);
    expect(fired(await runRules('blacklist', { ...listed, is_new: false, changed_fields: ['news_notes'] }))).toEqual([]);
  });

  it('taking it off the list releases its orders, unless a receivable is still more than 7 days overdue', async () => {
    const result = await runRules('blacklist', { ...wholesaler({ frozen_receivables: 0 }), is_new: false, changed_fields: ['blacklisted'] });
    expect(fired(result)).toEqual(['lift']);
    expect(result.effects.map((e) => e.kind)).toEqual(['unfreeze', 'remove_flag', 'notify']);
    const overdue = await runRules('blacklist', { ...wholesaler({ frozen_receivables: 2 }), is_new: false, changed_fields: ['blacklisted'] });
    expect(fired(overdue)).toEqual(['lift_still_overdue']);
    expect(overdue.effects.map((e) => e.kind)).toEqual(['remove_flag', 'notify']);
    expect(overdue.effects[1]).toMatchObject({ message: { 'zh-CN': '杭州钱塘商贸有限公司 已移出黑名单，但仍有 2 笔应收逾期 8 天以上，赊销新订单继续冻结（现款现货照常）。' } });
  });

  it('a customer not on the list keeps no reason for it, however it came to have one (taken off, or imported so), so a later write-off is the only reason it is back', async () => {
    const lifted = await runRules('blacklist', { ...wholesaler({ frozen_receivables: 0, blacklist_reason: '2023 年拖欠货款' }), is_new: false, changed_fields: ['blacklisted'] });
    expect(fired(lifted)).toEqual(['lift', 'reason_left']);
    expect(lifted.effects).toContainEqual(expect.objectContaining({ kind: 'set_field', field: 'blacklist_reason', value: null }));
    expect(fired(await runRules('blacklist', { ...wholesaler({ blacklist_reason: '2023 年拖欠货款' }), is_new: true, changed_fields: [] }))).toEqual(['reason_left']);
    expect(fired(await runRules('blacklist', { ...wholesaler(), is_new: false, changed_fields: ['news_notes'] }))).toEqual([]);
    expect(fired(await runRules('blacklist', { ...listed, is_new: false, changed_fields: ['news_notes'] }))).toEqual([]);
  });
});

describe('trial period (试探期结束)', () => {
  const aYearOn = (values: Readonly<Record<string, unknown>>) => runRules('trial_end', { ...wholesaler({ credit_limit: 200_000, credit_grade: 'AA', ...values }), changed_fields: ['is_new_customer'] });

  it('a year after it became a customer, its salesperson is asked to review the trial limit', async () => {
    // 2024-06-30 to the test's today, 2025-06-30: 365 days, no longer new.
    const result = await aYearOn({ cooperation_since: '2024-06-30' });
    expect(fired(result)).toEqual(['trial_over']);
    expect(result.effects).toMatchObject([{
      kind: 'create_task', assignee: { field: 'sales_owner', user: 'zhou' }, dueDate: '2025-07-14',
      title: { 'zh-CN': '杭州钱塘商贸有限公司 合作满一年，试探期结束：按评级 AA 与交易记录评估，提交授信申请调整额度（当前 200,000.00 元）' },
    }]);
  });

  it('asks nothing while it is still new, or once it is blacklisted', async () => {
    expect(fired(await aYearOn({ cooperation_since: '2024-07-01' }))).toEqual([]);
    expect(fired(await aYearOn({ cooperation_since: '2024-06-30', blacklisted: true, blacklist_reason: '恶意拖欠货款' }))).toEqual([]);
  });
});

describe('collection hold (催收冻结解除)', () => {
  const rollupsChanged = (values: Readonly<Record<string, unknown>>, changed = ['frozen_receivables']) =>
    runRules('collection_hold', { ...wholesaler({ credit_limit: 7_500_000, ...values }), changed_fields: changed });

  it('the last receivable at the notice or legal stage settled: new orders released, the salesperson told', async () => {
    // 7,500,000 limit − (1,200,000 open receivables + 300,000 open orders) = 6,000,000 available.
    const result = await rollupsChanged({ frozen_receivables: 0, open_receivables: 1_200_000, open_orders: 300_000 });
    expect(fired(result)).toEqual(['released']);
    expect(result.effects.map((e) => e.kind)).toEqual(['unfreeze', 'notify']);
    expect(result.effects[0]).toMatchObject({ scope: 'orders', target: { self: true } });
    expect(result.effects[1]).toMatchObject({ to: { field: 'sales_owner', user: 'zhou' }, message: { en: '杭州钱塘商贸有限公司 has settled every receivable more than 7 days overdue: new orders are released (available credit 6,000,000.00 CNY).' } });
  });

  it('stays frozen while another receivable is at those stages, or the customer is blacklisted', async () => {
    expect(fired(await rollupsChanged({ frozen_receivables: 1 }))).toEqual([]);
    expect(fired(await rollupsChanged({ frozen_receivables: 0, blacklisted: true, blacklist_reason: '恶意拖欠货款' }))).toEqual([]);
  });

  it('the last receivable at the legal stage settled: the high-risk flag lifted, even while blacklisted or another is at the notice stage', async () => {
    const result = await rollupsChanged({ frozen_receivables: 1, legal_receivables: 0 }, ['frozen_receivables', 'legal_receivables']);
    expect(fired(result)).toEqual(['cleared']);
    expect(result.effects).toEqual([{ kind: 'remove_flag', rule: 'cleared', action: 'unflag', flag: 'high_risk', target: { self: true } }]);
    const blacklisted = { frozen_receivables: 0, legal_receivables: 0, blacklisted: true, blacklist_reason: '恶意拖欠货款' };
    expect(fired(await rollupsChanged(blacklisted, ['frozen_receivables', 'legal_receivables']))).toEqual(['cleared']);
  });

  it('keeps the flag while another receivable is at the legal stage, and touches it not when only the notice stage moved', async () => {
    expect(fired(await rollupsChanged({ frozen_receivables: 1, legal_receivables: 1 }, ['frozen_receivables', 'legal_receivables']))).toEqual([]);
    expect(fired(await rollupsChanged({ frozen_receivables: 0, legal_receivables: 0 }))).toEqual(['released']);
  });
});

describe('risk signals', () => {
  it('a new lawsuit: a task for risk, legal and the salesperson told', async () => {
    const record = wholesaler({ lawsuits_pending: true, lawsuit_details: '买卖合同纠纷，标的 380 万元' });
    const result = await runRules('risk_signals', { ...record, changed_fields: ['lawsuit_details', 'lawsuits_pending'] });
    expect(fired(result)).toEqual(['new_lawsuit']);
    expect(result.effects.map((e) => [e.kind, 'to' in e ? e.to : 'assignee' in e ? e.assignee : null])).toEqual([
      ['create_task', { role: 'risk_officer' }],
      ['notify', { role: 'legal' }],
      ['notify', { field: 'sales_owner', user: 'zhou' }],
    ]);
    expect(result.effects[1]).toMatchObject({ message: { 'zh-CN': '杭州钱塘商贸有限公司 新增未决诉讼：买卖合同纠纷，标的 380 万元' } });
  });

  it('abnormal operation and negative news are told to risk; an unchanged flag is not told again', async () => {
    expect(fired(await runRules('risk_signals', { ...wholesaler({ abnormal_operation: true }), changed_fields: ['abnormal_operation'] }))).toEqual(['abnormal']);
    expect(fired(await runRules('risk_signals', { ...wholesaler(negativeNews), changed_fields: ['negative_news'] }))).toEqual(['negative_news']);
    expect(fired(await runRules('risk_signals', { ...wholesaler(negativeNews), changed_fields: ['abnormal_operation'] }))).toEqual([]);
  });

  it('changed financials are a task for risk to verify, unless risk changed them; other changes are not', async () => {
    const result = await runRules('risk_signals', { ...wholesaler({ total_liabilities: 1 }), changed_fields: ['total_liabilities', 'debt_ratio'], changed_by_roles: ['finance_director'] });
    expect(fired(result)).toEqual(['financials_changed']);
    expect(result.effects[0]).toMatchObject({ kind: 'create_task', assignee: { role: 'risk_officer' }, title: { 'zh-CN': '核实 杭州钱塘商贸有限公司 更新的财务数据（信用评分已随之重算）' } });
    expect(fired(await runRules('risk_signals', { ...wholesaler({}), changed_fields: ['main_bank'], changed_by_roles: [] }))).toEqual([]);
    expect(fired(await runRules('risk_signals', { ...wholesaler({ total_liabilities: 1 }), changed_fields: ['total_liabilities'], changed_by_roles: ['risk_officer', 'legal'] }))).toEqual([]);
  });
});
