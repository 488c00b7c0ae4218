/** @module A bundle's seed records, written through the records path with their references resolved. */
import { randomUUID } from 'node:crypto';
import type { Bundle, FormDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import { latestForm } from '../records/form.js';
import { createRecord } from '../records/write.js';
import type { Importer } from './import.js';

/**
 * The forms in an order that writes each one's seed records after those of the forms its
 * references point to (a write may reference only a record that exists); forms whose references
 * go in a circle keep the bundle's order among themselves.
 */
function seedOrder(forms: readonly FormDefinition[]): FormDefinition[] {
  const byId = new Map(forms.map((f) => [f.id, f]));
  const seen = new Set<string>();
  const out: FormDefinition[] = [];
  const visit = (form: FormDefinition): void => {
    if (seen.has(form.id)) return;
    seen.add(form.id);
    for (const f of form.fields) {
      const target = f.type === 'reference' ? byId.get(f.target) : undefined;
      if (target !== undefined) visit(target);
    }
    out.push(form);
  };
  forms.forEach(visit);
  return out;
}

/**
 * Creates the seed records of an imported (remapped) bundle, form by form, the forms referenced
 * first, each with a new id; a reference field naming a seed record's bundle id gets that
 * record's new id. Returns how many were written.
 *
 * @example
 * const n = await writeSeed(tx, remapped, importer);
 */
export async function writeSeed(tx: Queryable, bundle: Bundle, by: Importer): Promise<number> {
  const seed = bundle.seed ?? {};
  const forms = bundle.definitions.filter((d): d is FormDefinition => d.kind === 'form');
  const ids = new Map<string, string>();
  for (const [formId, rows] of Object.entries(seed)) for (const row of rows) if (row.id !== undefined) ids.set(`${formId}:${row.id}`, randomUUID());
  let written = 0;
  for (const form of seedOrder(forms)) {
    const rows = seed[form.id] ?? [];
    if (rows.length === 0) continue;
    const loaded = await latestForm(tx, compiledDefinitions, by.tenantId, form.id);
    const refs = form.fields.flatMap((f) => (f.type === 'reference' && typeof f.target === 'string' ? [{ id: f.id, target: f.target }] : []));
    for (const row of rows) {
      const values: Record<string, unknown> = { ...row.values };
      for (const ref of refs) {
        const v = values[ref.id];
        if (typeof v === 'string') values[ref.id] = ids.get(`${ref.target}:${v}`) ?? v;
      }
      const id = row.id === undefined ? randomUUID() : ids.get(`${form.id}:${row.id}`)!;
      await createRecord(tx, loaded, form.id, values, { ...by, flows: by.flows }, id);
      written += 1;
    }
  }
  return written;
}
