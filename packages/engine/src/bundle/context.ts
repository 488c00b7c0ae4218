/** @module What a bundle's definitions are checked and compiled against: the bundle itself. */
import type { FieldCatalog } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import type { Definition } from '../kinds.js';
import { ruleSetTasks } from '../ruleset/task-actions.js';
import type { RuleSetDefinition } from '../ruleset/types.js';
import { scorecardFacts } from '../scorecard/facts.js';
import type { ScorecardDefinition } from '../scorecard/types.js';
import { bundleFormCatalogs } from './form-catalogs.js';
import type { Bundle } from './types.js';

/**
 * A bundle's own forms (`forms`, or the catalogs its forms show each other), roles, flows,
 * scorecards and rule sets' task actions, as the server builds a company's: what its definitions
 * compile against.
 *
 * @example
 * compileRuleSet(ruleSet, bundleContext(bundle))
 */
export function bundleContext(bundle: Bundle, forms: ReadonlyMap<string, FieldCatalog> = bundleFormCatalogs(bundle.definitions.filter((d) => d.kind === 'form'))): ReferenceContext {
  const ids = (kind: Definition['kind']) => new Set(bundle.definitions.filter((d) => d.kind === kind).map((d) => d.id));
  return {
    forms,
    roles: new Set(bundle.roles.map((r) => r.id)),
    flows: ids('flow'),
    scorecards: scorecardFacts(bundle.definitions.filter((d): d is ScorecardDefinition => d.kind === 'scorecard')),
    tasks: ruleSetTasks(bundle.definitions.filter((d): d is RuleSetDefinition => d.kind === 'ruleset')),
  };
}
