/** @module A test run: a sample record and trigger facts through the engine's own evaluateRuleSet, in the browser. */
import { compileRuleSet, evaluateRuleSet, problem } from '@heng/engine';
import type { CompiledForm, Facts, Problem, ReferenceContext, RuleSetDefinition, RuleSetResult } from '@heng/engine';
import { problemsUnder } from '../ops/problems.js';

/** What a test run is given besides the rule set. */
export interface TestInput {
  /** The sample record as typed (formulas are computed from it). */
  readonly record: Facts;
  /** The trigger's facts: `is_new`, `changed_fields`, `score`, ... */
  readonly event: Facts;
  /** `YYYY-MM-DD`: the day the rules run on. */
  readonly today: string;
}

/** The answer of a test run. */
export type TestOutcome =
  | { readonly kind: 'blocked'; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'ran';
      readonly result: RuleSetResult;
      /** The facts the rules saw: the record with formulas computed, plus the trigger's facts. */
      readonly facts: Facts;
      /** Rules left out of the run because they have problems to fix. */
      readonly untested: readonly string[];
    };

/** Problems that stop any rule from running: the form, the trigger, the whole definition. */
const blocking = (p: Problem): boolean => p.path === '' || p.path === '/form' || p.path.startsWith('/form/') || p.path === '/trigger' || p.path.startsWith('/trigger/') || p.path === '/kind';

/**
 * Runs the rule set on the sample as the server would: formulas computed by the form, then
 * the rules compiled and evaluated by the engine. Rules with problems are left out (and
 * named), so one half-written rule does not stop testing the others; problems with the form
 * or the trigger stop the run.
 *
 * @example
 * await testRuleSet(def, ctx, compileForm(form), validateRuleSet(def, ctx), { record: { lawsuits_pending: true }, event: { is_new: true }, today: '2025-03-01' })
 * // { kind: 'ran', result: { effects: [{ kind: 'add_flag', flag: 'high_risk', ... }], trace: [...] }, untested: [] }
 */
export async function testRuleSet(def: RuleSetDefinition, ctx: ReferenceContext, form: CompiledForm | undefined, problems: readonly Problem[], input: TestInput): Promise<TestOutcome> {
  const stops = problems.filter(blocking);
  if (stops.length > 0) return { kind: 'blocked', problems: stops };
  const broken = (i: number) => problemsUnder(problems, `/rules/${i}`).length > 0;
  const untested = def.rules.filter((_, i) => broken(i)).map((r) => r.id);
  const runnable: RuleSetDefinition = { ...def, rules: def.rules.filter((_, i) => !broken(i)) };
  const record = form === undefined ? input.record : form.computeRecord(input.record, { today: input.today });
  const facts: Facts = { ...record, ...input.event };
  try {
    const result = await evaluateRuleSet(compileRuleSet(runnable, ctx), facts, { today: input.today });
    return { kind: 'ran', result, facts, untested };
  } catch (e) {
    // compileRuleSet throws only on what validation rejects, evaluateRuleSet only on a bad date: say so rather than go blank.
    return { kind: 'blocked', problems: [problem('', 'ruleset.test.failed', `The test run failed: ${String(e)}`, `测试运行失败：${String(e)}`)] };
  }
}
