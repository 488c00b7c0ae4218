/** @module User-written patterns, run on re2js: linear time whatever the pattern, so no ReDoS. */
import { RE2JS } from 're2js';

/** A compiled user pattern, or why it does not compile. */
export type UserPattern = { readonly ok: true; test(text: string): boolean } | { readonly ok: false; readonly reason: string };

const MAX_CACHED = 1000;
const cache = new Map<string, UserPattern>();

/**
 * Compiles a pattern an admin wrote. It matches anywhere in the text unless anchored (`^…$`),
 * as JSON Schema's `pattern` does. Lookarounds and backreferences are not supported: they
 * are what makes a regex engine slow. Compiled patterns are cached by source.
 *
 * @example
 * const p = userPattern('^[0-9A-Z]{18}$');
 * p.ok && p.test('91350100M000100Y43') // true
 * userPattern('(?=a)').ok // false
 */
export function userPattern(source: string): UserPattern {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const made = make(source);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(source, made);
  return made;
}

function make(source: string): UserPattern {
  try {
    const re = RE2JS.compile(source);
    return { ok: true, test: (text) => re.test(text) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
