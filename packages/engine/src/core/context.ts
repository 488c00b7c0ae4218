/** @module What a definition may refer to outside itself, for checking cross-references. */
import type { FieldCatalog, FieldInfo } from './catalog.js';
import type { LocalizedText } from './localized.js';

/**
 * The other definitions (and the roles) a definition is checked against.
 * A bundle builds it from its own definitions; the server from a tenant's.
 */
export interface ReferenceContext {
  /** Published or bundled forms: id → fields. */
  readonly forms: ReadonlyMap<string, FieldCatalog>;
  /** Role ids known to the tenant (salesperson, risk_officer, ...). */
  readonly roles: ReadonlySet<string>;
  /** Approval flow ids. */
  readonly flows: ReadonlySet<string>;
  /** Scorecards: id → what other definitions read of it, see `scorecardFacts`. */
  readonly scorecards: ReadonlyMap<string, ScorecardFacts>;
  /**
   * Rule sets: id → their form and `create_task` action ids, what another rule set's
   * `close_tasks` may name (`ruleSetTasks`). Absent where the rule sets are not at hand (the
   * rule editor until it has read them): those names are then not checked.
   */
  readonly tasks?: ReadonlyMap<string, RuleSetTasks>;
}

/** A rule set's form and the ids of its `create_task` actions. */
export interface RuleSetTasks {
  readonly form: string;
  readonly actions: readonly string[];
}

/** What rule sets and flows read of a scorecard. */
export interface ScorecardFacts {
  /** The form whose records it scores. */
  readonly form: string;
  /** Its name, where its score and grade are offered beside the form's fields (评分 · 信用评分卡). */
  readonly name?: LocalizedText;
  /** Its grade codes, in its order: the options of the `grade` fact. */
  readonly grades: readonly string[];
  /**
   * The facts rules on a change of its score may name besides `score` and `grade`: its policy
   * outputs (`policy_limit`), see `scoreChangeFacts`.
   */
  readonly policies: readonly FieldInfo[];
}

/** A context with nothing in it, to be filled per test or per caller. */
export function emptyContext(): ReferenceContext {
  return { forms: new Map(), roles: new Set(), flows: new Set(), scorecards: new Map() };
}
