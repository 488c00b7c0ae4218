/** @module Revision preconditions: the ETag of a revision and the revision an If-Match header names. */
import type { Context } from 'hono';
import { AppError } from './app-error.js';

/**
 * The ETag of a revision.
 *
 * @example
 * c.header('ETag', etagOf(3)); // "3"
 */
export const etagOf = (revision: number): string => `"${revision}"`;

/**
 * The revision an `If-Match` header names: `missing()` (a 428 saying what to send) when there
 * is none, 400 when it is not one quoted revision number.
 *
 * @example
 * const revision = ifMatchRevision(c, () => new AppError('precondition_required', 428, 'Send If-Match.'));
 */
export function ifMatchRevision(c: Context, missing: () => AppError): number {
  const header = c.req.header('if-match');
  if (header === undefined) throw missing();
  const match = /^(?:W\/)?"([1-9][0-9]{0,8})"$/.exec(header.trim());
  if (match === null) {
    throw new AppError('bad_precondition', 400, `If-Match must be one quoted revision like "3" (got ${header}).`, {
      messageZh: `If-Match 应为带引号的修订号，如 "3"（收到 ${header}）。`,
    });
  }
  return Number(match[1]);
}
