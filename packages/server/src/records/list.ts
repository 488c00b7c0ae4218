/** @module Listing a form's records: filtered, sorted on any field or score, paged by keyset, hidden fields removed, scores on request. */
import type { CompiledForm } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import { scorecardCache, scorecardsOf } from '../scoring/scorecards.js';
import { Params, SORT_VALUE, sortJoin, withoutKey } from './list-keys.js';
import type { FieldKey } from './list-keys.js';
import { filterConditions, sortKey, visibleCatalog } from './list-query.js';
import type { SortKey } from './list-query.js';
import { mentionsScores, scoreCatalog, scoreJoin, scorecardsAsked, scoresColumn, scoresOf, withoutScore } from './list-scores.js';
import type { ListedScore, ScoreKey } from './list-scores.js';
import { rowAccessCondition } from './row-access.js';
import type { RowReader } from './row-access.js';
import { RECORD_COLUMNS } from './store.js';
import type { StoredRecord } from './store.js';

/** What a list request asks (its query parameters, in order) and who asks (the form's row rules apply). */
export interface ListRequest extends RowReader {
  readonly entries: readonly [string, string][];
}

/** A listed record; with its scores by the scorecards `scores=` names (null: not scored by one), when given. */
export type ListedRecord = StoredRecord & { readonly scores?: Record<string, ListedScore | null> };

/** One page of records, and the cursor of the next page (null on the last). */
export interface RecordPage {
  readonly items: ListedRecord[];
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

type Row = StoredRecord & { sortValue: string | null; scores?: Record<string, ListedScore> | null };

type Key = FieldKey | ScoreKey;
const joinOf = (key: Key, params: Params): string => ('scorecard' in key ? scoreJoin(key, params) : sortJoin(key, params));
const missingOf = (key: Key, params: Params): string => ('scorecard' in key ? withoutScore(key, params) : withoutKey(key, params));

/** Newest or oldest first: the creation time is never null, so a row comparison records_list_idx serves. */
function byCreation(tx: Queryable, select: string, where: readonly string[], params: Params, dir: 'ASC' | 'DESC', cursor: Cursor | undefined, take: number): Promise<Row[]> {
  const after = cursor === undefined ? [] : [`(created_at, id) ${dir === 'DESC' ? '<' : '>'} (${params.add(cursor[0])}::timestamptz, ${params.add(cursor[1])})`];
  return tx.query<Row>(
    `${select}, created_at::text AS "sortValue" FROM records WHERE ${[...where, ...after].join(' AND ')} ORDER BY created_at ${dir}, id ${dir} LIMIT ${take}`,
    params.values,
  );
}

/** The records with a key for the sorted field or score, in the key's order, after the cursor. */
function keyed(tx: Queryable, select: string, where: readonly string[], params: Params, key: Key, dir: 'ASC' | 'DESC', cursor: Cursor | undefined, take: number): Promise<Row[]> {
  const join = joinOf(key, params);
  const after = cursor === undefined ? [] : [`(${SORT_VALUE}, k.record_id) ${dir === 'DESC' ? '<' : '>'} (${params.add(cursor[0])}${key.cast}, ${params.add(cursor[1])})`];
  return tx.query<Row>(
    `${select}, ${SORT_VALUE}::text AS "sortValue" FROM records ${join} WHERE ${[...where, ...after].join(' AND ')} ORDER BY ${SORT_VALUE} ${dir}, k.record_id ${dir} LIMIT ${take}`,
    params.values,
  );
}

/** The records without a key for the sorted field or score (they come last), in id order, after the cursor's id. */
function unkeyed(tx: Queryable, select: string, where: readonly string[], params: Params, key: Key, dir: 'ASC' | 'DESC', afterId: string | undefined, take: number): Promise<Row[]> {
  const after = afterId === undefined ? [] : [`id ${dir === 'DESC' ? '<' : '>'} ${params.add(afterId)}`];
  return tx.query<Row>(
    `${select}, NULL::text AS "sortValue" FROM records WHERE ${[...where, missingOf(key, params), ...after].join(' AND ')} ORDER BY id ${dir} LIMIT ${take}`,
    params.values,
  );
}

/**
 * `take` rows in the sort's order after the cursor. A field or score sort reads the records with
 * a key first (walking the key index), then, once those run out, the records without one.
 */
async function ordered(tx: Queryable, select: string, where: readonly string[], params: Params, sort: SortKey, keyRequired: boolean, cursor: Cursor | undefined, take: number): Promise<Row[]> {
  const dir = sort.desc ? 'DESC' : 'ASC';
  if (sort.key === null) return byCreation(tx, select, where, params, dir, cursor, take);
  const inNulls = cursor !== undefined && cursor[0] === null;
  const rows = inNulls ? [] : await keyed(tx, select, where, params.fork(), sort.key, dir, cursor, take);
  if (rows.length === take || keyRequired) return rows;
  return [...rows, ...(await unkeyed(tx, select, where, params.fork(), sort.key, dir, inNulls ? cursor[1] : undefined, take - rows.length))];
}

/**
 * One page of a form's live records the caller reaches (the form's row rules, on the sort keys'
 * index: see `rowAccessCondition`). Every field the caller can see may be filtered and
 * sorted on; a hidden one is refused as unknown (so a filter cannot probe it). The scores of the
 * form's published scorecards may be asked (`scores=`), sorted and filtered on (list-scores.ts):
 * they are the ones `GET …/score` shows whoever reaches the record. Bad parameters give 422 with
 * every problem at `/query/<name>`. Sorts and range filters on a field use its sort keys
 * (migration 0010), so a page costs about its length, not the form's record count.
 *
 * @example
 * const page = await listRecords(tx, tenantId, 'customer', form, { entries: [['filter[industry]', 'steel']], userId, roles });
 */
export async function listRecords(tx: Queryable, tenantId: string, formId: string, form: CompiledForm, request: ListRequest): Promise<RecordPage> {
  const problems: FieldProblem[] = [];
  const catalog = visibleCatalog(form, request.roles);
  const scorecards = scoreCatalog(mentionsScores(request.entries) ? await scorecardsOf(tx, scorecardCache, tenantId, formId) : []);
  const params = new Params([tenantId, formId]);
  const one = (name: string): string | undefined => request.entries.find(([k]) => k === name)?.[1];
  const asked = scorecardsAsked(one('scores'), scorecards, problems);
  const sort = sortKey(one('sort'), catalog, scorecards, problems);
  const filters = filterConditions(request.entries, catalog, scorecards, params, sort, problems);
  const limit = limitOf(one('limit'), problems);
  const rawCursor = one('cursor');
  const cursor = rawCursor === undefined ? undefined : decodeCursor(rawCursor, sort, problems);
  if (problems.length > 0) throw validationFailed(problems);
  const where = ['tenant_id = $1', 'form_id = $2', 'deleted_at IS NULL', rowAccessCondition(tenantId, form.definition, request, (v) => params.add(v)), ...filters.where];
  const select = `SELECT ${RECORD_COLUMNS}${scoresColumn(asked, params)}`;
  const rows = await ordered(tx, select, where, params, sort, filters.keyRequired, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = page.map(({ sortValue: _, scores, ...rec }) => (asked.length === 0 ? rec : { ...rec, scores: scoresOf(asked, scores ?? null) }));
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(sort, last.sortValue, last.id) : null };
}
