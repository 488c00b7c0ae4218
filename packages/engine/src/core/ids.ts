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

/**
 * Facts a record's rules see beside its fields (`today`, and what a write changed and who
 * made it). A field of one of these ids would be hidden from its form's rules, so forms may
 * not use them.
 */
export const RECORD_FACT_IDS = { today: 'today', isNew: 'is_new', changedFields: 'changed_fields', changedByRoles: 'changed_by_roles' } as const;
