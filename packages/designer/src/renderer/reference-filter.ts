/** @module A reference field's filter as its picker asks the records list for it, and a pick it no longer offers let go. */
import { applyFilter, failedEntry } from '@heng/engine';
import type { FormDefinition, FormRecord, ReferenceField, ReferenceFilterOperator } from '@heng/engine';
import { useEffect, useRef } from 'react';
import type { Filter, FilterOp } from '../runtime/list-query.js';
import { loadRecord } from './data.js';

/** The record a field is filled in on: its values, and its form, which names them. */
export interface FilledRecord {
  readonly form?: FormDefinition;
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
 * Lets go of the record picked (`onChange(undefined)`) when a field its filter compares with
 * changes and the record no longer matches: a receivable of the customer picked before is not
 * one of the new customer's. A record loaded as saved keeps its pick until then, even one the
 * filter no longer offers (a receivable paid since).
 */
export function useLetGoUnmatched(field: ReferenceField, value: unknown, own: FormRecord, onChange: (value: unknown) => void): void {
  const compared = JSON.stringify((field.filter ?? []).map((e) => ('sameAs' in e ? (own[e.sameAs] ?? null) : null)));
  const seen = useRef(compared);
  useEffect(() => {
    if (seen.current === compared) return undefined;
    seen.current = compared;
    const { filter } = field;
    if (typeof value !== 'string' || filter === undefined) return undefined;
    let live = true;
    loadRecord(field.target, value).then(
      (rec) => {
        if (live && failedEntry(filter, rec.data, own) !== undefined) onChange(undefined);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [compared, field, value, own, onChange]);
}
