/** @module Field visibility and requirement: each field's conditions compiled once, evaluated against the record. */
import { compileCondition, type CompiledCondition } from '../condition/index.js';
import type { FieldDefinition, FormRecord } from './types.js';

/** Whether a field is shown for a record; unknown fields are not. */
export type Visibility = (fieldId: string, record: FormRecord) => boolean;

/** Whether a field must hold a value in a record, were it shown: `required`, or its `requiredWhen` holds. */
export type Requirement = (fieldId: string, record: FormRecord) => boolean;

/**
 * Compiles one condition of every field. Facts are the record's fields; a field the record
 * lacks is `null`, so a condition on an empty field is false rather than an error. A field
 * without the condition (or not in the form) gives `undefined`.
 */
function fieldConditions(fields: readonly FieldDefinition[], key: 'visibleWhen' | 'requiredWhen'): (fieldId: string, record: FormRecord) => boolean | undefined {
  const conditions = new Map<string, CompiledCondition>();
  for (const f of fields) {
    const condition = f[key];
    if (condition !== undefined) conditions.set(f.id, compileCondition(condition));
  }
  const blank = Object.fromEntries(fields.map((f) => [f.id, null]));
  return (fieldId, record) => conditions.get(fieldId)?.({ ...blank, ...record });
}

/**
 * Compiles every field's `visibleWhen`.
 *
 * @example
 * const visible = visibility(form.fields);
 * visible('lawsuit_details', { lawsuits_pending: true }) // true
 */
export function visibility(fields: readonly FieldDefinition[]): Visibility {
  const ids = new Set(fields.map((f) => f.id));
  const holds = fieldConditions(fields, 'visibleWhen');
  return (fieldId, record) => ids.has(fieldId) && holds(fieldId, record) !== false;
}

/**
 * Compiles every field's `requiredWhen`. Visibility and access are not asked here: a field
 * hidden from the user is never required of them (the record check and the form ask both).
 *
 * @example
 * const required = requirement(form.fields);
 * required('news_notes', { negative_news: true }) // true
 */
export function requirement(fields: readonly FieldDefinition[]): Requirement {
  const always = new Set(fields.filter((f) => f.required === true).map((f) => f.id));
  const holds = fieldConditions(fields, 'requiredWhen');
  return (fieldId, record) => always.has(fieldId) || holds(fieldId, record) === true;
}
