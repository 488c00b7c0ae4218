/** @module The errors a job handler throws to steer the worker. */

/**
 * The job cannot succeed by trying again (a webhook answering 404, a payload naming nothing):
 * the worker sends it to the dead letters at once instead of retrying.
 *
 * @example
 * if (res.status === 410) throw new PermanentJobError('The endpoint is gone (410): fix its URL.');
 */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}

/**
 * This worker no longer holds the job: its lease ran out and another worker took it. Work in
 * the transaction that found this out is rolled back; the other worker carries on.
 */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';

  constructor(
    readonly jobId: string,
    readonly workerId: string,
  ) {
    super(`Worker ${workerId} no longer holds job ${jobId}: another worker took it over after its lease ran out.`);
  }
}
