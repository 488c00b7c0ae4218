/** @module Cron schedules per tenant, fired exactly once per due time by any number of schedulers. */
export { DEFAULT_TIMEZONE, checkCron, isTimeZone, nextRunAfter } from './cron.js';
export { Scheduler, fireDueSchedules, runKey } from './scheduler.js';
export type { FireOptions, FiredSchedule, SchedulerOptions } from './scheduler.js';
export { deleteSchedule, listSchedules, scheduleFromRow, setScheduleEnabled, upsertSchedule } from './store.js';
export type { Schedule, ScheduleRow, ScheduleSpec } from './store.js';
