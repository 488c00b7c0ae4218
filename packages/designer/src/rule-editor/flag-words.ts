/** @module A flag in the rule editor as people read it: the label its rule set or a scorecard gives it. */
import type { LocalizedText, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import type { Lang } from '../i18n/language.js';
import { flagLabel } from '../runtime/score-words.js';

/**
 * Flag `flag` of rule set `def` as people read it: by `label` (the effect's own), else by the
 * label an add_flag of the rule set raises it with, else by the label an override of one of
 * `cards` gives it, else by the flag itself. A remove_flag, which has no label, reads as the
 * add_flag that raised the flag.
 *
 * @example
 * ruleFlagLabel(def, cards, 'high_risk', 'zh-CN') // '高风险' (an add_flag of def labels it so)
 * ruleFlagLabel(def, [], 'watch', 'en') // 'watch'
 */
export function ruleFlagLabel(def: RuleSetDefinition, cards: readonly ScorecardDefinition[], flag: string, lang: Lang, label?: LocalizedText): string {
  const raised = def.rules.flatMap((r) => r.actions.flatMap((a) => (a.kind === 'add_flag' && a.flag === flag && a.label !== undefined ? [a.label] : [])))[0];
  const card = cards.find((c) => c.overrides?.some((o) => o.action.kind === 'flag' && o.action.flag === flag));
  return flagLabel(card, flag, lang, label ?? raised);
}
