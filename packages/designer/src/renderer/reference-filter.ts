/** @module A reference field's filter as its picker asks the records list for it, and a pick it no longer offers let go. */
import { applyFilter, failedEntry, fieldAccess } from '@heng/engine';
import type { FormDefinition, FormRecord, ReferenceField, ReferenceFilter, ReferenceFilterOperator } from '@heng/engine';
import { useEffect, useRef } from 'react';
import type { Filter, FilterOp } from '../runtime/list-query.js';
import { loadRecord, publishedFormOnce } from './data.js';

/** The record a field is filled in on: its values, and its form, whose labels name its fields to the user (a picker's "pick the customer first"). */
export interface FilledRecord {
  readonly form: FormDefinition;
  readonly values: FormRecord;
}

/** What a picker asks for: the list's filters, and this record's fields it waits for (a customer not picked yet). */
export interface PickerFilter {
  readonly filters: readonly Filter[];
  readonly waitingFor: readonly string[];
}

const OP_OF: Readonly<Record<ReferenceFilterOperator, FilterOp>> = { equal: 'eq', notEqual: 'ne', in: 'in' };

/**
 * The records list's filters of a reference field's filter on this record's values (`own`).
 *
 * @example
 * pickerFilter(payment.receivable, { customer: 'c1' })
 * // { filters: [{ field: 'customer', op: 'eq', value: 'c1' }, { field: 'status', op: 'eq', value: 'open' }], waitingFor: [] }
 */
export function pickerFilter(field: ReferenceField, own: FormRecord): PickerFilter {
  const applied = applyFilter(field.filter ?? [], own);
  const filters = applied.conditions.flatMap((c) => (c === undefined ? [] : [{ field: c.fact, op: OP_OF[c.operator as ReferenceFilterOperator], value: c.value }]));
  return { filters, waitingFor: applied.waitingFor };
}

/**
 * The entries of a reference's filter on target fields `roles` may see: the records list refuses
 * a filter on a field hidden from them, and a record read back lacks it. The server still holds
 * a pick to every entry when the record is saved.
 *
 * @example
 * await readableFilter(payment.receivable, ['salesperson']) // the entries on fields a salesperson sees
 */
export async function readableFilter(field: ReferenceField, roles: readonly string[]): Promise<readonly ReferenceFilter[]> {
  if (field.filter === undefined) return [];
  const target = await publishedFormOnce(field.target);
  return field.filter.filter((e) => {
    const on = target.fields.find((f) => f.id === e.field);
    return on === undefined || fieldAccess(on, roles) !== 'hidden';
  });
}

/**
 * Lets go of the record picked (`onChange(undefined)`) when a field its filter compares with
 * changes and the record no longer matches: a receivable of the customer picked before is not
 * one of the new customer's. A record loaded as saved keeps its pick until then, even one the
 * filter no longer offers (a receivable paid since). Only a new comparison or a new pick cancels
 * a check under way, not the record's other values being recomputed (a lookup landing).
 */
export function useLetGoUnmatched(field: ReferenceField, value: unknown, own: FormRecord, roles: readonly string[], onChange: (value: unknown) => void): void {
  const compared = JSON.stringify((field.filter ?? []).map((e) => ('sameAs' in e ? (own[e.sameAs] ?? null) : null)));
  const seen = useRef(compared);
  const latest = useRef({ field, own, roles, onChange });
  latest.current = { field, own, roles, onChange };
  useEffect(() => {
    if (seen.current === compared) return undefined;
    seen.current = compared;
    const now = latest.current;
    if (typeof value !== 'string' || now.field.filter === undefined) return undefined;
    let live = true;
    Promise.all([loadRecord(now.field.target, value), readableFilter(now.field, now.roles)]).then(
      ([rec, filter]) => {
        if (live && failedEntry(filter, rec.data, latest.current.own) !== undefined) latest.current.onChange(undefined);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [compared, value]);
}
