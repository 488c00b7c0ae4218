/**
 * @module Lookups filled in the browser as the user picks the record they copy from, as the
 * server copies them on save: a new credit application shows the customer's grade and limit
 * (and the formulas over them) before it is submitted.
 */
import { copiesLookup } from '@heng/engine';
import type { FormDefinition, FormRecord, LookupField } from '@heng/engine';
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadRecord } from './data.js';

/** The data of a referenced record, by `${form}:${id}`; null when it cannot be read (gone, out of reach). */
export type LookupSources = ReadonlyMap<string, Readonly<Record<string, unknown>> | null>;

/** The lookups the server copies on this write of `record` (see `copiesLookup`); `stored`: what the record holds, if it is stored. */
const copiedNow = (form: FormDefinition, record: FormRecord, stored: FormRecord | undefined): LookupField[] =>
  form.fields.filter((f): f is LookupField => f.type === 'lookup' && copiesLookup(f, record, stored));

/**
 * The form of the records `lookup` copies from: its reference field's target (undefined when
 * `via` is not a reference of `form`).
 *
 * @example
 * lookupSourceForm(payment, receivableCustomer) // 'receivable'
 */
export function lookupSourceForm(form: FormDefinition, lookup: LookupField): string | undefined {
  const via = form.fields.find((f) => f.id === lookup.via);
  return via?.type === 'reference' ? via.target : undefined;
}

/** `${form}:${id}` of the record `lookup` copies from in `record`; undefined when its reference field is empty. */
function sourceKey(form: FormDefinition, lookup: LookupField, record: Readonly<Record<string, unknown>>): string | undefined {
  const target = lookupSourceForm(form, lookup);
  const id = record[lookup.via];
  return target !== undefined && typeof id === 'string' && id !== '' ? `${target}:${id}` : undefined;
}

/**
 * `record` with its lookups as saving it would copy them from the records in `sources`: empty
 * when the reference field is empty or its record cannot be read, unchanged while it is loading.
 *
 * @example
 * withLookups(application, { customer: 'c1' }, new Map([['customer:c1', { grade: 'A' }]])) // { customer: 'c1', customer_grade: 'A' }
 */
export function withLookups(form: FormDefinition, record: FormRecord, sources: LookupSources, stored?: FormRecord): Record<string, unknown> {
  const out = { ...record };
  for (const lookup of copiedNow(form, record, stored)) {
    const key = sourceKey(form, lookup, record);
    if (key !== undefined && !sources.has(key)) continue;
    const value = key === undefined ? undefined : sources.get(key)?.[lookup.field];
    if (value === undefined || value === null) delete out[lookup.id];
    else out[lookup.id] = value;
  }
  return out;
}

/**
 * `record` with its lookups filled ({@link withLookups}), loading each record they copy from once,
 * as the user picks it. `stored`: what the record holds, if it is stored. Not `editing`: `record`
 * as it is, nothing loaded.
 *
 * @example
 * const shown = useLookups(form, recordOf(form, values), value, !readOnly);
 */
export function useLookups(form: FormDefinition, record: FormRecord, stored: FormRecord | undefined, editing: boolean): FormRecord {
  const [sources, setSources] = useState<LookupSources>(() => new Map());
  const asked = useRef(new Set<string>());
  const keys = editing ? copiedNow(form, record, stored).flatMap((l) => sourceKey(form, l, record) ?? []).join('\n') : '';
  useEffect(() => {
    for (const key of keys === '' ? [] : keys.split('\n')) {
      if (asked.current.has(key)) continue;
      asked.current.add(key);
      const at = key.indexOf(':');
      loadRecord(key.slice(0, at), key.slice(at + 1)).then(
        (rec) => setSources((s) => new Map(s).set(key, rec.data)),
        () => setSources((s) => new Map(s).set(key, null)),
      );
    }
  }, [keys]);
  return useMemo(() => (editing ? withLookups(form, record, sources, stored) : record), [form, record, sources, stored, editing]);
}
