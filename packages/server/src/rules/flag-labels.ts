/** @module The labels rule sets give the flags they raise, as a record's status names them. */
import type { LocalizedText, RuleSetDefinition } from '@heng/engine';
import { compiledVersion } from '../definitions/compiled-cache.js';
import type { CompiledCache } from '../definitions/compiled-cache.js';
import type { Queryable } from '../db/port.js';

/**
 * The label of `flag` in a rule set: that of its first `add_flag` action raising it that has one;
 * null when none does.
 *
 * @example
 * labelIn(blacklist, 'blacklisted') // { 'zh-CN': '黑名单', en: 'Blacklisted' }
 */
export function labelIn(ruleSet: RuleSetDefinition, flag: string): LocalizedText | null {
  for (const rule of ruleSet.rules) {
    for (const action of rule.actions) if (action.kind === 'add_flag' && action.flag === flag && action.label !== undefined) return action.label;
  }
  return null;
}

/**
 * Each flag with its `label` from the latest published version of the rule set that raised it
 * (null when that version gives none, or the rule set is gone): one cached lookup per rule set.
 *
 * @example
 * await withLabels(tx, cache, tenantId, [{ flag: 'blacklisted', ruleSet: 'blacklist' }]) // [{ flag: 'blacklisted', ruleSet: 'blacklist', label: { … } }]
 */
export async function withLabels<F extends { readonly flag: string; readonly ruleSet: string }>(
  tx: Queryable, cache: CompiledCache, tenantId: string, flags: readonly F[],
): Promise<(F & { label: LocalizedText | null })[]> {
  const sets = new Map<string, RuleSetDefinition | undefined>();
  for (const id of new Set(flags.map((f) => f.ruleSet))) sets.set(id, (await compiledVersion(tx, cache, tenantId, 'ruleset', id))?.body as RuleSetDefinition | undefined);
  return flags.map((f) => {
    const ruleSet = sets.get(f.ruleSet);
    return { ...f, label: ruleSet === undefined ? null : labelIn(ruleSet, f.flag) };
  });
}
