/** @module The raw floor of a re-score: one SELECT of the records, the scores computed in JS, one bulk UPDATE. */
import { performance } from 'node:perf_hooks';
import { compileScorecard, formCatalog } from '@heng/engine';
import type { FormDefinition, ScorecardDefinition } from '@heng/engine';
import type { Db } from '@heng/server/src/db/port.js';
import { json } from '@heng/server/src/db/port.js';
import { businessDay } from '@heng/server/src/records/form.js';

/** Where the floor's time went, in milliseconds of wall-clock time. */
export interface FloorTiming {
  readonly select: number;
  readonly compute: number;
  readonly update: number;
  readonly total: number;
  readonly rows: number;
  /** Average size of one score's result as JSON, in bytes. */
  readonly resultBytes: number;
}

// The same columns the re-score job writes to `scores` (not its history): what no job can do with less.
const UPDATE = `
  UPDATE scores s SET total = x.total, grade = x.grade, result = x.result, scored_at = $3
  FROM jsonb_to_recordset($2::jsonb) AS x(record_id text, total numeric, grade text, result jsonb)
  WHERE s.tenant_id = $1 AND s.scorecard_id = $4 AND s.record_id = x.record_id`;

/**
 * Scores every live record of the card's form the fastest plain way: one SELECT, the engine in
 * a loop, one UPDATE of the stored scores with the same results the job would write (the same
 * data size). It leaves each score's version as it was, so the job still finds them to do.
 *
 * @example
 * const floor = await rawFloor(db, tenantId, creditScorecard, customerCreditProfile);
 */
export async function rawFloor(db: Db, tenantId: string, card: ScorecardDefinition, form: FormDefinition): Promise<FloorTiming> {
  const compiled = compileScorecard(card, formCatalog(form));
  const now = new Date();
  const today = businessDay(now);
  const t0 = performance.now();
  const rows = await db.query<{ id: string; data: Record<string, unknown> }>(
    'SELECT id, data FROM records WHERE tenant_id = $1 AND form_id = $2 AND deleted_at IS NULL',
    [tenantId, card.form],
  );
  const t1 = performance.now();
  const scores = rows.map((r) => {
    const result = compiled.evaluate(r.data, { today });
    return { record_id: r.id, total: result.total, grade: result.grade, result };
  });
  const t2 = performance.now();
  await db.query(UPDATE, [tenantId, json(scores), now, card.id]);
  const t3 = performance.now();
  const bytes = scores.reduce((sum, s) => sum + Buffer.byteLength(JSON.stringify(s.result)), 0);
  return { select: t1 - t0, compute: t2 - t1, update: t3 - t2, total: t3 - t0, rows: rows.length, resultBytes: bytes / Math.max(rows.length, 1) };
}
