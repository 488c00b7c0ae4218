/** @module What every part of the scorecard editor shares: the card, its edits and problems, the form it scores. */
import type { FieldCatalog, FormDefinition, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import { createContext, useContext } from 'react';
import type { Lang } from '../i18n/language.js';
import type { DefinitionEditorState } from '../ops/use-definition-editor.js';

/** The editor's shared state. */
export interface EditorContextValue extends DefinitionEditorState<ScorecardDefinition> {
  /** Edits not saved yet (the page saves them). */
  readonly dirty: boolean;
  /** The card's latest published version (null: never published). */
  readonly published: number | null;
  readonly form: FormDefinition;
  /** What the card is validated against: its form's fields, the tenant's roles and definitions. */
  readonly ctx: ReferenceContext;
  /** The form's fields. */
  readonly catalog: FieldCatalog;
  /** The form's fields plus `score` and `grade`, as overrides and policies see them. */
  readonly facts: FieldCatalog;
  readonly lang: Lang;
  readonly selected: string | undefined;
  select(factorId: string | undefined): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

/** The editor's shared state; only inside the scorecard editor. */
export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (value === null) throw new Error('useEditor is used outside the scorecard editor');
  return value;
}
