/** @module A record's kept revisions read as changes: which fields each revision changed, from what to what. */
import { sameValue } from '@heng/engine';
import type { FieldDefinition, FormRecord } from '@heng/engine';
import type { RevisionView } from './api.js';
import type { RuleRef } from './rule-names.js';

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

/** Who or what made a revision: rules (their set_field, set off by a person's write), or a person (null: an approval or a job). */
export type Writer = { readonly rules: readonly RuleRef[] } | { readonly user: string | null };

/**
 * Who or what made revision `revision` of a record, from its kept revisions; undefined when they
 * do not hold it (read before it was made).
 *
 * @example
 * writerOf(revisions, 2) // { rules: [{ ruleSet: 'order_credit_check', rule: 'hold' }] }
 * writerOf(revisions, 1) // { user: 'u-zhou' }
 */
export function writerOf(revisions: readonly RevisionView[], revision: number): Writer | undefined {
  const found = revisions.find((r) => r.revision === revision);
  if (found === undefined) return undefined;
  return found.changedVia != null && found.changedVia.length > 0 ? { rules: found.changedVia } : { user: found.changedBy };
}
