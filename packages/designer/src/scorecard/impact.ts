/** @module The words of a draft's impact: how many records change, a score as "612 · A", a move between grades. */
import { localize } from '@heng/engine';
import type { DraftImpact, PolicyImpact, ScoreSide } from '@heng/engine';
import type { TFunction } from 'i18next';
import { formatMoney } from '../format/money.js';
import type { Lang } from '../i18n/language.js';

/**
 * How many scores and how many grades changed, each counted in words ("1 score", "3 grades").
 *
 * @example
 * changedCounts({ changedScores: 1, changedGrades: 3 }, t) // { scores: '1 score', grades: '3 grades' }
 */
export function changedCounts(impact: Pick<DraftImpact, 'changedScores' | 'changedGrades'>, t: TFunction): { readonly scores: string; readonly grades: string } {
  return { scores: t('impact.scores', { count: impact.changedScores }), grades: t('impact.grades', { count: impact.changedGrades }) };
}

/**
 * What publishing would change of the form's records, in a sentence: the counts, or that nothing would.
 *
 * @example
 * impactText({ records: 1, changedScores: 1, changedGrades: 0 }, t) // 'Of 1 record, publishing would change 1 score and 0 grades.'
 */
export function impactText(impact: Pick<DraftImpact, 'records' | 'changedScores' | 'changedGrades'>, t: TFunction): string {
  if (impact.changedScores === 0 && impact.changedGrades === 0) return t('impact.unchanged', { count: impact.records });
  return t('impact.summary', { records: t('impact.records', { count: impact.records }), ...changedCounts(impact, t) });
}

/**
 * A score as a line reads it: its total (kept to the card's precision) and grade, or `none` (never scored, or a score that failed).
 *
 * @example
 * sideText({ total: 612, grade: 'A' }, '未评分') // '612 · A'
 * sideText({ total: null, grade: null }, '未评分') // '未评分'
 */
export function sideText(side: ScoreSide, none: string): string {
  if (side.total === null) return none;
  return side.grade === null ? String(side.total) : `${side.total} · ${side.grade}`;
}

/**
 * How much a total moves, signed: "+30", "−12.5", or empty when either side has none.
 *
 * @example
 * deltaText({ total: 35, grade: 'D' }, { total: 65, grade: 'A' }) // '+30'
 */
export function deltaText(now: ScoreSide, draft: ScoreSide): string {
  if (now.total === null || draft.total === null) return '';
  const d = draft.total - now.total;
  if (d === 0) return '±0';
  // Totals are kept to the card's precision; the difference is rounded back to it.
  return `${d > 0 ? '+' : '−'}${Number(Math.abs(d).toFixed(4))}`;
}

/**
 * What a draft does to one policy, in a sentence: how many records' values change, with a money
 * policy's sum now and by the draft; one no version names, by its id.
 *
 * @example
 * policyText({ id: 'policy_limit', name: { en: 'Credit limit', … }, type: 'money', changed: 2, total: { now: 500000, draft: 1200000 } }, 'en', t)
 * // 'Credit limit: changes for 2 records; over all records, now ¥500,000.00 → draft ¥1,200,000.00'
 */
export function policyText(p: PolicyImpact, lang: Lang, t: TFunction): string {
  const name = p.name === null ? p.id : localize(p.name, lang);
  if (p.dropped) return t('impact.policyDropped', { name, count: p.changed });
  if (p.total === null) return t('impact.policy', { name, count: p.changed });
  return t('impact.policyTotal', { name, count: p.changed, now: formatMoney(p.total.now, lang), draft: formatMoney(p.total.draft, lang) });
}
