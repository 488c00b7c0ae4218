/** @module Stable ids: every item in a definition has one, never an array index. */

/** An id a formula or condition can name: a letter, then letters, digits or `_`, at most 64. */
export const ID_PATTERN = '^[A-Za-z][A-Za-z0-9_]{0,63}$';

const idRe = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Whether `s` is a valid id. */
export function isId(s: unknown): s is string {
  return typeof s === 'string' && idRe.test(s);
}

/** JSON Schema for an id. */
export const idSchema = { type: 'string', pattern: ID_PATTERN } as const;
