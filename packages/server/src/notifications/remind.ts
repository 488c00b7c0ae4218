/** @module The reminder job: notifies people when a schedule says so (a quarterly review, a monthly statement). */
import { PermanentJobError } from '../jobs/errors.js';
import type { JobHandler } from '../jobs/types.js';
import { notificationProblems } from './compose.js';
import { notify } from './notify.js';
import type { ReminderJob } from './types.js';

/**
 * Notifies the payload's recipients in the job's tenant. The notifications, their deliveries
 * and the end of the job are one transaction: a reminder is sent once, even after a crash.
 *
 * @example
 * await upsertSchedule(tx, tenantId, { id: 'quarterly_review', cron: '0 9 1 1,4,7,10 *', jobKind: 'notification.remind',
 *   payload: { topic: 'review.quarterly', to: [riskManagerId], message: { 'zh-CN': '请开始季度信用复审。', en: 'Start the quarterly credit review.' } } }, now);
 */
export function reminderHandler(): JobHandler<ReminderJob> {
  return {
    run: async (ctx) => {
      const problems = notificationProblems(ctx.job.payload);
      if (problems.length > 0) {
        throw new PermanentJobError(`The reminder cannot be sent: ${problems.map((p) => `${p.path} ${p.message}`).join(' ')}`);
      }
      await ctx.inTenant((tx) => notify(tx, ctx.job.tenantId, ctx.job.payload, ctx.now()), { final: true });
    },
  };
}
