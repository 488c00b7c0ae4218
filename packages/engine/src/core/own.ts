/** @module Reading objects by keys users choose (field ids, role ids): own properties only. */

/**
 * `obj[key]` when `obj` holds `key` itself, else `undefined`. Ids such as `constructor`,
 * `toString` or `valueOf` are valid field ids: they must never read `Object.prototype`.
 *
 * @example
 * ownValue({ annual_sales: 5 }, 'annual_sales') // 5
 * ownValue({}, 'constructor')                   // undefined, not Object
 */
export function ownValue<T>(obj: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
