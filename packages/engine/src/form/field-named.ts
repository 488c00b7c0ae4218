/** @module Which fields a name a person writes (a CSV column heading) stands for: an id, or a label in either language. */
import type { FieldDefinition } from './types.js';

/**
 * The fields `name` (trimmed) names: the one whose id it is, else every field whose zh-CN or en
 * label it is (more than one when fields share a label). What CSV import reads a column by, on
 * the server and in the designer's preview alike.
 *
 * @example
 * fieldsNamed(form.fields, ' 供应商名称 ').map((f) => f.id) // ['supplier_name']
 */
export function fieldsNamed<F extends FieldDefinition>(fields: readonly F[], name: string): F[] {
  const wanted = name.trim();
  const byId = fields.find((f) => f.id === wanted);
  if (byId !== undefined) return [byId];
  return fields.filter((f) => f.label.en.trim() === wanted || f.label['zh-CN'].trim() === wanted);
}
