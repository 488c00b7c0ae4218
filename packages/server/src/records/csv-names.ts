/** @module How a CSV names things for people: fields, options and sub-table columns by a label that reads back as them, and text Excel would run kept as text. */
import { itemsNamed } from '@heng/engine';
import type { LocalizedText } from '@heng/engine';

// A cell starting with one of these is run as a formula by Excel: such text is exported behind
// an apostrophe (which Excel hides) and the apostrophe is dropped again on import.
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a cell: behind an apostrophe when Excel would run it as a formula. */
export const textCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The language an export names fields, options, yes/no and records in, for people; absent: by their ids, as the API takes them. */
export type CsvLang = keyof LocalizedText | undefined;

/**
 * How an export names `item` (a field in the header, an option or a sub-table's column in a
 * cell): by its label in `lang` when an import reads that label back as this item alone among
 * `items` (see `itemsNamed`) and as written (no `;`, which joins a multi select's options, and
 * not as a formula), else by its id.
 *
 * @example
 * nameOf(form.fields, companyName, 'zh-CN') // '企业名称'
 * nameOf(supplier.fields, noteA, 'zh-CN') // 'note_a' (备注 is note_b's label too)
 */
export function nameOf<T extends { readonly id: string; readonly label: LocalizedText }>(items: readonly T[], item: T, lang: CsvLang): string {
  const label = lang === undefined ? undefined : item.label[lang].trim();
  const [only, ...more] = label === undefined ? [] : itemsNamed(items, label);
  return label !== undefined && only === item && more.length === 0 && !label.includes(';') && !FORMULA_START.test(label) ? label : item.id;
}
