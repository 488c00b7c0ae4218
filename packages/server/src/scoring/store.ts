/** @module The scores tables: the current score of a record per scorecard, and every score kept. */
import type { ScoreResult } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { json } from '../db/port.js';

/** A score to store: which record revision, by which scorecard version, and the engine's result. */
export interface NewScore {
  readonly recordId: string;
  readonly recordRevision: number;
  readonly formVersion: number;
  readonly scorecardId: string;
  readonly scorecardVersion: number;
  readonly result: ScoreResult;
  readonly scoredAt: Date;
  readonly jobId: string | null;
}

/** A stored score as read back: its time as text. */
export type StoredScore = Omit<NewScore, 'scoredAt'> & { readonly scoredAt: string };

// One statement for a whole batch: the scores upserted, and each one written kept in the
// history. An older record revision or scorecard version never replaces a newer one's score:
// a re-score job that read a record before a writer changed it loses to the writer's score.
const SAVE = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(record_id text, scorecard_id text, scorecard_version int, form_version int,
      record_revision int, total numeric, grade text, result jsonb, scored_at timestamptz, job_id text)
  ), written AS (
    INSERT INTO scores (tenant_id, record_id, scorecard_id, scorecard_version, form_version, record_revision, total, grade, result, scored_at, job_id)
    SELECT $1, record_id, scorecard_id, scorecard_version, form_version, record_revision, total, grade, result, scored_at, job_id FROM input
    ON CONFLICT (tenant_id, record_id, scorecard_id) DO UPDATE SET
      scorecard_version = EXCLUDED.scorecard_version, form_version = EXCLUDED.form_version, record_revision = EXCLUDED.record_revision,
      total = EXCLUDED.total, grade = EXCLUDED.grade, result = EXCLUDED.result, scored_at = EXCLUDED.scored_at, job_id = EXCLUDED.job_id
    WHERE scores.record_revision <= EXCLUDED.record_revision AND scores.scorecard_version <= EXCLUDED.scorecard_version
    RETURNING *
  )
  INSERT INTO score_history (tenant_id, id, record_id, scorecard_id, scorecard_version, form_version, record_revision, total, grade, result, scored_at, job_id)
  SELECT tenant_id, gen_random_uuid()::text, record_id, scorecard_id, scorecard_version, form_version, record_revision, total, grade, result, scored_at, job_id
  FROM written RETURNING record_id`;

/**
 * Stores scores (of distinct records or scorecards) as the current ones and keeps each in the
 * history, in one statement; returns how many were written (a score is left out when a newer
 * record revision or scorecard version is already scored).
 *
 * @example
 * await saveScores(tx, tenantId, [{ recordId, recordRevision: 2, formVersion: 1, scorecardId: 'credit_score', scorecardVersion: 3, result, scoredAt: now, jobId: null }]);
 */
export async function saveScores(tx: Queryable, tenantId: string, scores: readonly NewScore[]): Promise<number> {
  if (scores.length === 0) return 0;
  const rows = scores.map((s) => ({
    record_id: s.recordId, scorecard_id: s.scorecardId, scorecard_version: s.scorecardVersion, form_version: s.formVersion,
    record_revision: s.recordRevision, total: s.result.total, grade: s.result.grade, result: s.result, scored_at: s.scoredAt.toISOString(), job_id: s.jobId,
  }));
  return (await tx.query(SAVE, [tenantId, json(rows)])).length;
}

/**
 * The current scores of a record, by scorecard id (one scorecard's when `scorecardId` is given).
 *
 * @example
 * const [score] = await findScores(tx, tenantId, recordId, 'credit_score');
 */
export async function findScores(tx: Queryable, tenantId: string, recordId: string, scorecardId?: string): Promise<StoredScore[]> {
  return tx.query<StoredScore>(
    `SELECT record_id AS "recordId", record_revision AS "recordRevision", form_version AS "formVersion", scorecard_id AS "scorecardId",
       scorecard_version AS "scorecardVersion", result, scored_at AS "scoredAt", job_id AS "jobId"
     FROM scores WHERE tenant_id = $1 AND record_id = $2 AND ($3::text IS NULL OR scorecard_id = $3) ORDER BY scorecard_id`,
    [tenantId, recordId, scorecardId ?? null],
  );
}
