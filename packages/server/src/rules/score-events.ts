/** @module score_changed events: what scoring's hook just stored for a record revision, against the score before it. */
import type { TriggerEvent } from '@heng/engine';
import type { Queryable } from '../db/port.js';

/** One scorecard whose total or grade changed with a record revision, and its facts for the rules. */
export interface ScoreChange {
  readonly event: Extract<TriggerEvent, { kind: 'score_changed' }>;
  readonly facts: { readonly score: number | null; readonly grade: string | null; readonly previous_score: number | null; readonly previous_grade: string | null };
}

interface HistoryRow {
  scorecard_id: string;
  record_revision: number;
  total: string | number | null;
  grade: string | null;
  rn: number;
}

const numberOf = (v: string | number | null): number | null => (v === null ? null : Number(v));

/**
 * The scorecards whose score of `revision` (just stored by scoring's `afterWrite`) differs in
 * total or grade from the score kept before it; a first score counts as a change from null.
 *
 * @example
 * const changes = await scoreChanges(tx, tenantId, rec.id, rec.revision); // [{ event: { kind: 'score_changed', scorecard: 'credit_score' }, facts: { score: 20, ... } }]
 */
export async function scoreChanges(tx: Queryable, tenantId: string, recordId: string, revision: number): Promise<ScoreChange[]> {
  const rows = await tx.query<HistoryRow>(
    `SELECT scorecard_id, record_revision, total, grade, rn::int AS rn FROM (
       SELECT scorecard_id, record_revision, total, grade,
         row_number() OVER (PARTITION BY scorecard_id ORDER BY record_revision DESC, scorecard_version DESC, scored_at DESC, id DESC) AS rn
       FROM score_history WHERE tenant_id = $1 AND record_id = $2
     ) h WHERE rn <= 2 ORDER BY scorecard_id, rn`,
    [tenantId, recordId],
  );
  const out: ScoreChange[] = [];
  for (const latest of rows.filter((r) => r.rn === 1 && r.record_revision === revision)) {
    const before = rows.find((r) => r.rn === 2 && r.scorecard_id === latest.scorecard_id);
    const facts = { score: numberOf(latest.total), grade: latest.grade, previous_score: numberOf(before?.total ?? null), previous_grade: before?.grade ?? null };
    if (facts.score !== facts.previous_score || facts.grade !== facts.previous_grade) out.push({ event: { kind: 'score_changed', scorecard: latest.scorecard_id }, facts });
  }
  return out;
}
