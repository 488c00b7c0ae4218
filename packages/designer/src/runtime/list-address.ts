/** @module A record list's filters and sort in the page's address, in the records API's own dialect (`filter[field][op]=value`, `sort=-field`), so a reload, Back or a shared link shows the same list. */
import { queryValue, splitValueList } from '@heng/engine';
import type { FieldInfo } from '@heng/engine';
import { isBlankOp, listQueryString } from './list-query.js';
import type { Filter, FilterOp } from './list-query.js';
import { filterOps } from './score-columns.js';

/** The filters and sort a list shows; `sort` undefined: newest first. */
export interface ListState {
  readonly filters: readonly Filter[];
  readonly sort?: string;
}

/** A list's state as an address gives it, with the parameters it left out (unknown or hidden fields, operators or values the field does not take). */
export interface ListAddress extends ListState {
  readonly ignored: readonly string[];
}

/** What an address is read against: the fields (scores and grades too) the user may filter on, the columns they may sort on, and the form's own order. */
export interface AddressRules {
  readonly fields: readonly FieldInfo[];
  readonly sortable: readonly string[];
  readonly startSort?: string;
}

/** Newest first, as the records API names it: written when the user leaves a form's own order. */
const NEWEST_FIRST = '-createdAt';

const FILTER_KEY = /^filter\[([^\][]+)\](?:\[([^\][]+)\])?$/;

/**
 * The search part of a list's address (`?` included, or empty): its filters as the records API
 * reads them, and its sort unless it is the form's own (`startSort`).
 *
 * @example
 * listAddress({ filters: [{ field: 'collection_stage', op: 'eq', value: 'legal' }], sort: '-amount' }) // '?filter%5Bcollection_stage%5D%5Beq%5D=legal&sort=-amount'
 * listAddress({ filters: [] }, '-days_overdue') // '?sort=-createdAt'
 */
export function listAddress(state: ListState, startSort?: string): string {
  return listQueryString({ filters: state.filters, sort: state.sort === startSort ? undefined : (state.sort ?? NEWEST_FIRST) });
}

/** One filter parameter as a filter, or undefined when the user cannot filter so. */
function readFilter(name: string, raw: string, fields: readonly FieldInfo[]): Filter | undefined {
  const match = FILTER_KEY.exec(name);
  const info = fields.find((f) => f.id === match?.[1]);
  const op = (match?.[2] ?? 'eq') as FilterOp;
  if (info === undefined || !filterOps(info).includes(op) || raw === '') return undefined;
  if (isBlankOp(op)) return raw === 'true' ? { field: info.id, op, value: true } : undefined;
  const values = (op === 'in' ? splitValueList(raw) : [raw]).map((v) => queryValue(info.kind, v));
  const fits = (v: string | number | boolean | undefined) => v !== undefined && (info.options === undefined || info.options.includes(String(v)));
  if (!values.every(fits)) return undefined;
  return { field: info.id, op, value: op === 'in' ? values : values[0] };
}

/**
 * The filters and sort an address asks for (as {@link listAddress} writes them), read as the
 * records API would: a parameter naming a field the user cannot filter or sort on, an operator
 * its kind does not take or a value it cannot hold is left out and named in `ignored`; other
 * parameters are not the list's. Without a sort: the form's own.
 *
 * @example
 * readListAddress(new URLSearchParams('filter[collection_stage][eq]=legal&sort=-nope'), rules)
 * // { filters: [{ field: 'collection_stage', op: 'eq', value: 'legal' }], sort: '-days_overdue', ignored: ['sort'] }
 */
export function readListAddress(search: URLSearchParams, rules: AddressRules): ListAddress {
  const filters: Filter[] = [];
  const ignored: string[] = [];
  let sort: string | undefined = rules.startSort;
  for (const [name, raw] of search) {
    if (name === 'sort') {
      if (raw === NEWEST_FIRST) sort = undefined;
      else if (rules.sortable.includes(raw.replace(/^-/, ''))) sort = raw;
      else ignored.push(name);
    } else if (name.startsWith('filter')) {
      const filter = readFilter(name, raw, rules.fields);
      if (filter === undefined) ignored.push(name);
      else filters.push(filter);
    }
  }
  return { filters, sort, ignored };
}

const sameFilter = (a: Filter, b: Filter) => a.field === b.field && a.op === b.op;
const isScalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/**
 * Whether going from `before` to `after` is a value being typed (one filter's value grown or cut
 * short): such a step replaces the list's history entry, so Back undoes the whole filter, not
 * one pause of typing.
 *
 * @example
 * isTyping([{ field: 'customer_name', op: 'contains', value: '宝' }], [{ field: 'customer_name', op: 'contains', value: '宝钢' }]) // true
 */
export function isTyping(before: readonly Filter[], after: readonly Filter[]): boolean {
  if (before.length !== after.length || !before.every((b, i) => sameFilter(b, after[i]!))) return false;
  const changed = before.flatMap((b, i) => (b.value === after[i]!.value ? [] : [[b.value, after[i]!.value]]));
  if (changed.length !== 1) return false;
  const [from, to] = changed[0]!;
  if (!isScalar(from) || !isScalar(to)) return false;
  const [a, b] = [String(from), String(to)];
  return a.startsWith(b) || b.startsWith(a);
}

/** The parameter that keeps how many records a list had loaded; a new filter or sort leaves it out, and the list starts at one page. */
const LOADED = 'rows';
/** The most records an address brings back at once: a hand-typed `rows=100000` is not 500 requests. */
const MAX_LOADED = 1000;

/**
 * How many records a list's address says it had loaded ("load more"): at least one `page`, at
 * most 1,000; anything else in `rows` reads as one page.
 *
 * @example
 * loadedOf(new URLSearchParams('rows=100'), 50) // 100
 * loadedOf(new URLSearchParams('rows=abc'), 50) // 50
 */
export function loadedOf(search: URLSearchParams, page: number): number {
  const asked = Number(search.get(LOADED));
  return Number.isInteger(asked) && asked > page ? Math.min(asked, MAX_LOADED) : page;
}

/**
 * The address `search` noting `count` records loaded (none when it is one `page` or less).
 *
 * @example
 * withLoaded('?sort=-amount', 100, 50).toString() // 'sort=-amount&rows=100'
 */
export function withLoaded(search: string, count: number, page: number): URLSearchParams {
  const out = new URLSearchParams(search);
  if (count > page) out.set(LOADED, String(count));
  else out.delete(LOADED);
  return out;
}
