/** @module Test material for the credit template: its definitions by id, records as stored, rules and flows run. */
import { bundleContext, compileFlow, compileRuleSet, compileScorecard, evaluateRuleSet, formCatalog, scoreChangeValues } from '@heng/engine';
import type { CompiledFlow, Directory, FlowDefinition, FormDefinition, RuleSetDefinition, RuleSetResult, ScorecardDefinition, ScoreResult } from '@heng/engine';
import { definitionIn, storedRecord } from '../template-kit.js';
import { creditManagement } from './index.js';

export { fieldWrites, firedRules as fired, shiftDays } from '../template-kit.js';

/** The day every test of the template runs on. */
export const TODAY = '2025-06-30';

export const form = (id: string): FormDefinition => definitionIn(creditManagement, 'form', id);
export const ruleSet = (id: string): RuleSetDefinition => definitionIn(creditManagement, 'ruleset', id);
export const flow = (id: string): FlowDefinition => definitionIn(creditManagement, 'flow', id);
export const scorecard = (id: string): ScorecardDefinition => definitionIn(creditManagement, 'scorecard', id);

const ctx = bundleContext(creditManagement);

/** A record of one of the template's forms as the server creates it on `today`. */
export const stored = (formId: string, values: Readonly<Record<string, unknown>>, today = TODAY): Record<string, unknown> => storedRecord(form(formId), values, today);

const creditScore = compileScorecard(scorecard('credit_score'), formCatalog(form('customer')));

/** The credit score of a customer record as stored. */
export const score = (record: Readonly<Record<string, unknown>>): ScoreResult => creditScore.evaluate(record, { today: TODAY });

const isTotalAndGrade = (previous: readonly [number, string] | Readonly<Record<string, unknown>>): previous is readonly [number, string] => Array.isArray(previous);

/**
 * A customer record with the facts the server gives its score rules when its score moved from
 * `previous` to what the credit score makes of it now: the total and grade, how the grade moved,
 * what moved it (`factor_changes`, when `previous` is the record as it was, scored alike rather
 * than given as total and grade; null: never rated), and the policy outputs for it (`policy_limit`, ...).
 *
 * @example
 * await runRules('grade_change', scoreChanged(customer({ ...goodWholesaler, ...negativeNews }), [729, 'AA'])) // downgrade to A
 * await runRules('grade_change', scoreChanged(customer({ ...goodWholesaler, ...history(8, 20, 1) }), customer(goodWholesaler))) // says the late payment moved it
 */
export function scoreChanged(record: Readonly<Record<string, unknown>>, previous: readonly [number, string] | Readonly<Record<string, unknown>> | null): Record<string, unknown> {
  const grades = creditScore.definition.grades;
  const before = previous === null ? null : isTotalAndGrade(previous) ? { total: previous[0], grade: previous[1], grades } : { ...score(previous), grades };
  return { ...record, ...scoreChangeValues(creditScore.definition, score(record), before, previous !== null) };
}

/** Runs a rule set of the template on a record's facts (plus trigger facts). */
export function runRules(id: string, facts: Readonly<Record<string, unknown>>, today = TODAY): Promise<RuleSetResult> {
  return evaluateRuleSet(compileRuleSet(ruleSet(id), ctx), facts, { today });
}

export const compiledFlow = (id: string): CompiledFlow => compileFlow(flow(id));

/** One user per role of the template (the demo company's people). */
export const directory: Directory = {
  roles: {
    salesperson: ['zhou'],
    sales_manager: ['sun'],
    sales_director: ['wang'],
    risk_officer: ['zhao'],
    finance_director: ['qian'],
    legal: ['wu'],
    admin: ['boss'],
  },
  managers: { zhou: 'sun', sun: 'wang' },
  admins: ['boss'],
};
