/** @module What the API sends for a record: its hidden fields removed, and its ETag. */
import type { CompiledForm } from '@heng/engine';
import type { Context } from 'hono';
import { AppError } from '../http/app-error.js';
import { ifMatchRevision } from '../http/if-match.js';
import { noRecord } from './store.js';
import type { RecordRevision, StoredRecord } from './store.js';

/** A record as one caller may see it: its data less the fields hidden from them. */
export type RecordView = Omit<StoredRecord, 'deletedAt'>;

/**
 * The record without the fields hidden from `roles` (by the latest published form).
 *
 * @example
 * c.json(recordView(rec, form.compiled, me.roles));
 */
export function recordView(rec: StoredRecord, form: CompiledForm, roles: readonly string[]): RecordView {
  const { deletedAt: _, ...rest } = rec;
  return { ...rest, data: form.readableRecord(rec.data, roles) };
}

/** A kept revision without the fields hidden from `roles`. */
export function revisionView(rev: RecordRevision, form: CompiledForm, roles: readonly string[]): RecordRevision {
  return { ...rev, data: form.readableRecord(rev.data, roles) };
}

/**
 * The revision of the If-Match header: 428 when it is missing, 400 when it is not one quoted
 * revision.
 *
 * @example
 * const revision = ifMatch(c); // If-Match: "3" → 3
 */
export function ifMatch(c: Context): number {
  return ifMatchRevision(c, () => new AppError('precondition_required', 428, 'Send If-Match: "<revision>" with the revision you loaded (the ETag of the record), so no one else\'s change is overwritten.', {
    messageZh: '请附上 If-Match: "<revision>"（加载记录时的 ETag），以免覆盖他人的修改。',
  }));
}

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The record id of the `:id` path parameter; 404 when it cannot be one, before any query sees it.
 *
 * @example
 * const id = recordIdOf(c); // /api/forms/customer/records/7f3c… → '7f3c…'
 */
export function recordIdOf(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!RECORD_ID.test(id)) throw noRecord(id);
  return id;
}
