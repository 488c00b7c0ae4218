/** @module The filters picked on a dashboard, as the data route's query string and the page's address (kept there, so a reload or a shared link keeps them). */
import type { FilterView } from './api.js';

/** Picked values by filter id; undefined: no value picked. */
export type FilterValues = Readonly<Record<string, string | undefined>>;

/**
 * The query string of the picked filters, in the dashboard's filter order (`?` included; empty
 * when nothing is picked), so the same choice always asks the same URL.
 *
 * @example
 * filterQuery(['region', 'industry'], { industry: 'steel', region: 'east' }) // '?filter%5Bregion%5D=east&filter%5Bindustry%5D=steel'
 */
export function filterQuery(order: readonly string[], values: FilterValues): string {
  const params = new URLSearchParams();
  for (const id of order) {
    const v = values[id];
    if (v !== undefined && v !== '') params.set(`filter[${id}]`, v);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The filters an address picks (its `filter[id]=value` parameters, as {@link filterQuery} writes
 * them): only the dashboard's filters the reader may use, and only values among their choices;
 * anything else (an old link, a typo, a hidden filter) is left out.
 *
 * @example
 * filtersFromQuery(new URLSearchParams('?filter%5Bregion%5D=east&filter%5Bregion2%5D=x'), view.filters) // { region: 'east' }
 */
export function filtersFromQuery(search: URLSearchParams, filters: readonly FilterView[]): FilterValues {
  const out: Record<string, string> = {};
  for (const f of filters) {
    const v = search.get(`filter[${f.id}]`);
    if (v !== null && !f.hidden && f.choices.some((c) => c.key === v)) out[f.id] = v;
  }
  return out;
}
