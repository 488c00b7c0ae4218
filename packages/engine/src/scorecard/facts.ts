/** @module What rules on a change of a score may read of its scorecard: the policy outputs, and whether the grade rose or fell. */
import type { FieldInfo } from '../core/catalog.js';
import type { FormulaValue } from '../formula/types.js';
import type { GradeBand, PolicyType, ScorecardDefinition } from './types.js';

/** The fact a policy's output is named by: `limit` → `policy_limit`. */
export const policyFact = (policyId: string): string => `policy_${policyId}`;

const FACT_TYPES: Readonly<Record<PolicyType, Pick<FieldInfo, 'type' | 'kind'>>> = {
  money: { type: 'money', kind: 'number' },
  number: { type: 'number', kind: 'number' },
  days: { type: 'number', kind: 'number' },
  text: { type: 'text', kind: 'text' },
};

/** How the grade moved with a new score: the first grade, up, down, the same, or none (the score is incomplete). */
export type GradeTrend = 'first' | 'up' | 'down' | 'same' | 'none';

/** The `grade_trend` fact: the same for every scorecard. */
export const GRADE_TREND_FACT: FieldInfo = { id: 'grade_trend', type: 'single_select', kind: 'text', options: ['first', 'up', 'down', 'same', 'none'] };

/**
 * The facts a rule set on a change of this scorecard's score may name besides `score`,
 * `grade` and `grade_trend`: each policy's output for the new grade, typed as the policy is and
 * named after it ("Policy: Credit limit", apart from a field "Credit limit").
 * Scorecards keep these in the ReferenceContext, so rules follow a policy an admin edits
 * instead of repeating its formulas.
 *
 * @example
 * scoreChangeFacts(card).map((f) => f.id) // ['policy_limit', 'policy_terms', 'policy_settlement']
 */
export function scoreChangeFacts(def: Pick<ScorecardDefinition, 'policies'>): FieldInfo[] {
  return (def.policies ?? []).map((p) => ({ id: policyFact(p.id), ...FACT_TYPES[p.type], label: { 'zh-CN': `信用政策：${p.name['zh-CN']}`, en: `Policy: ${p.name.en}` } }));
}

/**
 * The ReferenceContext's `scorecards` of these scorecards: id → {@link scoreChangeFacts}.
 *
 * @example
 * const ctx = { ...ctx, scorecards: scorecardFacts([card]) };
 */
export function scorecardFacts(cards: Iterable<Pick<ScorecardDefinition, 'id' | 'policies'>>): Map<string, FieldInfo[]> {
  return new Map([...cards].map((c) => [c.id, scoreChangeFacts(c)]));
}

/**
 * The policy facts of a stored score's outputs: every policy of the scorecard, null where the
 * score has no output for it (an incomplete score, a grade without that policy).
 *
 * @example
 * policyFacts(card, { limit: 200000 }) // { policy_limit: 200000, policy_terms: null, policy_settlement: null }
 */
export function policyFacts(def: Pick<ScorecardDefinition, 'policies'>, outputs: Readonly<Record<string, FormulaValue>> | null): Record<string, FormulaValue> {
  return Object.fromEntries((def.policies ?? []).map((p) => [policyFact(p.id), outputs?.[p.id] ?? null]));
}

/**
 * How `grade` stands to `previous` on the scorecard's scale, a higher band (greater `min`)
 * being better. A previous grade the scale does not have (the scale was switched from AAA–B to
 * A–D) cannot be compared: that counts as the same, so no rule lowers or raises a limit on it.
 *
 * @example
 * gradeTrend(card.grades, 'AA', 'B') // 'down'
 * gradeTrend(card.grades, null, 'A') // 'first'
 */
export function gradeTrend(grades: readonly GradeBand[], previous: string | null, grade: string | null): GradeTrend {
  if (grade === null) return 'none';
  if (previous === null) return 'first';
  const floor = (g: string): number | undefined => grades.find((b) => b.grade === g)?.min;
  const before = floor(previous);
  const now = floor(grade);
  if (before === undefined || now === undefined) return 'same';
  return now > before ? 'up' : now < before ? 'down' : 'same';
}
