/** @module Small facts about record values: emptiness, equality of JSON values. */
import { isPlainObject } from '../core/json.js';

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
