/** @module A record list's filters and sort as the records API reads them: `filter[field][op]=value`, `sort=-field`, `scores`, `limit`, `cursor`. */
import { defaultListColumns, fitsListColumn, formCatalog, joinValueList, sortsBy } from '@heng/engine';
import type { FieldAccess, FieldDefinition, FieldInfo, FormDefinition, ValueKind } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

/** The operators of the list API (server: records/list-query.ts). */
export type FilterOp = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'empty' | 'filled';

/** The operators that ask whether a field holds a value, and take none (sent as `=true`). */
export const BLANK_OPS: readonly FilterOp[] = ['empty', 'filled'];

/** Whether the operator takes no value. */
export const isBlankOp = (op: FilterOp): boolean => BLANK_OPS.includes(op);

/** The operators each kind of field takes, as the server accepts them. */
export const OPS_OF: Readonly<Record<ValueKind, readonly FilterOp[]>> = {
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', ...BLANK_OPS],
  text: ['contains', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', ...BLANK_OPS],
  date: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', ...BLANK_OPS],
  datetime: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', ...BLANK_OPS],
  boolean: ['eq', 'ne', ...BLANK_OPS],
  list: ['contains', ...BLANK_OPS],
  table: [],
};

/** One filter: the value as the record stores it (a fraction for percent, option ids, `true`). */
export interface Filter {
  readonly field: string;
  readonly op: FilterOp;
  readonly value: unknown;
}

/** What a list asks for. `sort` is `field` or `-field` (descending); newest first without it. `scores`: the scorecards whose score and grade each record comes with. */
export interface ListQuery {
  readonly filters: readonly Filter[];
  readonly sort?: string;
  readonly scores?: readonly string[];
  readonly limit?: number;
  readonly cursor?: string;
}

/**
 * The fields a user may filter on, in form order: every field their roles see, but sub-tables.
 *
 * @example
 * filterableFields(form, access).map((f) => f.id) // ['company_name', 'industry', …]
 */
export function filterableFields(form: FormDefinition, access: Readonly<Record<string, FieldAccess>>): FieldInfo[] {
  return [...formCatalog(form).values()].filter((f) => access[f.id] !== 'hidden' && OPS_OF[f.kind].length > 0);
}

const visible = (access: Readonly<Record<string, FieldAccess>>) => (f: FieldDefinition): boolean => access[f.id] !== 'hidden';

/**
 * The fields a record list shows as columns: those the user picked (`chosen`) that their roles
 * still see, else the form's default (`defaultListColumns`), never a field the roles do not see.
 *
 * @example
 * listColumns(customer, access).map((f) => f.id) // ['company_name', 'credit_grade', …]
 * listColumns(customer, access, ['region', 'credit_limit']).map((f) => f.id) // ['region', 'credit_limit']
 */
export function listColumns(form: FormDefinition, access: Readonly<Record<string, FieldAccess>>, chosen?: readonly string[]): FieldDefinition[] {
  const shown = visible(access);
  const picked = (chosen ?? []).map((id) => form.fields.find((f) => f.id === id)).filter((f): f is FieldDefinition => f !== undefined && fitsListColumn(f) && shown(f));
  return picked.length > 0 ? picked : defaultListColumns(form, shown);
}

/**
 * The fields a user may pick as columns: those their roles see that fit a column, in form order.
 *
 * @example
 * columnChoices(customer, access).some((f) => f.type === 'sub_table') // false
 */
export function columnChoices(form: FormDefinition, access: Readonly<Record<string, FieldAccess>>): FieldDefinition[] {
  return form.fields.filter((f) => fitsListColumn(f) && visible(access)(f));
}

/**
 * Whether the list can be sorted on a field of this kind.
 *
 * @example
 * isSortable({ id: 'industry', type: 'single_select', kind: 'text' }) // true
 */
export function isSortable(info: FieldInfo): boolean {
  return sortsBy(info.kind);
}

const asText = (v: unknown): string => (typeof v === 'string' ? v : String(v));

/** The query entries of one filter; empty values give none (a filter still being typed), but for an operator that takes none. */
function filterEntries(f: Filter): [string, string][] {
  if (isBlankOp(f.op)) return [[`filter[${f.field}][${f.op}]`, 'true']];
  const values = (Array.isArray(f.value) ? f.value : [f.value]).filter((v) => v !== undefined && v !== null && v !== '');
  if (values.length === 0) return [];
  const key = `filter[${f.field}][${f.op}]`;
  if (f.op === 'in') return [[key, joinValueList(values.map(asText))]];
  // Several options under `contains` are each required: the server ANDs repeated filters.
  return values.map((v) => [key, asText(v)]);
}

/**
 * The query string of a list request (`?` included, or empty).
 *
 * @example
 * listQueryString({ filters: [{ field: 'industry', op: 'eq', value: 'steel' }], sort: '-annual_sales', limit: 50 })
 * // '?filter%5Bindustry%5D%5Beq%5D=steel&sort=-annual_sales&limit=50'
 */
export function listQueryString(q: ListQuery): string {
  const params = new URLSearchParams(q.filters.flatMap(filterEntries));
  if (q.sort !== undefined && q.sort !== '') params.set('sort', q.sort);
  if (q.scores !== undefined && q.scores.length > 0) params.set('scores', joinValueList(q.scores));
  if (q.limit !== undefined) params.set('limit', String(q.limit));
  if (q.cursor !== undefined) params.set('cursor', q.cursor);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The query of the CSV export of what the list shows: the same filters, sort and scores, every
 * page, in the words of the UI's language (fields, options, yes/no, records and scores by name,
 * as the list shows them).
 *
 * @example
 * exportQueryString({ filters: [], sort: 'company_name', scores: ['credit_score'], limit: 50, cursor: 'x' }, 'zh-CN') // '?sort=company_name&scores=credit_score&lang=zh-CN'
 */
export function exportQueryString(q: ListQuery, lang: Lang): string {
  const params = new URLSearchParams(listQueryString({ filters: q.filters, sort: q.sort, scores: q.scores }).slice(1));
  params.set('lang', lang);
  return `?${params.toString()}`;
}

/**
 * The `sort` parameter of a table column's order, or undefined for the default (newest first).
 *
 * @example
 * sortParam('annual_sales', 'descend') // '-annual_sales'
 */
export function sortParam(field: string, order: 'ascend' | 'descend' | null | undefined): string | undefined {
  if (order === 'ascend') return field;
  if (order === 'descend') return `-${field}`;
  return undefined;
}
