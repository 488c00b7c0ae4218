/** @module Plain JSON values: telling objects apart, copying deeply. */

/**
 * Whether a value is a plain object (a record, a row), not an array or null.
 *
 * @example
 * isPlainObject({ a: 1 }) // true
 * isPlainObject([])       // false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A deep copy of a JSON value (a JSON round trip is exact for JSON); `undefined` stays so.
 * Copies keep the caller's objects out of what the engine returns.
 *
 * @example
 * const copy = copyJson(rows); // copy[0] !== rows[0]
 */
export function copyJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** An object as JSON.parse makes them: not an array, a Date, a Map or another class's instance. */
const isJsonObject = (v: unknown): v is Record<string, unknown> => isPlainObject(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/**
 * Whether two JSON values are equal, whatever order their objects' keys come in (PostgreSQL's
 * jsonb hands them back in its own order) and with a key holding `undefined` counted as absent,
 * as JSON writes it.
 *
 * @example
 * sameJson({ a: 1, b: [2] }, { b: [2], a: 1 }) // true
 * sameJson({ a: 1, b: undefined }, { a: 1 })    // true
 * sameJson([1, 2], [2, 1])                      // false
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const ka = keys(a);
  return ka.length === keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}
