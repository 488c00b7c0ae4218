/** @module Queuing the re-score of a form's records after a scorecard is published. */
import { DEFINITION_EDITORS } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { enqueue } from '../jobs/queue.js';

/** The payload of a `rescore` job: which scorecard version, and the last record id done. */
export interface RescoreJob {
  readonly scorecardId: string;
  readonly version: number;
  readonly formId: string;
  /** Records are scored in id order; the job resumes after this one. Null before the first batch. */
  readonly afterId: string | null;
}

/**
 * Queues, in the publishing transaction, the job that re-scores every record of the
 * scorecard's form with `version`; returns its id (the same job when asked twice).
 *
 * @example
 * const jobId = await enqueueRescore(tx, tenantId, { id: 'credit_score', form: 'customer' }, 3, now);
 */
export async function enqueueRescore(tx: Queryable, tenantId: string, card: { readonly id: string; readonly form: unknown }, version: number, now: Date): Promise<string | undefined> {
  if (typeof card.form !== 'string') return undefined;
  const payload: RescoreJob = { scorecardId: card.id, version, formId: card.form, afterId: null };
  const job = await enqueue(tx, tenantId, { kind: 'rescore', payload, dedupeKey: `${card.id}@${version}` }, now);
  return job.id;
}

/** Who besides admins may follow a re-score job and read what it changed: whoever may publish a scorecard. */
export const RESCORE_FOLLOWERS: Readonly<Record<string, readonly string[]>> = { rescore: DEFINITION_EDITORS.scorecard };
