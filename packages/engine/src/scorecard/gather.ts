/** @module Reads the fields a scorecard needs from a record in one pass over its keys. */

/** Fills `into[i]` with the record's own value of field `i` (undefined when absent). */
export type Gather = (record: Readonly<Record<string, unknown>>, into: unknown[]) => void;

/**
 * A reader of several fields at once. Reading `record[field]` for many different fields from
 * one place in the code makes V8's property cache megamorphic (a hash probe per read);
 * walking the record's keys with `for…in` uses the object's cached key order instead, and
 * the slot of each key position is remembered, so records of the same shape (the usual
 * case: rows of one form) cost a pointer comparison per key. Only own properties are read,
 * so a field named `constructor` is never `Object`'s.
 *
 * @example
 * const gather = recordGatherer(['debt_ratio', 'industry']);
 * const vals: unknown[] = [];
 * gather({ industry: 'retail', debt_ratio: 0.35 }, vals) // vals: [0.35, 'retail']
 */
export function recordGatherer(fields: readonly string[]): Gather {
  const n = fields.length;
  const slotOf = new Map(fields.map((f, i) => [f, i] as const));
  const keys: string[] = [];
  const slots: number[] = [];
  return (record, into) => {
    for (let i = 0; i < n; i++) into[i] = undefined;
    const proto: unknown = Object.getPrototypeOf(record);
    if (proto !== Object.prototype && proto !== null) {
      // An unusual object (a class instance, a prototype with enumerable keys): read each field.
      for (let i = 0; i < n; i++) {
        const f = fields[i] as string;
        if (Object.hasOwn(record, f)) into[i] = record[f];
      }
      return;
    }
    let j = 0;
    for (const k in record) {
      let slot: number;
      if (keys[j] === k) slot = slots[j] as number;
      else {
        slot = slotOf.get(k) ?? -1;
        keys[j] = k;
        slots[j] = slot;
      }
      if (slot >= 0) into[slot] = record[k];
      j++;
    }
  };
}
