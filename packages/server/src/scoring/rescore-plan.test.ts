import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../db/port.js';
import { createTestPostgres } from '../test-support/databases.js';
import type { TestDatabase } from '../test-support/databases.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { batchAfter } from './rescore.js';

const T0 = '2024-05-01T00:00:00.000Z';
const job = (afterId: string | null) => ({ formId: 'borrower', scorecardId: 'risk_score', afterId });

describe('the re-score batch on PostgreSQL, when scores was empty at its last ANALYZE', () => {
  let t: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    t = await createTestPostgres();
    tenantId = await newTenant(t.db);
    // What a first re-score starts from: records analyzed while no score existed...
    await t.db.query(
      `INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at)
       SELECT $1, 'borrower', 'r' || lpad(i::text, 5, '0'), 1, jsonb_build_object('n', i), 1, $2, $2 FROM generate_series(1, 4000) i`,
      [tenantId, T0],
    );
    await t.db.exec('ANALYZE records; ANALYZE scores');
    // ...then scored half way by the job's first batches, plus another scorecard's scores.
    for (const card of ['risk_score', 'other_card']) {
      await t.db.query(
        `INSERT INTO scores (tenant_id, record_id, scorecard_id, scorecard_version, form_version, record_revision, total, grade, result, scored_at)
         SELECT tenant_id, id, $2, 1, 1, 1, 50, 'A', '{}'::jsonb, $3 FROM records WHERE tenant_id = $1 AND id <= 'r02000'`,
        [tenantId, card, T0],
      );
    }
  });
  afterAll(() => t.drop());

  /** The plan of the batch statement: custom (the values known), or the generic one a prepared statement settles on. */
  async function plan(afterId: string | null, generic: boolean): Promise<string> {
    return t.db.withTenant(tenantId, async (tx) => {
      let shown = '';
      const explaining: Queryable = {
        query: async <T extends object>(sql: string, params?: readonly unknown[]) => {
          const lines = async (text: string, values?: readonly unknown[]) => (await tx.query<{ 'QUERY PLAN': string }>(text, values as never)).map((r) => r['QUERY PLAN']).join('\n');
          if (!generic) shown = await lines(`EXPLAIN ${sql}`, params);
          else {
            // A session's prepared statement outlives the transaction: it is dropped whatever happens.
            const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`);
            await tx.query("SET LOCAL plan_cache_mode = 'force_generic_plan'");
            await tx.query(`PREPARE rescore_batch(text, text, text, text, int) AS ${sql}`);
            try {
              shown = await lines(`EXPLAIN EXECUTE rescore_batch(${params!.map(literal).join(', ')})`);
            } finally {
              await tx.query('DEALLOCATE rescore_batch');
            }
          }
          return [] as T[];
        },
        exec: (script) => tx.exec(script),
      };
      await batchAfter(explaining, tenantId, job(afterId), 500);
      return shown;
    });
  }

  it('finds each score by the primary key, never by walking the scorecard index', async () => {
    for (const shown of [await plan('r01000', false), await plan(null, false), await plan('r01000', true)]) {
      expect(shown).toMatch(/Index Scan using scores_pkey/);
      expect(shown).not.toMatch(/scores_scorecard_idx|Seq Scan on scores/);
    }
  });

  it('seeks to the last id in the keyset index, in the generic plan too', async () => {
    for (const shown of [await plan('r01000', false), await plan(null, true)]) {
      expect(shown).toMatch(/Index Scan using records_\w+ on records[^\n]*\n\s+Index Cond: [^\n]*\bid > /);
      expect(shown).not.toMatch(/Sort|Seq Scan on records/);
    }
  });

  it('answers each record with the version its current score has, from the first record or after the last id', async () => {
    const first = await t.db.withTenant(tenantId, (tx) => batchAfter(tx, tenantId, job(null), 3));
    expect(first.map((r) => [r.id, r.scoredVersion])).toEqual([['r00001', 1], ['r00002', 1], ['r00003', 1]]);
    const edge = await t.db.withTenant(tenantId, (tx) => batchAfter(tx, tenantId, job('r01999'), 3));
    expect(edge.map((r) => [r.id, r.scoredVersion])).toEqual([['r02000', 1], ['r02001', null], ['r02002', null]]);
  });
});
