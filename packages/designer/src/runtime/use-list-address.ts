/** @module A record list's filters, sort and rows loaded kept in the page's address: edited as rows, written to the address as the typing pauses, read back on Back, Forward or a reload. */
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isTyping, listAddress, loadedOf, readListAddress, withLoaded } from './list-address.js';
import type { AddressRules, ListAddress } from './list-address.js';
import type { Filter } from './list-query.js';
import type { FilterRow } from './record-filters.js';

// Row ids as the filter bar names a row it adds.
const withIds = (filters: readonly Filter[]): FilterRow[] => filters.map((f, i) => ({ ...f, id: `filter_${i + 1}` }));

/** What the list shows (the address's), the filter rows being edited, and how to change them. */
export interface ListAddressState {
  /** The address's filters and sort: what the list asks the server for. */
  readonly shown: ListAddress;
  /** The address's search part as {@link listAddress} writes it: the same list, the same text. */
  readonly key: string;
  readonly rows: readonly FilterRow[];
  readonly setRows: (rows: readonly FilterRow[]) => void;
  readonly setSort: (sort: string | undefined) => void;
  /** How many records the list had loaded ("load more"), at least `page`: Back from a record shows them all again. */
  readonly loaded: number;
  /** Notes in the address that the list now has `count` records loaded (the same history entry). */
  readonly setLoaded: (count: number) => void;
}


/**
 * A list's filters and sort, kept in the address: a changed filter or sort is a new history entry
 * (Back undoes it), a value typed further replaces the entry it started; the rows follow the
 * address when it changes otherwise (Back, Forward, a link). How many records "load more" had
 * brought in (`rows`, see `loadedOf`) goes in the same entry.
 *
 * @example
 * const { shown, rows, setRows, setSort, loaded } = useListAddress({ fields, sortable, startSort }, 50);
 */
export function useListAddress(rules: AddressRules, page: number): ListAddressState {
  const [search, setSearch] = useSearchParams();
  const shown = readListAddress(search, rules);
  const key = listAddress(shown, rules.startSort);
  const [rows, setRows] = useState<readonly FilterRow[]>(() => withIds(shown.filters));
  // The address this list last wrote: one that differs came from elsewhere, and the rows follow it.
  const written = useRef(key);
  useEffect(() => {
    if (key === written.current) return;
    written.current = key;
    setRows(withIds(shown.filters));
  }, [key]);

  // Changes are weighed against the address last written, not the one rendered: the router may
  // render a written address later (in a transition), after the next change is made.
  const last = () => readListAddress(new URLSearchParams(written.current), rules);
  const write = (filters: readonly Filter[], sort: string | undefined) => {
    const next = listAddress({ filters, sort }, rules.startSort);
    if (next === written.current) return;
    const typing = isTyping(last().filters, readListAddress(new URLSearchParams(next), rules).filters);
    written.current = next;
    setSearch(next, { replace: typing });
  };
  useEffect(() => {
    // Typing a filter value writes the address (and asks the server) once the typing pauses.
    const timer = setTimeout(() => write(rows, last().sort), 350);
    return () => clearTimeout(timer);
  }, [rows]);

  // Written over the address last written, not the one rendered (a sort may not have rendered yet).
  const setLoaded = (count: number) => setSearch(withLoaded(written.current, count, page), { replace: true });
  return { shown, key, rows, setRows, setSort: (sort) => write(rows, sort), loaded: loadedOf(search, page), setLoaded };
}
