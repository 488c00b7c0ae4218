/** @module The score an approval's branches read: the record's stored score by its flow's scorecard. */
import type { CompiledScorecard, FlowDefinition, FlowScore, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledVersion } from '../definitions/compiled-cache.js';
import { scorecardCache } from '../scoring/scorecards.js';
import { findScores } from '../scoring/store.js';

/** The score an approval's route was decided on, as its view shows it: with the scorecard's name and the grade's label. */
export interface FlowScoreView extends FlowScore {
  /** The scorecard's name in the version that gave the score (the latest when there is no score); null when it is gone. */
  readonly scorecardName: LocalizedText | null;
  /** How that version labels the grade; null without a grade. */
  readonly gradeLabel: LocalizedText | null;
}

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

/**
 * The score kept in an approval's snapshot, named for its view; null when its flow reads none.
 * Whoever may read the approval reads it, as whoever may read a record reads its score.
 *
 * @example
 * await flowScoreView(tx, tenantId, snapshot.score) // { scorecard: 'application_score', ..., grade: 'C', scorecardName: { en: 'Application score', ... }, gradeLabel: { en: 'Average', ... } }
 */
export async function flowScoreView(tx: Queryable, tenantId: string, score: FlowScore | undefined): Promise<FlowScoreView | null> {
  if (score === undefined) return null;
  const card = (await compiledVersion<CompiledScorecard>(tx, scorecardCache, tenantId, 'scorecard', score.scorecard, score.version ?? undefined))?.compiled.definition;
  const band = score.grade === null ? undefined : card?.grades.find((g) => g.grade === score.grade);
  return { ...score, scorecardName: card?.name ?? null, gradeLabel: band?.label ?? null };
}
