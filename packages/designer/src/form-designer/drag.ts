/** @module What a drop on the canvas means: palette items, field cards and section bodies as dnd-kit ids, and the edit a drop makes. */
import type { FieldType, FormDefinition } from '@heng/engine';
import { addField } from '../ops/form-fields.js';
import { addSection, moveField, NEW_SECTION, slotOf } from '../ops/form-layout.js';
import type { Slot } from '../ops/form-layout.js';

/**
 * dnd-kit ids: a field and a section may share an id (the sample's `contacts` is both), so
 * each kind of draggable or drop target has its prefix.
 */
export const dragId = {
  palette: (type: FieldType) => `palette:${type}`,
  field: (id: string) => `field:${id}`,
  section: (id: string) => `section:${id}`,
  /** The drop zone of a form without sections: a drop there makes the first one. */
  firstSection: 'first-section',
} as const;

/** What a dnd-kit id names. */
export type DragTarget =
  | { readonly kind: 'palette'; readonly type: FieldType }
  | { readonly kind: 'field'; readonly id: string }
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'first-section' };

/**
 * Reads a dnd-kit id back.
 *
 * @example
 * parseDragId('field:region') // { kind: 'field', id: 'region' }
 */
export function parseDragId(id: string | number): DragTarget | undefined {
  const s = String(id);
  if (s === dragId.firstSection) return { kind: 'first-section' };
  const at = s.indexOf(':');
  const [kind, rest] = [s.slice(0, at), s.slice(at + 1)];
  if (kind === 'palette') return { kind, type: rest as FieldType };
  if (kind === 'field' || kind === 'section') return { kind, id: rest };
  return undefined;
}

/** A new section at the end holding a new field of `type` (how an empty form gets its first). */
function intoFirstSection(def: FormDefinition, type: FieldType): { def: FormDefinition; select: string } {
  const { def: withSection, id: section } = addSection(def, NEW_SECTION);
  const { def: next, id } = addField(withSection, type, { section, index: 0 });
  return { def: next, select: id };
}

/**
 * The form after adding a field of `type` by a click (or Enter) on the palette: after the
 * selected field, last in the selected section, else last in the last section; a form without
 * sections gets its first one.
 *
 * @example
 * addNear(form, 'money', { field: 'annual_sales' }).select // 'money_1', placed right after annual_sales
 */
export function addNear(def: FormDefinition, type: FieldType, near: { readonly field?: string; readonly section?: string }): { def: FormDefinition; select: string } {
  const after = near.field === undefined ? undefined : slotOf(def, near.field);
  const section = def.sections.find((s) => s.id === near.section) ?? def.sections.at(-1);
  const slot = after !== undefined ? { section: after.section, index: after.index + 1 } : section === undefined ? undefined : { section: section.id, index: section.fields.length };
  if (slot === undefined) return intoFirstSection(def, type);
  const { def: next, id } = addField(def, type, slot);
  return { def: next, select: id };
}

/** Where a drop on `over` puts something dragged from section `from` (a palette item comes from none). */
function slotFor(def: FormDefinition, over: DragTarget, from: string | undefined): Slot | undefined {
  if (over.kind === 'field') return slotOf(def, over.id);
  if (over.kind !== 'section') return undefined;
  const section = def.sections.find((s) => s.id === over.id);
  if (section === undefined) return undefined;
  // A field dropped on its own section's body goes last, which is one less than the length with it still there.
  return { section: section.id, index: section.fields.length - (from === section.id ? 1 : 0) };
}

/**
 * The form after dropping `active` on `over`, and the field to select: a palette item adds a
 * field of its type there (into a new first section on an empty form); a field card moves there.
 * `undefined` when the drop changes nothing.
 *
 * @example
 * drop(form, 'palette:money', 'field:annual_sales') // { def: money_1 placed before annual_sales, select: 'money_1' }
 */
export function drop(def: FormDefinition, active: string | number, over: string | number): { def: FormDefinition; select: string } | undefined {
  const a = parseDragId(active);
  const o = parseDragId(over);
  if (a === undefined || o === undefined) return undefined;
  if (a.kind === 'palette') {
    if (o.kind === 'first-section') return intoFirstSection(def, a.type);
    const slot = slotFor(def, o, undefined);
    if (slot === undefined) return undefined;
    const { def: next, id } = addField(def, a.type, slot);
    return { def: next, select: id };
  }
  if (a.kind !== 'field') return undefined;
  const slot = slotFor(def, o, slotOf(def, a.id)?.section);
  if (slot === undefined) return undefined;
  const next = moveField(def, a.id, slot);
  return next === def ? undefined : { def: next, select: a.id };
}
