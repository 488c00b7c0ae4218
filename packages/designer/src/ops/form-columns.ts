/** @module Pure edits of a sub-table's columns: add and reorder (remove, duplicate and properties go through a column's FieldRef). */
import { COLUMN_TYPES, fieldTypes } from '@heng/engine';
import type { FieldType, FormDefinition } from '@heng/engine';
import { moveById, uniqueId } from './ids.js';
import { newField, siblingsOf, updateSiblings } from './form-fields.js';

/**
 * Adds a column of `type` at the end of sub-table `table` and returns its id (unique among the
 * table's columns). A nested sub-table is not a column type: nothing is added.
 *
 * @example
 * addColumn(form, 'contacts', 'money').id // 'money_1'
 */
export function addColumn(def: FormDefinition, table: string, type: FieldType): { def: FormDefinition; id: string } {
  const ref = { id: '', table };
  const id = uniqueId(type, siblingsOf(def, ref).map((c) => c.id));
  if (!(COLUMN_TYPES as readonly FieldType[]).includes(type)) return { def, id };
  const column = newField(type, id, fieldTypes[type].label, def);
  return { def: updateSiblings(def, ref, (columns) => [...columns, column]), id };
}

/**
 * Moves column `from` of sub-table `table` to the place of column `to`.
 *
 * @example
 * moveColumn(form, 'contacts', 'phone', 'name') // phone first
 */
export function moveColumn(def: FormDefinition, table: string, from: string, to: string): FormDefinition {
  return updateSiblings(def, { id: from, table }, (columns) => moveById(columns, from, to));
}
