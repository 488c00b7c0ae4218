/** @module A record's kept revisions read as changes: which fields each revision changed, from what to what. */
import { sameValue } from '@heng/engine';
import type { FieldDefinition, FormRecord } from '@heng/engine';

/** One field a revision changed. */
export interface FieldChange {
  readonly field: FieldDefinition;
  readonly before: unknown;
  readonly after: unknown;
}


/**
 * The fields of `fields` (those the reader sees, in form order) whose value differs between two
 * revisions; the first revision compares with an empty record. Fields of an older form version
 * that the form no longer has are not listed.
 *
 * @example
 * changesOf({ industry: 'steel' }, { industry: 'services', region: 'east' }, form.fields)
 * // [{ field: industry, before: 'steel', after: 'services' }, { field: region, before: undefined, after: 'east' }]
 */
export function changesOf(before: FormRecord, after: FormRecord, fields: readonly FieldDefinition[]): FieldChange[] {
  return fields.filter((f) => !sameValue(before[f.id], after[f.id])).map((field) => ({ field, before: before[field.id], after: after[field.id] }));
}
