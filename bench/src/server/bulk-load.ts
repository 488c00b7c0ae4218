/** @module Bulk-loads records of a published form, and their scores, as the records API would have stored them. */
import { randomUUID } from 'node:crypto';
import { compileForm, compileScorecard, formCatalog } from '@heng/engine';
import type { FormDefinition, ScorecardDefinition } from '@heng/engine';
import type { Db } from '@heng/server/src/db/port.js';
import { json } from '@heng/server/src/db/port.js';
import { businessDay } from '@heng/server/src/records/form.js';

/** Rows per statement: large enough to be quick, small enough to keep each parameter a few MB. */
const CHUNK = 2_000;
/** Every how many inputs one is validated: validating all 100,000 would add seconds to every run. */
const VALIDATE_EVERY = 10;

const RECORDS = `
  WITH input AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(id text, data jsonb)),
  inserted AS (
    INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, created_by, updated_at, updated_by)
    SELECT $1, $3, id, $4, data, 1, $5, $6, $5, $6 FROM input RETURNING id, data
  )
  INSERT INTO record_revisions (tenant_id, record_id, revision, action, form_version, data, changed_at, changed_by)
  SELECT $1, id, 1, 'create', $4, data, $5, $6 FROM inserted`;

// A score given by the record's own write: current in `scores`, kept in `score_history`, no job.
const SCORES = `
  WITH input AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(record_id text, total numeric, grade text, result jsonb)),
  scored AS (
    INSERT INTO scores (tenant_id, record_id, scorecard_id, scorecard_version, form_version, record_revision, total, grade, result, scored_at, job_id)
    SELECT $1, record_id, $3, $4, $5, 1, total, grade, result, $6, NULL FROM input RETURNING record_id, total, grade, result
  )
  INSERT INTO score_history (tenant_id, id, record_id, scorecard_id, scorecard_version, form_version, record_revision, total, grade, result, scored_at, job_id)
  SELECT $1, gen_random_uuid()::text, record_id, $3, $4, $5, 1, total, grade, result, $6, NULL FROM scored`;

/** Where the records go, who is said to have written them, and the published scorecard that scored them. */
export interface LoadTarget {
  readonly tenantId: string;
  readonly form: FormDefinition;
  readonly formVersion: number;
  readonly userId: string;
  readonly now: Date;
  readonly scorecard: { readonly definition: ScorecardDefinition; readonly version: number };
}

/**
 * Stores `inputs` as records of the form at revision 1, formulas computed exactly as
 * POST /api/forms/:formId/records does, with the first revision kept and the score that write
 * would have given by the published scorecard. One input in ten is validated as that route
 * would: a refused one (a generator bug) throws. Returns the average size of a record's data
 * as JSON, in bytes. Needs a superuser connection.
 *
 * @example
 * await bulkLoad(db, { tenantId, form: customerCreditProfile, formVersion: 1, userId, now, scorecard: { definition: creditScorecard, version: 1 } }, inputs);
 */
export async function bulkLoad(db: Db, target: LoadTarget, inputs: readonly Record<string, unknown>[]): Promise<number> {
  const form = compileForm(target.form);
  const card = compileScorecard(target.scorecard.definition, formCatalog(target.form));
  const today = businessDay(target.now);
  const initial = form.initialRecord();
  let bytes = 0;
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const records = inputs.slice(start, start + CHUNK).map((input, i) => {
      const record = { ...initial, ...input };
      const problems = (start + i) % VALIDATE_EVERY === 0 ? form.validateRecord(record, { role: ['admin'], today }) : [];
      if (problems.length > 0) throw new Error(`Generated customer #${start + i} is not valid: ${JSON.stringify(problems.slice(0, 3))}`);
      const data = form.computeRecord(record, { today });
      bytes += Buffer.byteLength(JSON.stringify(data));
      return { id: randomUUID(), data };
    });
    const scores = records.map((r) => {
      const result = card.evaluate(r.data, { today });
      return { record_id: r.id, total: result.total, grade: result.grade, result };
    });
    const { tenantId, formVersion, now } = target;
    // As the cluster's owner with triggers off, as pg_restore --disable-triggers loads: the foreign
    // keys hold by construction, and the sort keys lists use are left out (the re-score reads none).
    await db.transaction(async (tx) => {
      await tx.query("SELECT set_config('session_replication_role', 'replica', true)");
      await tx.query(RECORDS, [tenantId, json(records), target.form.id, formVersion, now, target.userId]);
      await tx.query(SCORES, [tenantId, json(scores), target.scorecard.definition.id, target.scorecard.version, formVersion, now]);
    });
  }
  return bytes / Math.max(inputs.length, 1);
}
