/** @module Scoring a record in the transaction that writes it. */
import type { Queryable } from '../db/port.js';
import { businessDay } from '../records/form.js';
import type { StoredRecord } from '../records/store.js';
import { scorecardCache, scorecardsOf } from './scorecards.js';
import type { LoadedScorecard } from './scorecards.js';
import { saveScores } from './store.js';
import type { NewScore } from './store.js';

/** What scoring reads of a record revision: which record, which revision, and its data. */
export type ScoredRevision = Pick<StoredRecord, 'id' | 'formId' | 'formVersion' | 'revision' | 'data'>;

/**
 * The score of a record revision by one scorecard version, ready to store: a failed score (a
 * value the `fail` policy needs is missing) is one too, with its problems.
 *
 * @example
 * await saveScores(tx, tenantId, [scoreOf(card, rec, now, null)]);
 */
export function scoreOf(card: LoadedScorecard, rec: ScoredRevision, now: Date, jobId: string | null): NewScore {
  const result = card.compiled.evaluate(rec.data, { today: businessDay(now) });
  return {
    recordId: rec.id, recordRevision: rec.revision, formVersion: rec.formVersion,
    scorecardId: card.id, scorecardVersion: card.version, result, scoredAt: now, jobId,
  };
}

/**
 * The records module's hook after a create or update: every published scorecard of the
 * record's form scores the revision, in the same transaction, so the record and its scores
 * commit together.
 *
 * @example
 * const stored = await insertRecord(tx, tenantId, rec, by);
 * await afterWrite(tx, tenantId, stored, by.now);
 */
export async function afterWrite(tx: Queryable, tenantId: string, rec: ScoredRevision, now: Date, cache = scorecardCache): Promise<void> {
  await sendScores(tx, tenantId, await scorecardsOf(tx, cache, tenantId, rec.formId), rec, now);
}

/**
 * Scores `rec` by each of `cards` and sends the scores at once, before anything the caller sends
 * next (it may await them later). Scoring never refuses the write: a record the scorecard cannot
 * score is stored with its problems.
 *
 * @example
 * const scored = sendScores(tx, tenantId, await scorecardsOf(tx, scorecardCache, tenantId, 'customer'), rec, now);
 */
export function sendScores(tx: Queryable, tenantId: string, cards: readonly LoadedScorecard[], rec: ScoredRevision, now: Date): Promise<number> {
  return saveScores(tx, tenantId, cards.map((card) => scoreOf(card, rec, now, null)));
}

/**
 * Waits for a record write whose statement `write` has already sent, and sends the scores of
 * `next` (the revision it writes) right behind it: one round trip for both. The stored revision
 * must be `next`'s, or the transaction fails rather than keep a score of another revision.
 *
 * @example
 * const stored = await scoredWrite(tx, tenantId, writeRevision(tx, tenantId, current, next, 'update', by), next, by.now);
 */
export async function scoredWrite(tx: Queryable, tenantId: string, write: Promise<StoredRecord>, next: ScoredRevision, now: Date): Promise<StoredRecord> {
  const [stored] = await Promise.all([write, afterWrite(tx, tenantId, next, now)]);
  if (stored.revision !== next.revision) throw new Error(`Record ${next.id} was written at revision ${stored.revision}, scored as ${next.revision}: it was not locked.`);
  return stored;
}
