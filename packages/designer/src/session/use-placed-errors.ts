/** @module A server's field problems kept placed on an antd form's fields, in the language shown, as the error or the language changes. */
import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import type { ApiError } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { formErrors } from './form-errors.js';
import type { FieldName } from './form-errors.js';

/**
 * Places `error`'s problems on `form`'s `fields` (clearing those of an earlier attempt), and
 * returns the problems that belong to none of them, for the form to show above its fields.
 * The error is kept as it came, so its problems are placed again when the language changes.
 *
 * @example
 * const other = usePlacedErrors(form, error, [['email'], ['password']], explain);
 */
export function usePlacedErrors<T>(form: FormInstance<T>, error: ApiError | undefined, fields: readonly FieldName[], explain?: (field: string, code: string) => string | undefined): string[] {
  const lang = useLang();
  const placed = formErrors(error?.problems ?? [], fields, lang, explain);
  const placedFields = JSON.stringify(placed.fields);
  useEffect(() => {
    form.setFields(JSON.parse(placedFields) as Parameters<typeof form.setFields>[0]);
  }, [form, placedFields]);
  return placed.other;
}
