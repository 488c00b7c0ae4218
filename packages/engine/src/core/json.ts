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
