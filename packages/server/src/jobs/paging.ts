/** @module Query parameters shared by list routes: a bounded limit and an opaque keyset cursor. */
import { validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';

/** Where a list continues: the sort time and id of the last item shown. */
export interface Cursor {
  readonly at: string;
  readonly id: string;
}

/** A cursor as the opaque string a client sends back. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

/** The cursor a string holds, or undefined when it is not one this server made. */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !Number.isNaN(Date.parse(value[0]))) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // Not base64url JSON: reported below like any other bad cursor.
  }
  return undefined;
}

/** A page of a list and where the next one starts (null on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** A problem with the query parameter `name`, placed at `/query/<name>`. */
export function queryProblem(name: string, en: string, zh: string): FieldProblem {
  return { path: `/query/${name}`, code: `query.${name}`, message: en, messageZh: zh };
}

/** Options of {@link pageQuery}. */
export interface PageQueryOptions {
  /** The limit when none is given; 50 unless given. */
  readonly fallback?: number;
  /** The largest limit; 200 unless given. */
  readonly max?: number;
  /** The shape of the ids this list's cursors hold: a cursor with another (an older server's) is refused as not one it gave. */
  readonly key?: RegExp;
  /** Problems the route found in its other parameters, reported with these. */
  readonly problems?: readonly FieldProblem[];
}

/**
 * Reads `limit` (1 to `max`, `fallback` when absent) and `cursor` from a query, or throws a
 * 422 naming each bad parameter, the route's own among them.
 *
 * @example
 * const { limit, cursor } = pageQuery(c.req.query('limit'), c.req.query('cursor'));
 */
export function pageQuery(limitText: string | undefined, cursorText: string | undefined, options: PageQueryOptions = {}): { limit: number; cursor: Cursor | undefined } {
  const { fallback = 50, max = 200 } = options;
  const problems: FieldProblem[] = [...(options.problems ?? [])];
  const limit = limitText === undefined ? fallback : Number(limitText);
  if (!/^\d+$/.test(limitText ?? '0') || !Number.isInteger(limit) || limit < 1 || limit > max) {
    problems.push(queryProblem('limit', `limit must be a whole number from 1 to ${max}.`, `limit 应为 1 到 ${max} 之间的整数。`));
  }
  const decoded = cursorText === undefined ? undefined : decodeCursor(cursorText);
  const cursor = decoded !== undefined && options.key !== undefined && !options.key.test(decoded.id) ? undefined : decoded;
  if (cursorText !== undefined && cursor === undefined) {
    problems.push(queryProblem('cursor', 'cursor is not one this list gave: start again without it.', 'cursor 无效，请去掉后从头开始。'));
  }
  if (problems.length > 0) throw validationFailed(problems);
  return { limit, cursor };
}

/**
 * The page of `rows` (fetched with `limit + 1`) and the cursor after its last item.
 *
 * @example
 * const rows = await tx.query(sql, [..., limit + 1]);
 * return pageOf(rows.map(toItem), limit, (item) => ({ at: item.createdAt, id: item.id }));
 */
export function pageOf<T>(rows: readonly T[], limit: number, key: (item: T) => Cursor): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(key(last)) : null };
}
