/** @module What a re-score changed: how many scores and grades moved, and between which grades. */
import type { GradeMove } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';

/** What a re-score job changed. */
export interface RescoreImpact {
  /** Records the job scored (a record already scored by its own write since the publish is not counted). */
  readonly scored: number;
  /** Of them, those whose total differs from their score before. */
  readonly changedScores: number;
  /** Those whose grade differs, in moves from one grade to another, most first. */
  readonly changedGrades: number;
  readonly moves: readonly GradeMove[];
}

// Each score the job kept, beside the score its record had just before it (by scorecard).
const IMPACT = `
  SELECT from_grade AS "from", to_grade AS "to", count(*)::int AS count,
    count(*) FILTER (WHERE from_total IS DISTINCT FROM to_total)::int AS changed
  FROM (
    SELECT job_id, grade AS to_grade, total AS to_total,
      lag(grade) OVER w AS from_grade, lag(total) OVER w AS from_total, lag(id) OVER w AS before_id
    FROM score_history
    WHERE tenant_id = $1 AND record_id IN (SELECT record_id FROM score_history WHERE tenant_id = $1 AND job_id = $2)
    WINDOW w AS (PARTITION BY record_id, scorecard_id ORDER BY record_revision, scorecard_version, scored_at, id)
  ) x
  WHERE job_id = $2 AND before_id IS NOT NULL
  GROUP BY from_grade, to_grade
  ORDER BY count(*) DESC, from_grade, to_grade`;

/**
 * What re-score job `jobId` changed, from the score history: each record it scored against its
 * score before. 404 when the tenant has no such re-score job.
 *
 * @example
 * const impact = await rescoreImpact(tx, tenantId, jobId); // { scored: 3, changedScores: 3, changedGrades: 3, moves: [{ from: 'A', to: 'D', count: 3 }] } (scoring/enqueue.test.ts)
 */
export async function rescoreImpact(tx: Queryable, tenantId: string, jobId: string): Promise<RescoreImpact> {
  const [job] = await tx.query<{ n: number }>(
    `SELECT (SELECT count(*)::int FROM score_history WHERE tenant_id = $1 AND job_id = $2) AS n FROM jobs WHERE tenant_id = $1 AND id = $2 AND kind = 'rescore'`,
    [tenantId, jobId],
  );
  if (job === undefined) throw new AppError('not_found', 404, `No re-score job "${jobId}" exists here.`, { messageZh: `不存在重新评分任务 "${jobId}"。` });
  const rows = await tx.query<GradeMove & { changed: number }>(IMPACT, [tenantId, jobId]);
  const moves = rows.filter((r) => r.from !== r.to).map(({ from, to, count }) => ({ from, to, count }));
  return {
    scored: job.n,
    changedScores: rows.reduce((sum, r) => sum + r.changed, 0),
    changedGrades: moves.reduce((sum, m) => sum + m.count, 0),
    moves,
  };
}
