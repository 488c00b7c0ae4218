/** @module Listing a form's records: filtered, sorted on any field, paged by keyset, hidden fields removed. */
import type { CompiledForm } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import { filterConditions, Params, sortKey, visibleCatalog } from './list-query.js';
import type { SortKey } from './list-query.js';
import { RECORD_COLUMNS } from './store.js';
import type { StoredRecord } from './store.js';

/** What a list request asks: its query parameters, in order. */
export interface ListRequest {
  readonly entries: readonly [string, string][];
  readonly roles: readonly string[];
}

/** One page of records, and the cursor of the next page (null on the last). */
export interface RecordPage {
  readonly items: StoredRecord[];
  readonly nextCursor: string | null;
}

const problemAt = (name: string, en: string, zh: string): FieldProblem => ({ path: `/query/${name}`, code: 'query.invalid', message: en, messageZh: zh });

function limitOf(raw: string | undefined, problems: FieldProblem[]): number {
  if (raw === undefined) return 50;
  if (/^[1-9][0-9]{0,2}$/.test(raw) && Number(raw) <= 200) return Number(raw);
  problems.push(problemAt('limit', `limit must be a whole number from 1 to 200 (got "${raw}").`, `limit 应为 1 到 200 的整数（收到 "${raw}"）。`));
  return 50;
}

type Cursor = readonly [value: string | null, id: string];

function decodeCursor(raw: string, sort: SortKey, problems: FieldProblem[]): Cursor | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === sort.spec && (typeof parsed[1] === 'string' || parsed[1] === null) && typeof parsed[2] === 'string') {
      return [parsed[1] as string | null, parsed[2] as string];
    }
  } catch {
    // An unreadable cursor is reported below like any other that does not fit.
  }
  problems.push(problemAt('cursor', 'cursor must be the nextCursor of the previous page, with the same sort: start again without it.', 'cursor 应为上一页返回的 nextCursor，且排序相同：请去掉它重新开始。'));
  return undefined;
}

const encodeCursor = (sort: SortKey, value: string | null, id: string): string => Buffer.from(JSON.stringify([sort.spec, value, id])).toString('base64url');

function afterCursor(sort: SortKey, [value, id]: Cursor, params: Params): string {
  const cmp = sort.desc ? '<' : '>';
  const idParam = params.add(id);
  if (sort.column) return `(${sort.expr}, id) ${cmp} (${params.add(value)}${sort.cast}, ${idParam})`;
  if (value === null) return `(${sort.expr} IS NULL AND id ${cmp} ${idParam})`;
  const v = `${params.add(value)}${sort.cast}`;
  return `(${sort.expr} ${cmp} ${v} OR (${sort.expr} = ${v} AND id ${cmp} ${idParam}) OR ${sort.expr} IS NULL)`;
}

/**
 * One page of a form's live records. Every field the caller can see may be filtered and
 * sorted on; a hidden one is refused as unknown (so a filter cannot probe it). Bad parameters
 * give 422 with every problem at `/query/<name>`.
 *
 * @example
 * const page = await listRecords(tx, tenantId, 'customer', form, { entries: [['filter[industry]', 'steel']], roles });
 */
export async function listRecords(tx: Queryable, tenantId: string, formId: string, form: CompiledForm, request: ListRequest): Promise<RecordPage> {
  const problems: FieldProblem[] = [];
  const catalog = visibleCatalog(form, request.roles);
  const params = new Params([tenantId, formId]);
  const one = (name: string): string | undefined => request.entries.find(([k]) => k === name)?.[1];
  const where = ['tenant_id = $1', 'form_id = $2', 'deleted_at IS NULL', ...filterConditions(request.entries, catalog, params, problems)];
  const sort = sortKey(one('sort'), catalog, problems);
  const limit = limitOf(one('limit'), problems);
  const rawCursor = one('cursor');
  const cursor = rawCursor === undefined ? undefined : decodeCursor(rawCursor, sort, problems);
  if (problems.length > 0) throw validationFailed(problems);
  if (cursor !== undefined) where.push(afterCursor(sort, cursor, params));
  const dir = sort.desc ? 'DESC' : 'ASC';
  const order = sort.column ? `${sort.expr} ${dir}, id ${dir}` : `${sort.expr} ${dir} NULLS LAST, id ${dir}`;
  const rows = await tx.query<StoredRecord & { sortValue: string | number | boolean | null }>(
    `SELECT ${RECORD_COLUMNS}, ${sort.expr}::text AS "sortValue" FROM records WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit + 1}`,
    params.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = page.map(({ sortValue: _, ...rec }) => rec);
  return { items, nextCursor: more && last !== undefined ? encodeCursor(sort, last.sortValue === null ? null : String(last.sortValue), last.id) : null };
}
