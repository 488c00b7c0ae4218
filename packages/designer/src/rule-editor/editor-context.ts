/** @module What every part of the rule editor shares: the rule set, its edits and problems, the form and what rules may name. */
import type { FieldCatalog, FormDefinition, LocalizedText, ReferenceContext, RuleSetDefinition } from '@heng/engine';
import { createContext, useContext } from 'react';
import type { Lang } from '../i18n/language.js';
import type { ActionSeed } from '../ops/ruleset-actions.js';
import type { DefinitionEditorState } from '../ops/use-definition-editor.js';

/** A role, a scorecard or a flow the tenant has, as the editor offers it. */
export interface RoleChoice {
  readonly id: string;
  readonly name: LocalizedText;
}

/** The editor's shared state. */
export interface RuleEditorContextValue extends DefinitionEditorState<RuleSetDefinition> {
  readonly form: FormDefinition;
  /** The company's published forms: what a reference field points to, for `set_field` with `on`. */
  readonly forms: ReadonlyMap<string, FormDefinition>;
  readonly ctx: ReferenceContext;
  readonly roles: readonly RoleChoice[];
  /** The published scorecards, by name: what a score trigger picks from. */
  readonly scorecards: readonly RoleChoice[];
  /** The published flows, by name: what "start a flow" picks from. */
  readonly flows: readonly RoleChoice[];
  readonly lang: Lang;
  /** The form's own fields: what `set_field` writes and `on` names. */
  readonly catalog: FieldCatalog;
  /** The form's fields plus the trigger's facts: what conditions, templates and payloads read. */
  readonly facts: FieldCatalog;
  /** What new actions start from. */
  readonly seed: ActionSeed;
  /** The label of a field of the form or of a trigger fact, in the current language (the id when unknown). */
  fieldText(id: string): string;
  /** The words for an option of a trigger fact (a changed field's label, a grade trend), if it has its own. */
  optionText(fact: string, option: string): string | undefined;
  /** A role's name in the current language (its id when the company has no such role). */
  roleText(id: string): string;
  /** The label of a flag in the current language: `label`, else as an add_flag of the rule set or a scorecard of the form gives it, else the flag. */
  flagText(flag: string, label?: LocalizedText): string;
  /** A task action's title (the task it creates), in the current language; the id when no rule set read has it. */
  taskText(action: string): string;
  /** Rules shown folded. */
  readonly folded: ReadonlySet<string>;
  fold(ruleId: string, folded: boolean): void;
}

export const RuleEditorContext = createContext<RuleEditorContextValue | null>(null);

/** The editor's shared state; only inside the rule editor. */
export function useRuleEditor(): RuleEditorContextValue {
  const value = useContext(RuleEditorContext);
  if (value === null) throw new Error('useRuleEditor is used outside the rule editor');
  return value;
}
