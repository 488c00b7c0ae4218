/** @module The published rule sets that run on a form's records, compiled once per version. */
import type { CompiledRuleSet, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { CompiledCache, compiledVersion } from '../definitions/compiled-cache.js';
import type { CompiledVersion } from '../definitions/compiled-cache.js';
import { latestDefinitions } from '../definitions/latest.js';

/** One published rule set version, compiled. */
export interface LoadedRuleSet {
  readonly id: string;
  readonly version: number;
  /** Its name as published: the title of the notices its rules send. */
  readonly name: LocalizedText;
  readonly compiled: CompiledRuleSet;
}

/**
 * Rule set `id` as it runs, from its compiled published version.
 *
 * @example
 * loadedRuleSet('credit_risk', await compiledVersion<CompiledRuleSet>(tx, cache, tenantId, 'ruleset', 'credit_risk', 2))
 */
export const loadedRuleSet = (id: string, found: CompiledVersion<CompiledRuleSet>): LoadedRuleSet => ({ id, version: found.version, name: found.body.name, compiled: found.compiled });

/** The compiled rule sets of the whole process: versions never change. */
export const ruleSetCache = new CompiledCache();

/**
 * The latest published version of every rule set of the tenant whose latest version runs on
 * `formId`, compiled, in id order (so runs are reproducible).
 *
 * @example
 * for (const set of await ruleSetsOf(tx, ruleSetCache, tenantId, 'customer')) triggerMatches(set.compiled.trigger, event);
 */
export async function ruleSetsOf(tx: Queryable, cache: CompiledCache, tenantId: string, formId: string): Promise<LoadedRuleSet[]> {
  const out: LoadedRuleSet[] = [];
  for (const { id, version } of (await latestDefinitions(tx, tenantId)).on('ruleset', formId)) {
    const found = await compiledVersion<CompiledRuleSet>(tx, cache, tenantId, 'ruleset', id, version);
    if (found !== undefined) out.push(loadedRuleSet(id, found));
  }
  return out;
}
