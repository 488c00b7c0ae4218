/** @module Small facts about record values: emptiness, plain objects, equality of JSON values. */

/**
 * Whether a value counts as not filled in: absent, null, an empty text, an empty list.
 *
 * @example
 * isEmpty('') // true
 * isEmpty(0)  // false
 */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Whether a value is a plain object (a record or a row), not an array or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Deep equality of JSON values; two empty values are equal (a cleared field is unchanged).
 *
 * @example
 * sameValue({ a: [1, 2] }, { a: [1, 2] }) // true
 * sameValue(undefined, '')                // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** A deep copy of a JSON value (defaults are JSON, so this is exact). */
export function copyJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
