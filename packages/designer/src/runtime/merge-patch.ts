/** @module A record edit sent as a JSON merge patch: only the fields changed, `null` for a field cleared. */
import { sameJson } from '@heng/engine';
import type { FormRecord } from '@heng/engine';

/**
 * The merge patch (RFC 7396) from `before` to `after` over the fields `keys` (those the user may
 * write): changed values, and `null` for one cleared. Other fields are left as stored.
 *
 * @example
 * mergePatch({ a: 1, b: 'x', c: 2 }, { a: 2, c: 2 }, ['a', 'b', 'c']) // { a: 2, b: null }
 */
export function mergePatch(before: FormRecord, after: FormRecord, keys: Iterable<string>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of keys) {
    const had = Object.hasOwn(before, key);
    const has = Object.hasOwn(after, key);
    if (has && (!had || !sameJson(before[key], after[key]))) patch[key] = after[key];
    else if (had && !has) patch[key] = null;
  }
  return patch;
}
