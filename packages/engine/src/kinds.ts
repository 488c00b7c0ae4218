/** @module The registry of definition kinds: one pipeline each, none missing. */
import type { DefinitionKind, KindSpec } from './core/kind.js';
import { dashboardKind, type DashboardDefinition } from './dashboard/index.js';
import { flowKind, type FlowDefinition } from './flow/index.js';
import { formKind, type FormDefinition } from './form/index.js';
import { rulesetKind, type RuleSetDefinition } from './ruleset/index.js';
import { scorecardKind, type ScorecardDefinition } from './scorecard/index.js';

/** Any definition, by its kind. */
export type Definition = FormDefinition | ScorecardDefinition | RuleSetDefinition | FlowDefinition | DashboardDefinition;

/**
 * Every kind's pipeline. `satisfies` makes a kind without a spec a compile error.
 *
 * @example
 * kinds.scorecard.validate(json, ctx) // Problem[]
 */
export const kinds = {
  form: formKind,
  scorecard: scorecardKind,
  ruleset: rulesetKind,
  flow: flowKind,
  dashboard: dashboardKind,
} satisfies { [K in DefinitionKind]: KindSpec<Extract<Definition, { kind: K }>, unknown> };

/** The kinds in the order a bundle checks and imports them (referenced kinds first: a dashboard may read a scorecard's score and grade). */
export const KIND_ORDER: readonly DefinitionKind[] = ['form', 'scorecard', 'flow', 'ruleset', 'dashboard'];

/** The spec of a kind, typed loosely for code that handles any definition. */
export function specOf(kind: DefinitionKind): KindSpec<Definition, unknown> {
  return kinds[kind] as unknown as KindSpec<Definition, unknown>;
}
