import { compileForm, validateRuleSet } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from '../samples/index.js';
import { setAction } from '../ops/ruleset-actions.js';
import { highRisk, testContext } from '../ops/ruleset-test-kit.js';
import { testRuleSet } from './test-run.js';

const ctx = testContext();
const form = compileForm(customerCreditProfile);
const today = '2025-03-01';
const run = (def: RuleSetDefinition, record: Record<string, unknown>, event: Record<string, unknown> = { is_new: true }) =>
  testRuleSet(def, ctx, form, validateRuleSet(def, ctx), { record, event, today });

describe('a test run', () => {
  it('fires on a computed debt ratio, with each leaf and its fact value traced', async () => {
    const out = await run(highRisk, { total_assets: 1_000_000, total_liabilities: 800_000, lawsuits_pending: false });
    if (out.kind !== 'ran') throw new Error(JSON.stringify(out));
    expect(out.facts.debt_ratio).toBe(0.8);
    expect(out.result.effects).toEqual([{ kind: 'add_flag', rule: 'debt_or_lawsuit', action: 'flag', flag: 'high_risk', target: { self: true } }]);
    const first = out.result.trace.find((t) => t.rule === 'debt_or_lawsuit');
    expect(first?.fired).toBe(true);
    expect(first?.conditions).toMatchObject({ any: [{ fact: 'debt_ratio', factValue: 0.8, result: true }, { fact: 'lawsuits_pending', factValue: false, result: false }], result: true });
    expect(out.result.trace.find((t) => t.rule === 'abnormal')?.fired).toBe(false);
  });

  it('renders templates and dates of the effects from the sample', async () => {
    const out = await run(highRisk, { company_name: '闽江机械', abnormal_operation: true });
    if (out.kind !== 'ran') throw new Error(JSON.stringify(out));
    expect(out.result.effects.map((e) => e.kind)).toEqual(['create_task', 'start_flow']);
    expect(out.result.effects[0]).toMatchObject({ title: { 'zh-CN': '核查 闽江机械', en: 'Check 闽江机械' }, dueDate: '2025-03-04' });
  });

  it('leaves out a rule with problems and runs the others', async () => {
    const broken = setAction(highRisk, 'abnormal', { kind: 'start_flow', id: 'review', flow: 'nope' });
    const out = await run(broken, { lawsuits_pending: true, abnormal_operation: true });
    if (out.kind !== 'ran') throw new Error(JSON.stringify(out));
    expect(out.untested).toEqual(['abnormal']);
    expect(out.result.trace.map((t) => t.rule)).toEqual(['debt_or_lawsuit']);
    expect(out.result.effects.map((e) => e.kind)).toEqual(['add_flag']);
  });

  it('stops on a problem with the trigger, saying what to fix', async () => {
    const bad: RuleSetDefinition = { ...highRisk, trigger: { kind: 'schedule', cron: '0 9 * *' } };
    const out = await run(bad, {});
    expect(out).toMatchObject({ kind: 'blocked', problems: [{ path: '/trigger/cron', code: 'ruleset.cron.fields' }] });
  });
});
