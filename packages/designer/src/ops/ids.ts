/** @module New stable ids for items added in an editor: readable, unique among their siblings. */

/**
 * The first of `base_1`, `base_2`, … not in `taken`. Ids never reuse an array index, so a
 * moved or deleted item keeps its problems, its diff and its drag handle.
 *
 * @example
 * uniqueId('factor', ['factor_1', 'debt']) // 'factor_2'
 */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${base}_${n}`;
    if (!used.has(id)) return id;
  }
}

/**
 * Replaces the item with `id` by `update(item)`; the same array when no item has that id,
 * so an edit of a deleted item changes nothing.
 *
 * @example
 * replaceById([{ id: 'a', n: 1 }], 'a', (x) => ({ ...x, n: 2 })) // [{ id: 'a', n: 2 }]
 */
export function replaceById<T extends { readonly id: string }>(items: readonly T[], id: string, update: (item: T) => T): readonly T[] {
  const i = items.findIndex((x) => x.id === id);
  if (i < 0) return items;
  const next = items.slice();
  next[i] = update(items[i] as T);
  return next;
}

/**
 * The items without the one with `id`.
 *
 * @example
 * removeById([{ id: 'a' }, { id: 'b' }], 'a') // [{ id: 'b' }]
 */
export function removeById<T extends { readonly id: string }>(items: readonly T[], id: string): readonly T[] {
  return items.some((x) => x.id === id) ? items.filter((x) => x.id !== id) : items;
}

/**
 * Moves the item with id `from` to where the item with id `to` is (dnd-kit's `arrayMove`,
 * addressed by ids); unchanged when either id is unknown.
 *
 * @example
 * moveById([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 'a', 'c').map((x) => x.id) // ['b', 'c', 'a']
 */
export function moveById<T extends { readonly id: string }>(items: readonly T[], from: string, to: string): readonly T[] {
  const i = items.findIndex((x) => x.id === from);
  const j = items.findIndex((x) => x.id === to);
  if (i < 0 || j < 0 || i === j) return items;
  const next = items.slice();
  const [moved] = next.splice(i, 1);
  next.splice(j, 0, moved as T);
  return next;
}

/**
 * The item at `index` swapped with its neighbour one place earlier (`-1`) or later (`1`); the same
 * list at either end or for an index out of range.
 *
 * @example
 * moveAt(['a', 'b', 'c'], 1, -1) // ['b', 'a', 'c']
 */
export function moveAt<T>(items: readonly T[], index: number, by: -1 | 1): readonly T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return items;
  const next = items.slice();
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}
