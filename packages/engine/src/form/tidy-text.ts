/** @module Text as a write stores it: a line of text without the spaces around it, and text of nothing but spaces as no value. */
import { isPlainObject } from '../core/json.js';
import type { FieldDefinition } from './types.js';

/** `value` of a text field as stored: trimmed when one line, null (no value) when nothing but spaces; other values as they are. */
function tidy(field: FieldDefinition, value: unknown): unknown {
  if (typeof value !== 'string' || (field.type !== 'text' && field.type !== 'long_text')) return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return field.type === 'text' ? trimmed : value;
}

function tidyRow(columns: readonly FieldDefinition[], row: unknown): unknown {
  if (!isPlainObject(row)) return row;
  const out: Record<string, unknown> = { ...row };
  for (const c of columns) {
    if (!Object.hasOwn(out, c.id)) continue;
    const v = tidy(c, out[c.id]);
    if (v === null) delete out[c.id];
    else out[c.id] = v;
  }
  return out;
}

/**
 * The values of a write as they are stored: a one-line text field's value (and a sub-table's
 * text cell) without the spaces around it, and a text or long text of nothing but spaces (full-width
 * ones too) as null, which clears the field: a required field is then refused as empty, as one
 * left blank is, and no condition, filter or formula tells such text from no value.
 *
 * @example
 * tidyText(fields, { company_name: ' 厦门海润 ', notes: '\u3000 ' }) // { company_name: '厦门海润', notes: null }
 */
export function tidyText(fields: readonly FieldDefinition[], input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const f of fields) {
    if (!Object.hasOwn(out, f.id)) continue;
    const v = out[f.id];
    out[f.id] = f.type === 'sub_table' && Array.isArray(v) ? v.map((row) => tidyRow(f.columns, row)) : tidy(f, v);
  }
  return out;
}
