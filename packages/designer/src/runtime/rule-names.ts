/** @module A rule and its rule set as people read them: by their names once the company's rule sets are read, by their ids until then. */
import { useLang } from '../i18n/use-lang.js';
import { loadRuleSets, useLoad } from '../renderer/index.js';

/** A rule, by its rule set's id and its own. */
export interface RuleRef {
  readonly ruleSet: string;
  readonly rule: string;
}

/**
 * Names rules in the page's language.
 *
 * @example
 * const named = useRuleNames();
 * named({ ruleSet: 'overdue_escalation', rule: 'notice' }) // { ruleSet: '逾期分级催收', rule: '正式催收' }
 */
export function useRuleNames(): (x: RuleRef) => RuleRef {
  const lang = useLang();
  const [sets] = useLoad(loadRuleSets, []);
  return (x) => {
    const set = sets.status === 'ok' ? sets.value.get(x.ruleSet) : undefined;
    return { ruleSet: set?.name[lang] ?? x.ruleSet, rule: set?.rules.find((r) => r.id === x.rule)?.name?.[lang] ?? x.rule };
  };
}
