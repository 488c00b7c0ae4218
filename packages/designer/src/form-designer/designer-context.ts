/** @module What every part of the form designer shares: the form under edit, its problems, the selection and the roles. */
import type { FieldDefinition, FormDefinition, LocalizedText, Problem } from '@heng/engine';
import { createContext, useContext } from 'react';
import type { Lang } from '../i18n/language.js';
import type { FieldRef } from '../ops/form-fields.js';

/** An edit: a pure operation over the form. */
export type FormEdit = (def: FormDefinition) => FormDefinition;

/** The tabs of a field's panel. */
export type FieldTab = 'props' | 'rules' | 'visibility' | 'access';

/** What the property panel shows: the form's own settings, a section, or a field (or sub-table column), at a tab. */
export type Selection =
  | { readonly kind: 'form' }
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'field'; readonly ref: FieldRef; readonly tab?: FieldTab };

/** A role a field's access names, as the tenant calls it. */
export interface DesignerRole {
  readonly id: string;
  readonly name: LocalizedText;
}

/** A form of the company: what a reference may point at; with its fields, what lookups and rollups read. */
export interface FormChoice {
  readonly id: string;
  readonly name: LocalizedText;
  readonly fields?: readonly FieldDefinition[];
}

/** The designer's shared state. */
export interface DesignerContextValue {
  readonly def: FormDefinition;
  /** The browser's validation and the server's, each problem once. */
  readonly problems: readonly Problem[];
  readonly roles: readonly DesignerRole[];
  /** The company's published forms: reference targets, and where lookups and rollups read. */
  readonly forms: readonly FormChoice[];
  readonly lang: Lang;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** `key` names the edited property, so typing into it undoes as one step. */
  apply(edit: FormEdit, key?: string): void;
  undo(): void;
  redo(): void;
  readonly selection: Selection;
  select(selection: Selection): void;
}

export const DesignerContext = createContext<DesignerContextValue | null>(null);

/**
 * The designer's shared state; only inside the form designer.
 *
 * @example
 * const { def, apply, select } = useDesigner();
 */
export function useDesigner(): DesignerContextValue {
  const value = useContext(DesignerContext);
  if (value === null) throw new Error('useDesigner is used outside the form designer');
  return value;
}

/**
 * A stable key for a field or column, for undo steps and React keys.
 *
 * @example
 * refKey({ id: 'phone', table: 'contacts' }) // 'contacts/phone'
 */
export function refKey(ref: FieldRef): string {
  return ref.table === undefined ? ref.id : `${ref.table}/${ref.id}`;
}

/** What every editor of one field's properties gets: the field, how to address it, and its pointer now. */
export interface FieldEditorProps {
  readonly field: FieldDefinition;
  readonly fieldRef: FieldRef;
  /** `/fields/3` or `/fields/3/columns/1`: where its problems are. */
  readonly path: string;
}
