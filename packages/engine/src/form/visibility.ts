/** @module Field visibility: each field's condition compiled once, evaluated against the record. */
import { compileCondition, type CompiledCondition } from '../condition/index.js';
import type { FieldDefinition, FormRecord } from './types.js';

/** Whether a field is shown for a record; unknown fields are not. */
export type Visibility = (fieldId: string, record: FormRecord) => boolean;

/**
 * Compiles every field's `visibleWhen`. Facts are the record's fields; a field the record lacks
 * is `null`, so a condition on an empty field is false rather than an error.
 *
 * @example
 * const visible = visibility(form.fields);
 * visible('lawsuit_details', { lawsuits_pending: true }) // true
 */
export function visibility(fields: readonly FieldDefinition[]): Visibility {
  const conditions = new Map<string, CompiledCondition | undefined>(fields.map((f) => [f.id, f.visibleWhen === undefined ? undefined : compileCondition(f.visibleWhen)]));
  const blank = Object.fromEntries(fields.map((f) => [f.id, null]));
  return (fieldId, record) => {
    if (!conditions.has(fieldId)) return false;
    const condition = conditions.get(fieldId);
    return condition === undefined || condition({ ...blank, ...record });
  };
}
