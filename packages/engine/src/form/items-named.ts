/** @module Which items (fields, options) a name a person writes stands for: an id, or a label in either language. */
import type { LocalizedText } from '../core/localized.js';

/**
 * The items `name` (trimmed) names: the one whose id it is, else every item whose zh-CN or en
 * label it is (more than one when items share a label). What CSV import reads a column heading
 * or an option by, on the server and in the designer's preview alike.
 *
 * @example
 * itemsNamed(form.fields, ' 供应商名称 ').map((f) => f.id) // ['supplier_name']
 * itemsNamed(field.options, '零部件').map((o) => o.id) // ['option_2']
 */
export function itemsNamed<T extends { readonly id: string; readonly label: LocalizedText }>(items: readonly T[], name: string): T[] {
  const wanted = name.trim();
  const byId = items.find((f) => f.id === wanted);
  if (byId !== undefined) return [byId];
  return items.filter((f) => f.label.en.trim() === wanted || f.label['zh-CN'].trim() === wanted);
}
