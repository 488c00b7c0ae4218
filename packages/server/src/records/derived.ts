/** @module Lookups and rollups: the fields the server fills from the records a record points at, and the ones pointing at it. */
import { copiesLookup, rollupValue } from '@heng/engine';
import type { FormDefinition, FormRecord } from '@heng/engine';
import type { Queryable } from '../db/port.js';

async function dataOf(tx: Queryable, tenantId: string, id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await tx.query<{ data: Record<string, unknown> }>('SELECT data FROM records WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL', [tenantId, id]);
  return row?.data;
}

/**
 * The live records of form `from` whose field `via` holds `id`: what a rollup of record `id` reads.
 * Found through the text sort keys (a record id is a short text key): under row-level security
 * no index serves jsonb's `@>`, which is not leakproof, but text equality is.
 *
 * @example
 * const payments = await referencing(tx, tenantId, 'payment', 'receivable', receivableId);
 */
export async function referencing(tx: Queryable, tenantId: string, from: string, via: string, id: string): Promise<FormRecord[]> {
  const rows = await tx.query<{ data: FormRecord }>(
    `SELECT r.data FROM record_sort_keys k JOIN records r ON r.tenant_id = k.tenant_id AND r.id = k.record_id
     WHERE k.tenant_id = $1 AND k.form_id = $2 AND k.field = $3 AND k.txt = $4 AND r.deleted_at IS NULL`,
    [tenantId, from, via, id],
  );
  return rows.map((r) => r.data);
}

const put = (out: Record<string, unknown>, field: string, value: unknown): void => {
  if (value === undefined || value === null) delete out[field];
  else out[field] = value;
};

/**
 * `input` with its lookups copied from the records its reference fields point at (an empty or
 * dangling reference leaves the lookup empty) and its rollups computed from the live records
 * pointing at `recordId`. An `on_create` lookup is copied when the record is created (`stored`
 * undefined), and again only when its reference points elsewhere than in the `stored` values (an
 * order moved to another customer takes that customer's figures) or the record meets its
 * `refreshWhen` (see `copiesLookup`).
 *
 * @example
 * const filled = await fillDerived(tx, tenantId, form.compiled.definition, id, input);            // a new record
 * const again = await fillDerived(tx, tenantId, form.compiled.definition, id, input, rec.data);   // an update
 */
export async function fillDerived(
  tx: Queryable, tenantId: string, def: FormDefinition, recordId: string, input: Record<string, unknown>, stored?: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const out = { ...input };
  const sources = new Map<string, Record<string, unknown> | undefined>();
  // Rollups over the same form through the same reference (a customer's receivables) read those records once.
  const rows = new Map<string, Promise<FormRecord[]>>();
  const rowsOf = (from: string, via: string): Promise<FormRecord[]> => {
    const key = JSON.stringify([from, via]);
    if (!rows.has(key)) rows.set(key, referencing(tx, tenantId, from, via, recordId));
    return rows.get(key)!;
  };
  for (const field of def.fields) {
    if (field.type === 'lookup') {
      if (!copiesLookup(field, input, stored)) continue;
      const ref = out[field.via];
      if (typeof ref !== 'string') {
        delete out[field.id];
        continue;
      }
      if (!sources.has(ref)) sources.set(ref, await dataOf(tx, tenantId, ref));
      put(out, field.id, sources.get(ref)?.[field.field]);
    } else if (field.type === 'rollup') {
      put(out, field.id, rollupValue(field, await rowsOf(field.from, field.via)));
    }
  }
  return out;
}
