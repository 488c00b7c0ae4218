/** @module score_changed events: what scoring's hook just stored for a record revision, against the score before it. */
import { gradeTrend, policyFacts } from '@heng/engine';
import type { CompiledScorecard, FormulaValue, GradeTrend, TriggerEvent } from '@heng/engine';
import { compiledDefinitions, compiledVersion } from '../definitions/index.js';
import type { Queryable } from '../db/port.js';

/** The facts of a score change: the new and previous total and grade, how the grade moved, and each policy's output (`policy_limit`). */
export interface ScoreChangeFacts extends Readonly<Record<string, FormulaValue>> {
  readonly score: number | null;
  readonly grade: string | null;
  readonly previous_score: number | null;
  readonly previous_grade: string | null;
  readonly grade_trend: GradeTrend;
}

/** One scorecard whose total or grade changed with a record revision, and its facts for the rules. */
export interface ScoreChange {
  readonly event: Extract<TriggerEvent, { kind: 'score_changed' }>;
  readonly facts: ScoreChangeFacts;
}

interface HistoryRow {
  record_id: string;
  scorecard_id: string;
  scorecard_version: number;
  record_revision: number;
  total: string | number | null;
  grade: string | null;
  outputs: Record<string, FormulaValue> | null;
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
  return (await scoreChangesOf(tx, tenantId, [{ id: recordId, revision }])).get(recordId) ?? [];
}

/**
 * {@link scoreChanges} of many record revisions in one statement (a re-score's batch), by record id.
 *
 * @example
 * const byRecord = await scoreChangesOf(tx, tenantId, batch); // Map { 'c1' => [{ event, facts }] }
 */
export async function scoreChangesOf(tx: Queryable, tenantId: string, recs: readonly { readonly id: string; readonly revision: number }[]): Promise<Map<string, ScoreChange[]>> {
  const rows = await tx.query<HistoryRow>(
    `SELECT record_id, scorecard_id, scorecard_version, record_revision, total, grade, CASE WHEN rn = 1 THEN result->'outputs' END AS outputs, rn::int AS rn FROM (
       SELECT record_id, scorecard_id, scorecard_version, record_revision, total, grade, result,
         row_number() OVER (PARTITION BY record_id, scorecard_id ORDER BY record_revision DESC, scorecard_version DESC, scored_at DESC, id DESC) AS rn
       FROM score_history WHERE tenant_id = $1 AND record_id = ANY($2::text[])
     ) h WHERE rn <= 2 ORDER BY record_id, scorecard_id, rn`,
    [tenantId, recs.map((r) => r.id)],
  );
  const revisions = new Map(recs.map((r) => [r.id, r.revision]));
  const out = new Map<string, ScoreChange[]>();
  // Ordered by record, scorecard and rank: the score before a latest one is the row after it.
  for (const [i, latest] of rows.entries()) {
    if (latest.rn !== 1 || latest.record_revision !== revisions.get(latest.record_id)) continue;
    const next = rows[i + 1];
    const before = next !== undefined && next.rn === 2 && next.record_id === latest.record_id && next.scorecard_id === latest.scorecard_id ? next : undefined;
    const score = numberOf(latest.total);
    const previous = { score: numberOf(before?.total ?? null), grade: before?.grade ?? null };
    if (score === previous.score && latest.grade === previous.grade) continue;
    const card = await compiledVersion<CompiledScorecard>(tx, compiledDefinitions, tenantId, 'scorecard', latest.scorecard_id, latest.scorecard_version);
    const def = card?.compiled.definition;
    const facts: ScoreChangeFacts = {
      ...(def === undefined ? {} : policyFacts(def, latest.outputs)),
      score, grade: latest.grade, previous_score: previous.score, previous_grade: previous.grade,
      grade_trend: gradeTrend(def?.grades ?? [], previous.grade, latest.grade),
    };
    out.set(latest.record_id, [...(out.get(latest.record_id) ?? []), { event: { kind: 'score_changed', scorecard: latest.scorecard_id }, facts }]);
  }
  return out;
}
