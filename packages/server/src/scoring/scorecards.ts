/** @module The published scorecards that score a form's records, compiled once per version. */
import type { CompiledScorecard } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { CompiledCache, compiledVersion } from '../definitions/compiled-cache.js';
import { latestDefinitions } from '../definitions/latest.js';

/** One published scorecard version, compiled. */
export interface LoadedScorecard {
  readonly id: string;
  readonly version: number;
  readonly compiled: CompiledScorecard;
}

/**
 * The compiled scorecards of the whole process: versions never change, so one bounded cache
 * serves record writes, score reads and re-score jobs alike.
 */
export const scorecardCache = new CompiledCache();

/**
 * One version of a scorecard, compiled (from `cache` after the first time); undefined when
 * there is no such version.
 *
 * @example
 * const card = await loadScorecard(tx, scorecardCache, tenantId, 'credit_score', 3);
 */
export async function loadScorecard(tx: Queryable, cache: CompiledCache, tenantId: string, id: string, version: number): Promise<LoadedScorecard | undefined> {
  const found = await compiledVersion<CompiledScorecard>(tx, cache, tenantId, 'scorecard', id, version);
  return found === undefined ? undefined : { id, version, compiled: found.compiled };
}

/**
 * The latest published version of every scorecard of the tenant whose latest version scores
 * `formId`, compiled, in id order.
 *
 * @example
 * for (const card of await scorecardsOf(tx, scorecardCache, tenantId, 'customer')) card.compiled.evaluate(data, { today });
 */
export async function scorecardsOf(tx: Queryable, cache: CompiledCache, tenantId: string, formId: string): Promise<LoadedScorecard[]> {
  const out: LoadedScorecard[] = [];
  for (const { id, version } of (await latestDefinitions(tx, tenantId)).on('scorecard', formId)) {
    const card = await loadScorecard(tx, cache, tenantId, id, version);
    if (card !== undefined) out.push(card);
  }
  return out;
}
