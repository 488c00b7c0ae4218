/** @module Serial numbers: each serial field of a new record takes the next number of its counter, in the create's transaction. */
import { formatSerial, serialPeriod } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';

/**
 * The numbers of a record of form `def` created on the business day `day`, by serial field. Each
 * is the next of its counter, upserted so its row stays locked to the end of the transaction:
 * creates at once take turns and never share a number; a create rolled back gives its number back.
 *
 * @example
 * await serialNumbers(tx, tenantId, order, '2026-11-24') // { order_no: 'SO-20261124-0001' }
 */
export async function serialNumbers(tx: Queryable, tenantId: string, def: FormDefinition, day: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const field of def.fields) {
    if (field.type !== 'serial') continue;
    const [row] = await tx.query<{ last: number | string }>(
      `INSERT INTO serial_counters (tenant_id, form_id, field_id, period, last) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (tenant_id, form_id, field_id, period) DO UPDATE SET last = serial_counters.last + 1
       RETURNING last`,
      [tenantId, def.id, field.id, serialPeriod(field, day)],
    );
    out[field.id] = formatSerial(field, day, Number(row!.last));
  }
  return out;
}
