/** @module A structural diff of two definitions, matching items of id-keyed arrays by id. */

/**
 * One difference. `path` is a JSON Pointer into the newer document (for `remove`, the last
 * token is the item's index in the older one). `from` / `to` are the old / new values; for
 * `move` (an id-keyed item that changed place), `from` is the pointer it had in the older
 * document, as in RFC 6902.
 */
export interface Change {
  readonly path: string;
  readonly op: 'add' | 'remove' | 'replace' | 'move';
  readonly from?: unknown;
  readonly to?: unknown;
  /** The id of the item, for changes to a whole item of an id-keyed array. */
  readonly id?: string;
}

type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
const at = (base: string, token: string | number): string => `${base}/${escape(String(token))}`;

/** Arrays whose items are all objects with distinct string ids: matched by id, not by place. */
function idsOf(items: readonly unknown[]): string[] | undefined {
  const ids = items.map((item) => (isObject(item) && typeof item['id'] === 'string' ? item['id'] : undefined));
  if (ids.some((id) => id === undefined)) return undefined;
  const defined = ids as string[];
  return new Set(defined).size === defined.length ? defined : undefined;
}

/** The ids kept in order: the longest common subsequence; the common ids outside it moved. */
function keptInOrder(a: readonly string[], b: readonly string[]): Set<string> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = table[i]!;
      row[j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, row[j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return kept;
}

function diffById(a: readonly unknown[], b: readonly unknown[], aIds: string[], bIds: string[], path: string, out: Change[]): void {
  const oldIndex = new Map(aIds.map((id, i) => [id, i]));
  const newIds = new Set(bIds);
  aIds.forEach((id, i) => {
    if (!newIds.has(id)) out.push({ path: at(path, i), op: 'remove', from: a[i], id });
  });
  const kept = keptInOrder(aIds.filter((id) => newIds.has(id)), bIds.filter((id) => oldIndex.has(id)));
  bIds.forEach((id, j) => {
    const i = oldIndex.get(id);
    if (i === undefined) {
      out.push({ path: at(path, j), op: 'add', to: b[j], id });
      return;
    }
    if (!kept.has(id)) out.push({ path: at(path, j), op: 'move', from: at(path, i), id });
    walk(a[i], b[j], at(path, j), out);
  });
}

function diffByPlace(a: readonly unknown[], b: readonly unknown[], path: string, out: Change[]): void {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i += 1) walk(a[i], b[i], at(path, i), out);
  for (let i = common; i < b.length; i += 1) out.push({ path: at(path, i), op: 'add', to: b[i] });
  // Removed from the end backwards, so each pointer is still valid when applied in order.
  for (let i = a.length - 1; i >= common; i -= 1) out.push({ path: at(path, i), op: 'remove', from: a[i] });
}

function walk(a: unknown, b: unknown, path: string, out: Change[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const aIds = idsOf(a);
    const bIds = idsOf(b);
    if (aIds !== undefined && bIds !== undefined) diffById(a, b, aIds, bIds, path, out);
    else diffByPlace(a, b, path, out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!(key in b)) out.push({ path: at(path, key), op: 'remove', from: a[key] });
      else walk(a[key], b[key], at(path, key), out);
    }
    for (const key of Object.keys(b)) {
      if (!(key in a)) out.push({ path: at(path, key), op: 'add', to: b[key] });
    }
    return;
  }
  if (a !== b) out.push({ path, op: 'replace', from: a, to: b });
}

/**
 * What changed from `before` to `after`: object keys compared by name, arrays of items with
 * ids compared by id (a moved factor is one `move`, and its edits are reported under its new
 * place), other arrays compared by place. Equal documents give `[]`.
 *
 * @example
 * diffDefinitions({ factors: [{ id: 'a', w: 1 }, { id: 'b', w: 2 }] }, { factors: [{ id: 'b', w: 3 }, { id: 'a', w: 1 }] })
 * // [{ path: '/factors/0/w', op: 'replace', from: 2, to: 3 },
 * //  { path: '/factors/1', op: 'move', from: '/factors/0', id: 'a' }]
 */
export function diffDefinitions(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, '', out);
  return out;
}
