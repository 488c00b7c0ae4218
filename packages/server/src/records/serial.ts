/** @module Serial numbers: each serial field of a new record takes the next number of its counter, in the create's transaction. */
import { formatSerial, serialDay, serialPeriod } from '@heng/engine';
import type { CompiledForm, SerialField } from '@heng/engine';
import type { Queryable } from '../db/port.js';

/**
 * `data`, the checked values of a new record of `form` created on the business day `day`, with
 * its serial numbers, each carrying that day or its field's (`serialDay`: an order's date). Each is the next of its counter, upserted so its row stays locked to the end
 * of the transaction (after a lock on the form's numbering, held as long, when a date field dates them): creates at once take turns from there and never share a number; a create
 * rolled back gives its number back. Taken once the record is checked, and held from there to the
 * commit (its rules, rollups and flows): creates of one numbered form take turns for that long, and
 * a CSV import of it holds the number until all its rows are in.
 *
 * @example
 * await numbered(tx, tenantId, order, data, '2026-11-24') // { ...data, order_no: 'SO-20261124-0001' }
 */
export async function numbered(tx: Queryable, tenantId: string, form: CompiledForm, data: Record<string, unknown>, day: string): Promise<Record<string, unknown>> {
  const serials = form.definition.fields.filter((f): f is SerialField => f.type === 'serial');
  if (serials.length === 0) return data;
  const out = { ...data };
  // One turn per form when its numbers may carry different days (a date field's): two creates dated
  // by different days (an import's rows) then never hold each other's counters while waiting for the
  // records they roll up. Numbers all dated today already take turns on today's counter.
  if (serials.some((f) => f.dateField !== undefined)) {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [JSON.stringify(['serial', tenantId, form.definition.id])]);
  }
  for (const field of serials) {
    const on = serialDay(field, data, day);
    const rows = await tx.query<{ last: number | string }>(
      `INSERT INTO serial_counters (tenant_id, form_id, field_id, period, last) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (tenant_id, form_id, field_id, period) DO UPDATE SET last = serial_counters.last + 1
       RETURNING last`,
      [tenantId, form.definition.id, field.id, serialPeriod(field, on)],
    );
    out[field.id] = formatSerial(field, on, Number(rows[0]!.last));
  }
  // Formulas may read the numbers.
  return form.computeRecord(out, { today: day });
}
