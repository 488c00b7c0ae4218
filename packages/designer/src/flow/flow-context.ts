/** @module What every part of the flow designer shares: the flow, its edits and problems, the form, the selection, the simulated route and the company's people by name. */
import type { FieldCatalog, FlowDefinition, FormDefinition, GradeBand, Problem, ScorecardDefinition } from '@heng/engine';
import { createContext, useContext } from 'react';
import type { Lang } from '../i18n/language.js';
import type { DefinitionEditorState } from '../ops/use-definition-editor.js';
import type { ConditionLabels } from './describe.js';

/** The designer's shared state. */
export interface FlowContextValue extends DefinitionEditorState<FlowDefinition> {
  /** Edits not saved yet (the page saves them). */
  readonly dirty: boolean;
  readonly form: FormDefinition;
  /** What branch conditions may name: the form's fields, and `score` and `grade` when the flow reads a scorecard. */
  readonly catalog: FieldCatalog;
  /** The grades of the flow's scorecard, else the form's select options as grade bands, for the value inputs of `grade`. */
  readonly grades: readonly GradeBand[];
  /** The published scorecards of the flow's form, one of which the flow may read. */
  readonly scorecards: readonly ScorecardDefinition[];
  /** The flow's scorecard, when it names a published one of its form. */
  readonly scorecard: ScorecardDefinition | undefined;
  /** How conditions name `score`, `grade` and the grades of the flow's scorecard, in the builder and on the cards. */
  readonly labels: ConditionLabels;
  readonly roles: readonly string[];
  readonly lang: Lang;
  /** Problems by the node or lane they are on (`''`: the flow as a whole). */
  readonly problemsOn: ReadonlyMap<string, readonly Problem[]>;
  /** The node or lane whose panel is open. */
  readonly selected: string | undefined;
  select(id: string | undefined): void;
  /** The ids on the simulated route, or undefined when nothing is simulated. */
  readonly route: ReadonlySet<string> | undefined;
  /** A user's display name, once the company's users are loaded (their id until then). */
  userName(id: string): string;
}

export const FlowContext = createContext<FlowContextValue | null>(null);

/** The designer's shared state; only inside the flow designer. */
export function useFlow(): FlowContextValue {
  const value = useContext(FlowContext);
  if (value === null) throw new Error('useFlow is used outside the flow designer');
  return value;
}
