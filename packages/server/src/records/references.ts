/** @module A user's write may point its reference fields only at live records of their forms that the user reaches, and that match their filters. */
import { failedEntry, fieldAccess, filterMessage, inSentence } from '@heng/engine';
import type { FieldDefinition, FormDefinition, FormRecord, ReferenceField } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import type { FieldProblem } from '../http/app-error.js';
import { latestForm } from './form.js';
import { reaches } from './row-access.js';
import type { RowReader } from './row-access.js';
import { findRecord } from './store.js';

/** One id a write sets in a field of some type: where, which field (or sub-table column), and the id. */
export interface Named<F extends FieldDefinition> {
  readonly path: string;
  readonly field: F;
  readonly id: string;
}

const isReference = (f: { type: string }): f is ReferenceField => f.type === 'reference';
const idIn = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Whether a field a reference's filter compares with (`sameAs`) changes, so the reference is held to the filter again. */
const filterMoves = (field: ReferenceField, before: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>): boolean =>
  (field.filter ?? []).some((entry) => 'sameAs' in entry && before[entry.sameAs] !== input[entry.sameAs]);

/**
 * The ids `input` sets in the fields `is` picks that `before` did not hold (all when `creating`):
 * top-level fields (also one `moved` says is to be checked again), and sub-table cells (a row's
 * id not held in that column before).
 *
 * @example
 * newIds(def, {}, { sales_owner: 'u_1' }, true, (f): f is UserField => f.type === 'user') // [{ path: '/sales_owner', field, id: 'u_1' }]
 */
export function newIds<F extends FieldDefinition>(
  def: FormDefinition, before: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>, creating: boolean, is: (f: FieldDefinition) => f is F, moved: (f: F) => boolean = () => false,
): Named<F>[] {
  const out: Named<F>[] = [];
  for (const field of def.fields) {
    if (is(field)) {
      const id = idIn(input[field.id]);
      if (id !== undefined && (creating || before[field.id] !== id || moved(field))) out.push({ path: `/${field.id}`, field, id });
    } else if (field.type === 'sub_table') {
      const rows = Array.isArray(input[field.id]) ? (input[field.id] as unknown[]) : [];
      const held = Array.isArray(before[field.id]) && !creating ? (before[field.id] as unknown[]) : [];
      for (const column of field.columns.filter(is)) {
        const had = new Set(held.map((r) => idIn((r as Record<string, unknown> | null)?.[column.id])));
        rows.forEach((row, i) => {
          const id = idIn((row as Record<string, unknown> | null)?.[column.id]);
          if (id !== undefined && !had.has(id)) out.push({ path: `/${field.id}/${i}/${column.id}`, field: column, id });
        });
      }
    }
  }
  return out;
}

/** What a reference names: its record, when the writer reaches it, and the form of that record. */
interface Found {
  readonly data: FormRecord | undefined;
  readonly form: FormDefinition;
}

/**
 * Problems with the references `input` sets (all when `creating`, else those `before` did not
 * hold), top-level and in sub-tables: each must name a live record of the field's form that `who`
 * reaches, and that matches the field's filter on `input`'s values (a payment's receivable: its
 * customer's, still open). A record out of their reach gets the same words as one that does not
 * exist, so nothing leaks. A reference the record already held is not checked again: a receivable
 * paid since does not stop its payment's notes being edited. Each record named is key-share locked
 * until the write commits, so a delete of it at the same time either waits and then sees this
 * writer among its referrers, or goes first and this write finds no record.
 *
 * @example
 * await referenceProblems(tx, def, {}, { customer: 'c_42' }, writer, true) // [] or [{ path: '/customer', code: 'record.reference.unknown', ... }]
 */
export async function referenceProblems(
  tx: Queryable, def: FormDefinition, before: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>, who: RowReader & { readonly tenantId: string }, creating: boolean,
): Promise<FieldProblem[]> {
  const out: FieldProblem[] = [];
  const found = new Map<string, Found>();
  for (const { path, field, id } of newIds(def, before, input, creating, isReference, (f) => filterMoves(f, before, input))) {
    const key = JSON.stringify([field.target, id]);
    if (!found.has(key)) {
      const target = await latestForm(tx, compiledDefinitions, who.tenantId, field.target);
      const rec = await findRecord(tx, who.tenantId, field.target, id, 'key share');
      const form = target.compiled.definition;
      found.set(key, { data: rec !== undefined && reaches(form, rec.data, who) ? rec.data : undefined, form });
    }
    const { data, form } = found.get(key)!;
    if (data === undefined) {
      out.push({
        path,
        code: 'record.reference.unknown',
        message: `"${field.label.en}" names ${inSentence(form.name).en} "${id}", which does not exist or is not yours to see: pick one from the list.`,
        messageZh: `"${field.label['zh-CN']}" 所填的${form.name['zh-CN']} "${id}" 不存在或您无权查看：请从列表中选择。`,
      });
      continue;
    }
    const failed = field.filter === undefined ? undefined : failedEntry(field.filter, data, input);
    if (failed === undefined) continue;
    // A filter on a target field hidden from the writer is not spelt out: it would tell the field's value.
    const on = form.fields.find((f) => f.id === field.filter?.[failed]?.field);
    const message = filterMessage(field, on !== undefined && fieldAccess(on, who.roles) === 'hidden' ? -1 : failed, form, def);
    out.push({ path, code: 'record.reference.filter', message: message.en, messageZh: message['zh-CN'] });
  }
  return out;
}
