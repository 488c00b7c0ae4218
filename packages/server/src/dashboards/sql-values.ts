/** @module A field's value in SQL, typed by its kind, read from a record's `data` (jsonb) under an alias. */
import { isId } from '@heng/engine';
import type { FieldInfo } from '@heng/engine';

/**
 * `alias.data->'field'` and `alias.data->>'field'`. Field ids are checked ids (a letter, then
 * letters, digits or `_`), so writing them into the statement cannot break out of the quotes.
 *
 * @example
 * jsonAt('r', 'amount') // { json: "r.data->'amount'", text: "r.data->>'amount'" }
 */
export function jsonAt(alias: string, field: string): { readonly json: string; readonly text: string } {
  if (!isId(field) || !/^[a-z][a-z0-9_]*$/.test(alias)) throw new Error(`not an id: ${alias}.${field}`);
  return { json: `${alias}.data->'${field}'`, text: `${alias}.data->>'${field}'` };
}

/**
 * A field's value as SQL of its kind, NULL when the record holds nothing or another JSON type
 * (left by an older form version): numbers as `numeric` (exact sums of money), dates as
 * `YYYY-MM-DD` text, date-times as the China calendar day they fall on (UTC+8, no daylight
 * saving since 1991), yes/no as `true`/`false`, the rest as text.
 *
 * @example
 * valueSql('r', { id: 'amount', type: 'money', kind: 'number' })
 * // "(CASE WHEN jsonb_typeof(r.data->'amount') = 'number' THEN (r.data->>'amount')::numeric END)"
 */
export function valueSql(alias: string, info: FieldInfo): string {
  const { json, text } = jsonAt(alias, info.id);
  switch (info.kind) {
    case 'number':
      return `(CASE WHEN jsonb_typeof(${json}) = 'number' THEN (${text})::numeric END)`;
    case 'boolean':
      return `(CASE WHEN jsonb_typeof(${json}) = 'boolean' THEN ${text} END)`;
    case 'date':
      return `(CASE WHEN jsonb_typeof(${json}) = 'string' AND ${text} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN ${text} END)`;
    case 'datetime':
      return `(CASE WHEN jsonb_typeof(${json}) = 'string' AND ${text} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' THEN to_char((${text})::timestamptz AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD') END)`;
    default:
      return `(CASE WHEN jsonb_typeof(${json}) = 'string' AND ${text} <> '' THEN ${text} END)`;
  }
}

/**
 * Whether a record has a value in a field: not missing, not null, not empty text, not an empty list.
 *
 * @example
 * filledSql('r', 'salesperson') // "(r.data->'salesperson' IS NOT NULL AND jsonb_typeof(r.data->'salesperson') <> 'null' AND ...)"
 */
export function filledSql(alias: string, field: string): string {
  const { json } = jsonAt(alias, field);
  return `(${json} IS NOT NULL AND jsonb_typeof(${json}) <> 'null' AND ${json} NOT IN ('""'::jsonb, '[]'::jsonb))`;
}
