/** @module Writing demo records through the records path: keys made ids, each record validated, scored, its rules run. */
import { randomUUID } from 'node:crypto';
import type { FlowStarter } from '../approvals/types.js';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import { latestForm } from '../records/form.js';
import { createRecord } from '../records/write.js';
import type { Writer } from '../records/write.js';
import type { RollupSink } from '../rules/rollups.js';
import type { RuleWriter } from '../rules/run.js';
import type { DemoPerson } from './people.js';
import type { DemoBatch } from './types.js';

/** Where demo records are written, and what their keys became. */
export interface DemoWrite {
  readonly tenantId: string;
  readonly people: ReadonlyMap<string, DemoPerson>;
  /** Record ids by demo key, filled as records are written. */
  readonly ids: Map<string, string>;
  readonly now: Date;
  readonly flows?: FlowStarter;
  /** Where the rollup refreshes the writes cause go (a bulk write defers them); absent: made at once. */
  readonly rollups?: RollupSink;
}

const unknownKey = (kind: string, key: string, at: string): Error => new Error(`The demo data names ${kind} "${key}" in ${at}, which it does not define: fix the template's demo generator.`);

/**
 * Creates the records of a batch, in order, as the batch's user (their roles decide which fields
 * they may write), with `createRecord`: reference fields naming demo keys get those records'
 * ids, user fields the users' ids. Returns how many were written.
 *
 * @example
 * await writeBatch(tx, { form: 'customer', as: 'chen', records }, { tenantId, people, ids, now });
 */
export async function writeBatch(tx: Queryable, batch: DemoBatch, w: DemoWrite): Promise<number> {
  const form = await latestForm(tx, compiledDefinitions, w.tenantId, batch.form);
  const writer = w.people.get(batch.as);
  if (writer === undefined) throw unknownKey('user', batch.as, `a batch of "${batch.form}"`);
  const by: Writer & RuleWriter = { tenantId: w.tenantId, userId: writer.id, roles: writer.roles, now: w.now, ...(w.flows === undefined ? {} : { flows: w.flows }), ...(w.rollups === undefined ? {} : { rollups: w.rollups }) };
  const refs = form.compiled.definition.fields.filter((f) => f.type === 'reference' || f.type === 'user');
  for (const rec of batch.records) {
    const values: Record<string, unknown> = { ...rec.values };
    for (const f of refs) {
      const key = values[f.id];
      if (typeof key !== 'string') continue;
      const id = f.type === 'user' ? w.people.get(key)?.id : w.ids.get(key);
      if (id === undefined) throw unknownKey(f.type === 'user' ? 'user' : 'record', key, `${batch.form} "${rec.key}", field "${f.id}"`);
      values[f.id] = id;
    }
    const id = randomUUID();
    w.ids.set(rec.key, id);
    await createRecord(tx, form, batch.form, values, by, id);
  }
  return batch.records.length;
}
