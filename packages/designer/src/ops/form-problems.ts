/** @module Form problems placed on the designer's cards: JSON Pointers into the form read back as field, column and section ids. */
import { parsePointer } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import type { FieldRef } from './form-fields.js';

/** Where a problem belongs in the form designer. */
export interface FormPlace {
  /** The field (or sub-table column) the problem is in. */
  readonly field?: FieldRef;
  /** The section the problem is in (a field's problems name the field, not its section). */
  readonly section?: string;
  /** The rest of the pointer below the field or section: `['rules', 'max']`, `['formula']`. */
  readonly rest: readonly string[];
}

/**
 * Reads a problem's pointer back as the ids it names, so the designer can select the field and
 * mark its card (indices change as fields move; ids do not).
 *
 * @example
 * formPlaceOf(form, '/fields/21/columns/2/rules/pattern') // { field: { id: 'phone', table: 'contacts' }, rest: ['rules', 'pattern'] }
 */
export function formPlaceOf(def: FormDefinition, path: string): FormPlace {
  const [head, index, ...rest] = parsePointer(path);
  if (head === 'fields' && index !== undefined) {
    const field = def.fields[Number(index)];
    if (field === undefined) return { rest: [head, index, ...rest] };
    const [sub, j, ...below] = rest;
    const column = sub === 'columns' && j !== undefined && field.type === 'sub_table' ? field.columns[Number(j)] : undefined;
    return column === undefined ? { field: { id: field.id }, rest } : { field: { id: column.id, table: field.id }, rest: below };
  }
  if (head === 'sections' && index !== undefined) {
    const section = def.sections[Number(index)];
    if (section !== undefined) return { section: section.id, rest };
  }
  return { rest: head === undefined ? [] : [head, ...(index === undefined ? [] : [index]), ...rest] };
}

/**
 * The pointer of field `ref` now (`undefined` when it is gone), to look its problems up.
 *
 * @example
 * fieldPath(form, { id: 'phone', table: 'contacts' }) // '/fields/34/columns/2'
 */
export function fieldPath(def: FormDefinition, ref: FieldRef): string | undefined {
  const i = def.fields.findIndex((f) => f.id === (ref.table ?? ref.id));
  const field = def.fields[i];
  if (field === undefined) return undefined;
  if (ref.table === undefined) return `/fields/${i}`;
  const j = field.type === 'sub_table' ? field.columns.findIndex((c) => c.id === ref.id) : -1;
  return j < 0 ? undefined : `/fields/${i}/columns/${j}`;
}

/**
 * The pointer of section `id` now.
 *
 * @example
 * sectionPath(form, 'financials') // '/sections/1'
 */
export function sectionPath(def: FormDefinition, id: string): string | undefined {
  const i = def.sections.findIndex((s) => s.id === id);
  return i < 0 ? undefined : `/sections/${i}`;
}
