/** @module The filters picked on a dashboard, as the data route's query string. */

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
