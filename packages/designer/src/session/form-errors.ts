/** @module A server's field problems (JSON Pointers into the body sent) placed on the fields of an antd form. */
import { parsePointer } from '@heng/engine';
import type { Problem } from '@heng/engine';
import type { Lang } from '../i18n/language.js';
import { problemText } from '../ops/index.js';

/** An antd field's name path, e.g. `['admin', 'email']`. */
export type FieldName = readonly string[];

/** The errors per field, and the problems that belong to no field of the form (shown above it). */
export interface FormErrors {
  readonly fields: { name: string[]; errors: string[] }[];
  readonly other: string[];
}

/**
 * Sorts problems onto `fields` by path, in `lang`. Every field is listed, those without
 * problems with no errors, so applying the result also clears errors of an earlier attempt.
 * `explain` may put a message of the form's own in place of the server's, for a field
 * (`admin/password`) and problem code it knows, where the generic schema message says less.
 *
 * @example
 * formErrors([{ path: '/admin/email', ... }], [['slug'], ['admin', 'email']], 'en')
 * // { fields: [{ name: ['slug'], errors: [] }, { name: ['admin', 'email'], errors: ['…'] }], other: [] }
 */
export function formErrors(problems: readonly Problem[], fields: readonly FieldName[], lang: Lang, explain: (field: string, code: string) => string | undefined = () => undefined): FormErrors {
  const byField = new Map(fields.map((f) => [f.join('/'), [] as string[]]));
  const other: string[] = [];
  for (const p of problems) {
    const field = parsePointer(p.path).join('/');
    const errors = byField.get(field);
    (errors ?? other).push((errors === undefined ? undefined : explain(field, p.code)) ?? problemText(p, lang));
  }
  return { fields: fields.map((f) => ({ name: [...f], errors: byField.get(f.join('/')) ?? [] })), other };
}
