/** @module What rules on a change of a score may read of its scorecard: the policy outputs, and whether the grade rose or fell. */
import type { FieldInfo } from '../core/catalog.js';
import type { ScorecardFacts } from '../core/context.js';
import type { LocalizedText } from '../core/localized.js';
import { formulaReferences } from '../formula/compile.js';
import type { FormulaValue } from '../formula/types.js';
import { factorChanges } from './factor-changes.js';
import type { FactorValues, ScoreParts } from './factor-changes.js';
import { gradeScale } from './grades.js';
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

/** The `factor_changes` fact: what moved the score, worded in both languages for a rule's message (a condition or formula reads it as empty). */
export const FACTOR_CHANGES_FACT: FieldInfo = { id: 'factor_changes', type: 'text', kind: 'text' };

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
  return (def.policies ?? []).map((p) => ({ id: policyFact(p.id), ...FACT_TYPES[p.type], label: { 'zh-CN': `等级政策：${p.name['zh-CN']}`, en: `Policy: ${p.name.en}` } }));
}

/**
 * The ids of `card`'s policies whose formulas name a field in `hidden` (fields a reader may not
 * see): their outputs would tell those fields' values (a limit of 15% of annual sales), so they
 * are kept from that reader, in a score's explanation and as `policy_<id>` in rule traces.
 *
 * @example
 * policiesReading(card, new Set(['annual_sales'])) // ['limit']
 */
export function policiesReading(card: Pick<ScorecardDefinition, 'policies'>, hidden: ReadonlySet<string>): string[] {
  if (hidden.size === 0) return [];
  return (card.policies ?? []).filter((p) => Object.values(p.byGrade).some((f) => formulaReferences(f).some((r) => hidden.has(r)))).map((p) => p.id);
}

/**
 * The ReferenceContext's `scorecards` of these scorecards: id → their form, grade codes and
 * {@link scoreChangeFacts}.
 *
 * @example
 * const ctx = { ...ctx, scorecards: scorecardFacts([card]) };
 * ctx.scorecards.get('credit_score')?.grades // ['AAA', 'AA', 'A', 'B']
 */
export function scorecardFacts(cards: Iterable<Pick<ScorecardDefinition, 'id' | 'form' | 'grades' | 'policies'> & Partial<Pick<ScorecardDefinition, 'name'>>>): Map<string, ScorecardFacts> {
  return new Map([...cards].map((c) => [c.id, { form: c.form, ...(c.name === undefined ? {} : { name: c.name }), grades: c.grades.map((g) => g.grade), policies: scoreChangeFacts(c) }]));
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

/** A stored score as score rules compare it: its total and grade, on the grades of the version that gave it, and what it was made of when known. */
export interface GradedScore extends Partial<ScoreParts> {
  readonly total: number | null;
  readonly grade: string | null;
  readonly grades: readonly GradeBand[];
}

/** A score's factors and overrides, when it has its factors. */
const partsOf = (score: Partial<ScoreParts> | null): ScoreParts | null => (score?.factors === undefined ? null : { factors: score.factors, overrides: score.overrides ?? [] });

/** What the score before did not keep (stored before scores kept their factors): its factors' moves cannot be told. */
const NOT_KEPT: LocalizedText = { 'zh-CN': '未记录各指标的变化', en: 'the factors\' moves were not recorded' };

/** `factor_changes`: none for a first score, else what moved it, or that it cannot be told. */
function factorChangesOf(card: Pick<ScorecardDefinition, 'factors' | 'overrides'>, now: ScoreParts | null, before: (GradedScore & Partial<ScoreParts>) | null, values?: FactorValues): LocalizedText | null {
  if (before === null) return null;
  const was = partsOf(before);
  return now === null || was === null ? NOT_KEPT : factorChanges(card, now, was, values);
}

const ranked = (grades: readonly GradeBand[]): string[] => gradeScale(grades, 0).bands.map((b) => b.grade);

/**
 * How a new score's grade stands to the one before, a higher band being better:
 * - `none`: the new score has no grade (it is incomplete);
 * - `first`: no score before had a grade;
 * - `same`: the same grade, or one that cannot be compared: the score before had none though an
 *   earlier one did (`ratedBefore`), or it was given on another scale (the grades were renamed or
 *   reordered, as in a switch from AAA–B to A–D), so no rule lowers or raises a limit on it;
 * - `up` / `down`.
 *
 * @example
 * gradeTrend({ total: 560, grade: 'B', grades }, { total: 729, grade: 'AA', grades }, true) // 'down'
 * gradeTrend({ total: 640, grade: 'A', grades }, null, false) // 'first'
 */
export function gradeTrend(now: GradedScore, before: GradedScore | null, ratedBefore: boolean): GradeTrend {
  if (now.grade === null) return 'none';
  if (before === null || before.grade === null) return ratedBefore ? 'same' : 'first';
  const scale = ranked(now.grades);
  if (scale.join('\u0000') !== ranked(before.grades).join('\u0000')) return 'same';
  const [was, is] = [scale.indexOf(before.grade), scale.indexOf(now.grade)];
  return was < 0 || is < 0 || was === is ? 'same' : is < was ? 'up' : 'down';
}

/**
 * Every fact a rule set on a change of `card`'s score reads besides the record's fields: the
 * new and previous total and grade, how the grade moved ({@link gradeTrend}), the policy
 * outputs of the new score, and when both scores' factors are given, what moved it
 * (`factor_changes`, in both languages: see `factorChanges`, its values told as `values` says). The server
 * builds them from the score history; tests alike.
 *
 * @example
 * scoreChangeValues(card, { total: 560, grade: 'B', outputs: { limit: 2500000 } }, { total: 729, grade: 'AA', grades: card.grades }, true)
 * // { policy_limit: 2500000, score: 560, grade: 'B', previous_score: 729, previous_grade: 'AA', grade_trend: 'down', factor_changes: null }
 */
export function scoreChangeValues(
  card: Pick<ScorecardDefinition, 'grades' | 'policies' | 'factors' | 'overrides'>,
  now: { readonly total: number | null; readonly grade: string | null; readonly outputs: Readonly<Record<string, FormulaValue>> | null } & Partial<ScoreParts>,
  before: GradedScore | null,
  ratedBefore: boolean,
  values?: FactorValues,
): Record<string, FormulaValue | LocalizedText> {
  const parts = partsOf(now);
  return {
    ...policyFacts(card, now.outputs),
    score: now.total,
    grade: now.grade,
    previous_score: before?.total ?? null,
    previous_grade: before?.grade ?? null,
    grade_trend: gradeTrend({ ...now, grades: card.grades }, before, ratedBefore),
    factor_changes: factorChangesOf(card, parts, before, values),
  };
}
