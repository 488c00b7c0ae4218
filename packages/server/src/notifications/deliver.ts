/** @module One job handler shape for every outside channel: load the outbox row, send, record what happened. */
import type { Queryable } from '../db/port.js';
import { PermanentJobError } from '../jobs/errors.js';
import type { JobContext, JobHandler } from '../jobs/types.js';
import type { Channel, DeliveryJob, DeliveryStatus } from './types.js';

/** A `notification_deliveries` row as a handler reads it. */
export interface DeliveryRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly event_id: string;
  readonly channel: Channel;
  readonly target: string;
  readonly body: unknown;
  readonly status: DeliveryStatus;
  readonly attempts: number;
}

/** What `prepare` found: where to send, or why there is nothing to send. */
export type Prepared<T> = { readonly send: T } | { readonly skip: string };

/** How one channel sends. */
export interface ChannelSender<T> {
  readonly channel: Channel;
  /** Inside the tenant's transaction: what sending needs (an address, an endpoint), or why to skip. */
  prepare(tx: Queryable, delivery: DeliveryRow): Promise<Prepared<T>>;
  /**
   * Sends, outside any transaction. Returns a detail to record (e.g. `HTTP 200`); throws to
   * fail the attempt (`PermanentJobError` when retrying cannot help).
   */
  send(target: T, delivery: DeliveryRow, ctx: JobContext<DeliveryJob>): Promise<string>;
}

async function record(tx: Queryable, tenantId: string, id: string, status: DeliveryStatus, detail: string, attempt: number, now: Date): Promise<void> {
  await tx.query(
    `UPDATE notification_deliveries SET status = $3, detail = $4, attempts = $5, updated_at = $6, sent_at = CASE WHEN $3 = 'sent' THEN $6::timestamptz(3) END
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, status, detail.slice(0, 2000), attempt, now],
  );
}

/**
 * The job handler of a channel. Sending is at least once: if the process dies after sending
 * and before recording, the job runs again and sends again, so every send carries the
 * delivery id for the receiver to drop repeats. Recording the result ends the job in the same
 * transaction.
 *
 * @example
 * const handler = deliveryHandler({ channel: 'email', prepare, send });
 */
export function deliveryHandler<T>(sender: ChannelSender<T>): JobHandler<DeliveryJob> {
  return {
    run: async (ctx) => {
      const { tenantId, attempts } = ctx.job;
      const id = ctx.job.payload.deliveryId;
      const loaded = await ctx.inTenant(async (tx) => {
        const [delivery] = await tx.query<DeliveryRow>(
          'SELECT tenant_id, id, event_id, channel, target, body, status, attempts FROM notification_deliveries WHERE tenant_id = $1 AND id = $2',
          [tenantId, id],
        );
        if (delivery === undefined) throw new PermanentJobError(`Delivery ${id} does not exist (its tenant or notification was deleted).`);
        if (delivery.status === 'sent' || delivery.status === 'skipped') return undefined;
        const prepared = await sender.prepare(tx, delivery);
        return { delivery, prepared };
      });
      if (loaded === undefined) return;
      const { delivery, prepared } = loaded;
      if ('skip' in prepared) {
        await ctx.inTenant((tx) => record(tx, tenantId, id, 'skipped', prepared.skip, attempts, ctx.now()), { final: true });
        return;
      }
      let detail: string;
      try {
        detail = await sender.send(prepared.send, delivery, ctx);
      } catch (error) {
        const final = error instanceof PermanentJobError || attempts >= ctx.job.maxAttempts;
        const message = error instanceof Error ? error.message : String(error);
        await ctx.inTenant((tx) => record(tx, tenantId, id, final ? 'failed' : 'pending', message, attempts, ctx.now()));
        throw error;
      }
      await ctx.inTenant((tx) => record(tx, tenantId, id, 'sent', detail, attempts, ctx.now()), { final: true });
    },
  };
}
