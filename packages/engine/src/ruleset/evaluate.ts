/** @module Running a compiled rule set through json-rules-engine: effects plus a trace of every rule. */
import { Engine, type PathResolver, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import { addHengOperators, resolvePath } from '../condition/index.js';
import { isCalendarDate } from '../core/calendar.js';
import type { Facts } from '../condition/types.js';
import type { Effect } from './actions/types.js';
import { traceOf } from './trace.js';
import type { CompiledRuleSet, RuleSetEnv, RuleSetResult, RuleTrace } from './types.js';

/**
 * The json-rules-engine event type every rule emits; the rule id rides in its params.
 *
 * @example
 * { type: RULE_FIRED, params: { rule: 'legal' } }
 */
export const RULE_FIRED = 'heng.rule.fired';

/**
 * Runs a compiled rule set on one record's facts (its fields plus the trigger's context facts;
 * `today` is taken from `env`). Pass the record as stored (the form's `computeRecord` output):
 * conditions compare date-times as text, which is right only in the canonical UTC it stores. A fresh json-rules-engine `Engine` per call, since engines are
 * stateful; undefined facts are allowed (a condition on a missing field is simply false), and
 * paths are read with `resolvePath` (no JSONPath). Effects are computed from the facts as given
 * (one rule's `set_field` is not seen by another) and come in rule order, then action order.
 * Rejects only when `env.today` is not a `YYYY-MM-DD` date.
 *
 * @example
 * const { effects, trace } = await evaluateRuleSet(compiled, { days_overdue: 12, salesperson: 'u_li' }, { today: '2025-03-01' });
 * effects.map((e) => e.kind) // ['notify', 'create_task', 'freeze', 'set_field']
 * trace[0] // { rule: 'legal', fired: false, conditions: { all: [{ fact: 'days_overdue', ..., factValue: 12, result: false }], result: false } }
 */
export async function evaluateRuleSet(compiled: CompiledRuleSet, facts: Facts, env: RuleSetEnv): Promise<RuleSetResult> {
  if (!isCalendarDate(env.today)) throw new RangeError(`env.today must be a date written YYYY-MM-DD, got ${JSON.stringify(env.today)}`);
  const engine = addHengOperators(new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath as PathResolver }));
  for (const rule of compiled.rules) {
    engine.addRule({
      name: rule.id,
      priority: rule.priority,
      conditions: rule.conditions as unknown as TopLevelCondition,
      event: { type: RULE_FIRED, params: { rule: rule.id } },
    });
  }
  const runtime = runtimeFacts(facts, env);
  const { results, failureResults } = await engine.run(runtime);
  const byRule = new Map<unknown, RuleResult>([...results, ...failureResults].map((r) => [r.name, r]));
  const effects: Effect[] = [];
  const trace: RuleTrace[] = compiled.rules.map((rule) => {
    const outcome = byRule.get(rule.id);
    const fired = outcome?.result === true;
    if (fired) for (const build of rule.actions) effects.push(build(runtime, env));
    return { rule: rule.id, fired, conditions: traceOf(rule.conditions, outcome?.conditions, outcome === undefined ? undefined : fired) };
  });
  return { effects, trace };
}

/** The facts json-rules-engine gets: own entries only, `today` from the env, no empty id (it refuses one). */
function runtimeFacts(facts: Facts, env: RuleSetEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) if (k !== '') out[k] = v;
  out.today = env.today;
  return out;
}
