/** @module The query of a person's work lists (the inbox, my tasks): open or done, and how many. */
import type { Context } from 'hono';
import { AppError } from './app-error.js';

/** The OpenAPI description of the query. */
export const workListQuery = {
  status: { schema: { enum: ['open', 'done'] }, description: 'open (default) or done' },
  limit: { schema: { type: 'integer', minimum: 1, maximum: 200 }, description: '50 unless given' },
} as const;

/**
 * `status` (open unless given) and `limit` (50 unless given, 1–200) of the request; 400 otherwise.
 *
 * @example
 * const { which, limit } = workListOf(c);
 */
export function workListOf(c: Context): { readonly which: 'open' | 'done'; readonly limit: number } {
  const which = c.req.query('status') ?? 'open';
  const limit = Number(c.req.query('limit') ?? '50');
  if ((which !== 'open' && which !== 'done') || !Number.isInteger(limit) || limit < 1 || limit > 200) {
    throw new AppError('bad_query', 400, 'Use status=open or status=done, and a limit from 1 to 200.', { messageZh: 'status 只能为 open 或 done，limit 取 1 到 200。' });
  }
  return { which, limit };
}
