/** @module Paths into a fact's value: `$.a.b.0`, dots only — no JSONPath, no prototype access. */
import { ownValue } from '../core/own.js';

/** The syntax a condition's `path` must have. */
export const PATH_PATTERN = '^\\$(\\.[A-Za-z0-9_]{1,64}){1,16}$';

const pathRe = new RegExp(PATH_PATTERN);

/** Whether `path` is a valid condition path. */
export function isPath(path: unknown): path is string {
  return typeof path === 'string' && pathRe.test(path);
}

/**
 * Follows a path into a value, reading own properties only; `undefined` when it leads nowhere.
 * Used as json-rules-engine's `pathResolver` too, so both evaluators read facts alike.
 *
 * @example
 * resolvePath({ contacts: [{ name: 'Li' }] }, '$.contacts.0.name') // 'Li'
 */
export function resolvePath(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split('.').slice(1)) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * A fact's value with json-rules-engine's rule for paths: a path applies to objects only;
 * any other value is returned as it is.
 */
export function factValue(facts: Readonly<Record<string, unknown>>, fact: string, path: string | undefined): unknown {
  const v = ownValue(facts, fact);
  return path !== undefined && path !== '' && v !== null && typeof v === 'object' ? resolvePath(v, path) : v;
}
