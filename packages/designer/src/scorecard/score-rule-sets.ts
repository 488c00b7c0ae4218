/** @module The rule sets a scorecard's re-score sets off: the published rule sets of its form that run when its score changes, picked as the server picks them. */
import { triggerMatches } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';
import type { TFunction } from 'i18next';
import { api } from '../api/client.js';
import type { Lang } from '../i18n/language.js';

/**
 * Those of `ruleSets` that run on a record of `form` when scorecard `scorecard` changes its score or grade.
 *
 * @example
 * scoreRuleSets(creditRuleSets, 'credit_score', 'customer').map((r) => r.id) // ['downgrade']
 */
export function scoreRuleSets(ruleSets: readonly RuleSetDefinition[], scorecard: string, form: string): RuleSetDefinition[] {
  const event = { kind: 'score_changed', scorecard } as const;
  return ruleSets.filter((r) => r.form === form && triggerMatches(r.trigger, event));
}

/**
 * The published rule sets (their latest versions) that run when `scorecard` changes a score of a record of `form`.
 *
 * @example
 * const sets = await loadScoreRuleSets('credit_score', 'customer');
 */
export async function loadScoreRuleSets(scorecard: string, form: string): Promise<RuleSetDefinition[]> {
  return scoreRuleSets((await api.published<RuleSetDefinition>('ruleset')).map((v) => v.body), scorecard, form);
}

/**
 * What the re-score sets off, in a sentence: the rule sets by their names in `lang`, or that none runs.
 *
 * @example
 * ruleSetsText([downgrade], 'en', t) // 'Then the rule set “Downgrade” runs for the records whose score or grade changes.'
 */
export function ruleSetsText(ruleSets: readonly RuleSetDefinition[], lang: Lang, t: TFunction): string {
  if (ruleSets.length === 0) return t('impact.publishNoRules');
  const names = ruleSets.map((r) => `“${r.name[lang]}”`).join(lang === 'zh-CN' ? '、' : ', ');
  return t('impact.publishRules', { count: ruleSets.length, names });
}
