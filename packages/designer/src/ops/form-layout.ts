/** @module Pure edits of a form's layout: sections (add, remove, reorder, label, columns) and where each field sits. */
import type { FormDefinition, LocalizedText, SectionDefinition } from '@heng/engine';
import { moveById, replaceById, uniqueId } from './ids.js';

/** A place in the layout: position `index` (0-based) of section `section`. */
export interface Slot {
  readonly section: string;
  readonly index: number;
}

/** How many columns a section may lay its fields out in. */
export type SectionColumns = SectionDefinition['columns'];

/** The label a new section starts with; the admin renames it. */
export const NEW_SECTION: LocalizedText = { 'zh-CN': '新分组', en: 'New section' };

/**
 * Where field `fieldId` sits, if it is placed.
 *
 * @example
 * slotOf(form, 'industry') // { section: 'registration', index: 6 }
 */
export function slotOf(def: FormDefinition, fieldId: string): Slot | undefined {
  for (const s of def.sections) {
    const index = s.fields.indexOf(fieldId);
    if (index >= 0) return { section: s.id, index };
  }
  return undefined;
}

/**
 * The form with its `fields` array in layout order (section by section; unplaced fields last),
 * so the JSON and every field list (conditions, formulas) read in the order the form shows.
 *
 * @example
 * inLayoutOrder(form).fields.map((f) => f.id) // the ids as the sections list them
 */
export function inLayoutOrder(def: FormDefinition): FormDefinition {
  const rank = new Map<string, number>();
  for (const s of def.sections) for (const id of s.fields) if (!rank.has(id)) rank.set(id, rank.size);
  const fields = def.fields
    .map((f, i) => ({ f, key: rank.get(f.id) ?? rank.size + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.f);
  return fields.every((f, i) => f === def.fields[i]) ? def : { ...def, fields };
}

/**
 * The sections with `fieldId` inserted at `slot` (clamped to the section's length). The field
 * should not be placed yet: {@link moveField} takes it out first.
 */
export function placeField(sections: readonly SectionDefinition[], fieldId: string, slot: Slot): readonly SectionDefinition[] {
  return replaceById(sections, slot.section, (s) => {
    const at = Math.max(0, Math.min(slot.index, s.fields.length));
    return { ...s, fields: [...s.fields.slice(0, at), fieldId, ...s.fields.slice(at)] };
  });
}

/**
 * Moves field `fieldId` to `slot`, within its section or into another. `slot.index` is where
 * the field ends up (dnd-kit's `arrayMove` within a section; "before the field now there" in
 * another). Unchanged for an unknown field or section.
 *
 * @example
 * moveField(form, 'region', { section: 'financials', index: 0 }).sections[1].fields[0] // 'region'
 */
export function moveField(def: FormDefinition, fieldId: string, slot: Slot): FormDefinition {
  const from = slotOf(def, fieldId);
  if (from === undefined || !def.sections.some((s) => s.id === slot.section)) return def;
  if (from.section === slot.section && from.index === slot.index) return def;
  const without = replaceById(def.sections, from.section, (s) => ({ ...s, fields: s.fields.filter((id) => id !== fieldId) }));
  return inLayoutOrder({ ...def, sections: placeField(without, fieldId, slot) });
}

/**
 * Adds an empty section after section `after` (at the end without it) and returns its id.
 *
 * @example
 * const { def: next, id } = addSection(form, NEW_SECTION, 'registration'); // id 'section_1', second in the list
 */
export function addSection(def: FormDefinition, label: LocalizedText, after?: string): { def: FormDefinition; id: string } {
  const id = uniqueId('section', def.sections.map((s) => s.id));
  const section: SectionDefinition = { id, label, columns: 2, fields: [] };
  const i = after === undefined ? -1 : def.sections.findIndex((s) => s.id === after);
  const at = i < 0 ? def.sections.length : i + 1;
  return { def: { ...def, sections: [...def.sections.slice(0, at), section, ...def.sections.slice(at)] }, id };
}

/**
 * Removes section `id`; its fields join the section before it (or after it, for the first), so
 * removing a section never deletes a field. The last section cannot go.
 *
 * @example
 * removeSection(form, 'trading').sections.find((s) => s.id === 'financials')?.fields // financials' fields, then trading's
 */
export function removeSection(def: FormDefinition, id: string): FormDefinition {
  const i = def.sections.findIndex((s) => s.id === id);
  const gone = def.sections[i];
  if (gone === undefined || def.sections.length === 1) return def;
  const heir = def.sections[i > 0 ? i - 1 : i + 1] as SectionDefinition;
  const sections = def.sections
    .filter((s) => s.id !== id)
    .map((s) => (s.id !== heir.id ? s : i > 0 ? { ...s, fields: [...s.fields, ...gone.fields] } : { ...s, fields: [...gone.fields, ...s.fields] }));
  return inLayoutOrder({ ...def, sections });
}

/**
 * Moves section `id` one place up (`-1`) or down (`1`); unchanged at either end.
 *
 * @example
 * moveSection(form, 'financials', -1).sections.map((s) => s.id) // ['financials', 'registration', ...]
 */
export function moveSection(def: FormDefinition, id: string, offset: -1 | 1): FormDefinition {
  const i = def.sections.findIndex((s) => s.id === id);
  const other = def.sections[i + offset];
  if (i < 0 || other === undefined) return def;
  return inLayoutOrder({ ...def, sections: moveById(def.sections, id, other.id) });
}

/**
 * Sets a section's label or its number of columns.
 *
 * @example
 * setSection(form, 'registration', { columns: 3 }).sections[0].columns // 3
 */
export function setSection(def: FormDefinition, id: string, patch: { readonly label?: LocalizedText; readonly columns?: SectionColumns }): FormDefinition {
  const sections = replaceById(def.sections, id, (s) => ({ ...s, ...patch }));
  return sections === def.sections ? def : { ...def, sections };
}
