/** @module A list's query string (filter, sort, limit, cursor) turned into checked SQL pieces. */
import { formCatalog, queryValue, sortsBy, splitValueList } from '@heng/engine';
import type { CompiledForm, FieldInfo, ValueKind } from '@heng/engine';
import { json } from '../db/port.js';
import type { SqlParam } from '../db/port.js';
import type { FieldProblem } from '../http/app-error.js';
import { keyInRange, keyOf, SORT_VALUE } from './list-keys.js';
import type { FieldKey, Params } from './list-keys.js';
import { filledSql } from '../dashboards/sql-values.js';
import { isScoreColumn, scoreCondition, scoreSortKey } from './list-scores.js';
import type { ScoreCatalog, ScoreKey } from './list-scores.js';

/** The operators of `filter[field][op]=value`; `filter[field]=value` is `eq`; `empty` and `filled` take `true`. */
const FILTER_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'empty', 'filled'] as const;
type Op = (typeof FILTER_OPS)[number];

const COMPARE: Partial<Record<Op, string>> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };
const OPS_OF: Record<ValueKind, readonly Op[]> = {
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'empty', 'filled'],
  text: FILTER_OPS,
  date: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'empty', 'filled'],
  datetime: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'empty', 'filled'],
  boolean: ['eq', 'ne', 'empty', 'filled'],
  list: ['contains', 'empty', 'filled'],
  table: [],
};


const bad = (name: string, en: string, zh: string): FieldProblem => ({ path: `/query/${name}`, code: 'query.invalid', message: en, messageZh: zh });

/** A text field's value, or NULL when it holds another JSON type (left by an older form version). */
const textExpr = (info: FieldInfo): string => `(CASE WHEN jsonb_typeof(data->'${info.id}') IN ('string', 'boolean') THEN data->>'${info.id}' END)`;

const KIND_HINT: Record<ValueKind, { en: string; zh: string }> = {
  number: { en: 'a number like 1000000 or 0.35', zh: '数字，如 1000000 或 0.35' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  date: { en: 'a date like 2024-05-01', zh: '日期，如 2024-05-01' },
  datetime: { en: 'a date-time like 2024-05-01T08:00:00+08:00', zh: '日期时间，如 2024-05-01T08:00:00+08:00' },
  text: { en: 'text', zh: '文本' },
  list: { en: 'an option id', zh: '选项 ID' },
  table: { en: 'nothing: sub-tables cannot be filtered', zh: '无：子表不可筛选' },
};

/** The fields the caller may filter and sort on: the form's, less those hidden from their roles. */
export function visibleCatalog(form: CompiledForm, roles: readonly string[]): Map<string, FieldInfo> {
  const access = form.accessFor(roles);
  return new Map([...formCatalog(form.definition)].filter(([id]) => access[id] !== 'hidden'));
}

function unknownField(name: string, field: string, catalog: Map<string, FieldInfo>): FieldProblem {
  const known = [...catalog.keys()].join(', ');
  return bad(name, `The form has no field "${field}" you can see. Known fields: ${known}.`, `表单中没有您可见的字段 "${field}"。可用字段：${known}。`);
}

const FILTER_KEY = /^filter\[([^\][]+)\](?:\[([^\][]+)\])?$/;

/**
 * A comparison, on the field's keys: on `k.v` when the list is sorted by the same field (so the
 * walk of its index starts and stops at the bounds), else as the ids whose key is in range.
 */
function compare(info: FieldInfo, op: Op, value: SqlParam, params: Params, sort: SortKey): string {
  const key = keyOf(info);
  const v = `${params.add(value)}${key.cast}`;
  if (sort.key?.field === key.field) return `${SORT_VALUE} ${COMPARE[op]!} ${v}`;
  return keyInRange(key, COMPARE[op]!, v, params);
}

function condition(name: string, info: FieldInfo, op: Op, raw: string, params: Params, sort: SortKey, problems: FieldProblem[]): string | undefined {
  if (op === 'empty' || op === 'filled') {
    // Lists read `FROM records`, unaliased.
    if (raw === 'true') return op === 'empty' ? `(NOT ${filledSql('records', info.id)})` : filledSql('records', info.id);
    problems.push(bad(name, `${name} takes true: write ${name}=true (got "${raw}").`, `${name} 的取值只能是 true：请写作 ${name}=true（收到 "${raw}"）。`));
    return undefined;
  }
  const hint = KIND_HINT[info.kind];
  const parts = op === 'in' ? splitValueList(raw) : [raw];
  const values = parts.map((p) => queryValue(info.kind, p));
  if (values.some((v) => v === undefined) || parts.length > 100) {
    problems.push(bad(name, `${name} must be ${hint.en}${op === 'in' ? ' (up to 100, separated by commas)' : ''}; got "${raw}".`, `${name} 应为${hint.zh}${op === 'in' ? '（最多 100 个，以逗号分隔）' : ''}；收到 "${raw}"。`));
    return undefined;
  }
  const contains = (v: unknown): string => `data @> ${params.add(json({ [info.id]: v }))}`;
  const [value] = values as (string | number | boolean)[];
  if (op === 'eq') return contains(value);
  if (op === 'ne') return `NOT (${contains(value)})`;
  if (op === 'in') return `(${values.map(contains).join(' OR ')})`;
  if (op === 'contains') {
    return info.kind === 'list' ? contains([value]) : `strpos(lower(${textExpr(info)}), lower(${params.add(String(value))})) > 0`;
  }
  return compare(info, op, value as SqlParam, params, sort);
}

/** The WHERE conditions of a list's filters. */
export interface Filters {
  readonly where: string[];
  /** A range filter is on the sorted field: records without its key cannot match. */
  readonly keyRequired: boolean;
}

/**
 * The WHERE conditions of every `filter[...]` parameter. Equality (`eq`, `ne`, `in`, list
 * `contains`) is sent as jsonb containment, checked on the form's records (no index serves it
 * under row-level security: `@>` is not leakproof); ranges (`gt`, `gte`, `lt`, `lte`) go to the
 * btree indexes of the fields' sort keys.
 *
 * @example
 * filterConditions([['filter[industry]', 'steel']], catalog, scores, params, sort, problems) // { where: ['data @> $3'], keyRequired: false }
 */
export function filterConditions(entries: readonly [string, string][], catalog: Map<string, FieldInfo>, scores: ScoreCatalog, params: Params, sort: SortKey, problems: FieldProblem[]): Filters {
  const where: string[] = [];
  let keyRequired = false;
  for (const [name, raw] of entries) {
    if (!name.startsWith('filter')) continue;
    const match = FILTER_KEY.exec(name);
    if (match === null) {
      problems.push(bad(name, `Write a filter as filter[field]=value or filter[field][op]=value (got ${name}).`, `筛选应写作 filter[字段]=值 或 filter[字段][运算符]=值（收到 ${name}）。`));
      continue;
    }
    const field = match[1]!;
    const op = (match[2] ?? 'eq') as Op;
    if (isScoreColumn(field)) {
      const sql = scoreCondition(name, field, op, raw, scores, params, problems);
      if (sql !== undefined) where.push(sql);
      continue;
    }
    const info = catalog.get(field);
    if (info === undefined) {
      problems.push(unknownField(name, field, catalog));
      continue;
    }
    if (!OPS_OF[info.kind].includes(op)) {
      const allowed = OPS_OF[info.kind].join(', ') || 'none';
      problems.push(bad(name, `"${field}" cannot be filtered with "${op}". Its operators: ${allowed}.`, `字段 "${field}" 不支持运算符 "${op}"。可用运算符：${allowed}。`));
      continue;
    }
    const sql = condition(name, info, op, raw, params, sort, problems);
    if (sql === undefined) continue;
    where.push(sql);
    keyRequired ||= op in COMPARE && sort.key?.field === field;
  }
  return { where, keyRequired };
}

/** How a list is ordered: a field's keys (or the creation time) and a direction; the id breaks ties. */
export interface SortKey {
  readonly spec: string;
  readonly desc: boolean;
  /** The sorted field's (or score's) keys; null when sorting by the creation time. */
  readonly key: FieldKey | ScoreKey | null;
}

/** The default order: newest first, served by records_list_idx. */
export const NEWEST_FIRST: SortKey = { spec: '-createdAt', desc: true, key: null };

/**
 * The order of `sort=field` (ascending) or `sort=-field` (descending), on any ordered field the
 * caller can see, a score column (`score:<scorecard>`, `grade:<scorecard>` best first), or
 * `createdAt`. Records without a value come last either way.
 *
 * @example
 * sortKey('-annual_sales', catalog, scores, problems) // { spec: '-annual_sales', desc: true, key: { field: 'annual_sales', column: 'num', ... } }
 */
export function sortKey(raw: string | undefined, catalog: Map<string, FieldInfo>, scores: ScoreCatalog, problems: FieldProblem[]): SortKey {
  if (raw === undefined || raw === '' || raw === '-createdAt') return NEWEST_FIRST;
  const desc = raw.startsWith('-');
  const field = desc ? raw.slice(1) : raw;
  if (field === 'createdAt') return { ...NEWEST_FIRST, spec: raw, desc };
  if (isScoreColumn(field)) {
    const key = scoreSortKey(field, scores, problems);
    return key === undefined ? NEWEST_FIRST : { spec: raw, desc, key };
  }
  const info = catalog.get(field);
  if (info === undefined) {
    problems.push(unknownField('sort', field, catalog));
    return NEWEST_FIRST;
  }
  if (!sortsBy(info.kind)) {
    problems.push(bad('sort', `"${field}" cannot be sorted: sort on a number, text, date, date-time or yes/no field.`, `字段 "${field}" 不可排序：请按数字、文本、日期、日期时间或是/否字段排序。`));
    return NEWEST_FIRST;
  }
  return { spec: raw, desc, key: keyOf(info) };
}
