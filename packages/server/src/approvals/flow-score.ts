/** @module The score an approval's branches read: the record's stored score by its flow's scorecard. */
import type { FlowDefinition, FlowScore } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { findScores } from '../scoring/store.js';

/**
 * The record's current stored score by the flow's scorecard, as a submit or resubmit passes it
 * to the flow (and its snapshot keeps it); `score` and `grade` null when the record has none.
 * Undefined when the flow names no scorecard.
 *
 * @example
 * await flowScoreOf(tx, tenantId, def, recordId) // { scorecard: 'application_score', version: 2, score: 58, grade: 'C' }
 */
export async function flowScoreOf(tx: Queryable, tenantId: string, def: Pick<FlowDefinition, 'scorecard'>, recordId: string): Promise<FlowScore | undefined> {
  if (def.scorecard === undefined) return undefined;
  const [stored] = await findScores(tx, tenantId, recordId, def.scorecard);
  return { scorecard: def.scorecard, version: stored?.scorecardVersion ?? null, score: stored?.result.total ?? null, grade: stored?.result.grade ?? null };
}
