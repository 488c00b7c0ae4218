/** @module The panel beside the canvas: what is selected (a field, a column, a section, or the form), editable. */
import { refKey, useDesigner } from './designer-context.js';
import { fieldAt } from '../ops/form-fields.js';
import { fieldPath } from '../ops/form-problems.js';
import { FieldPanel } from './field-panel.js';
import { FormSettings, SectionSettings } from './settings-panels.js';

/** The selection's panel; the form's own when the selection is gone (removed, or undone). */
export function PropertyPanel() {
  const { def, selection } = useDesigner();
  if (selection.kind === 'field') {
    const field = fieldAt(def, selection.ref);
    const path = fieldPath(def, selection.ref);
    // Keyed by field and tab, so local state (the id being typed, the open tab) starts afresh for each.
    if (field !== undefined && path !== undefined) return <FieldPanel key={`${refKey(selection.ref)}:${selection.tab ?? ''}`} field={field} fieldRef={selection.ref} path={path} tab={selection.tab} />;
  }
  if (selection.kind === 'section') {
    const section = def.sections.find((s) => s.id === selection.id);
    if (section !== undefined) return <SectionSettings key={section.id} section={section} />;
  }
  return <FormSettings />;
}
