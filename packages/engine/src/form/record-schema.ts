/** @module The JSON Schema of a form's records, for the server's request bodies and for documentation. */
import { isComputed } from './computed.js';
import { specOf } from './fields/index.js';
import type { FieldDefinition, FormDefinition } from './types.js';

type Schema = Readonly<Record<string, unknown>>;

const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });

/** A column's or field's value schema: titled, and null allowed unless required. */
function valueSchema(field: FieldDefinition, required: boolean): Schema {
  const inner = specOf(field).valueSchema(field, (column) => valueSchema(column, column.required === true && !isComputed(column)));
  const titled = { title: field.label.en, ...(required ? inner : nullable(inner)) };
  return isComputed(field) ? { ...titled, readOnly: true } : titled;
}

/** Required in every record: required, always shown, and writable by every role. */
function alwaysRequired(field: FieldDefinition): boolean {
  const everyoneWrites = Object.values(field.access ?? {}).every((a) => a === 'write');
  return field.required === true && !isComputed(field) && field.visibleWhen === undefined && everyoneWrites;
}

/**
 * A JSON Schema (draft 2020-12, ajv strict) of a stored record: value types, option ids, bounds,
 * lengths, computed fields as `readOnly`. It cannot say "required when visible" or carry user
 * regexes (ajv trusts its schemas; patterns run on re2js), so `validateRecord` is the full check.
 *
 * @example
 * recordSchema(form).properties.industry // { title: 'Industry', anyOf: [{ enum: ['steel', ...] }, { type: 'null' }] }
 */
export function recordSchema(def: FormDefinition): Schema {
  const required = def.fields.filter(alwaysRequired).map((f) => f.id);
  return {
    type: 'object',
    title: def.name.en,
    properties: Object.fromEntries(def.fields.map((f) => [f.id, valueSchema(f, required.includes(f.id))])),
    required,
    additionalProperties: false,
  };
}
