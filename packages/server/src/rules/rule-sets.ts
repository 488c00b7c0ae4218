/** @module The published rule sets that run on a form's records, compiled once per version. */
import type { CompiledRuleSet } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { CompiledCache, compiledVersion } from '../definitions/compiled-cache.js';
import { latestDefinitions } from '../definitions/latest.js';

/** One published rule set version, compiled. */
export interface LoadedRuleSet {
  readonly id: string;
  readonly version: number;
  readonly compiled: CompiledRuleSet;
}

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
    if (found !== undefined) out.push({ id, version, compiled: found.compiled });
  }
  return out;
}
