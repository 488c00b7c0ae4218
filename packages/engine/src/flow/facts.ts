/** @module The facts a branch condition may name besides the record's fields. */
import { withFacts, type FieldCatalog, type FieldInfo } from '../core/catalog.js';
import type { ScorecardFacts } from '../core/context.js';
import type { Facts } from '../condition/index.js';
import { scoreCatalog } from '../scorecard/overrides.js';
import type { Directory, FlowDefinition, FlowRecord, FlowScore } from './types.js';

/**
 * Flow facts: `submitter` (user id of who submitted) and `submitterRoles` (the role ids that
 * user holds in the directory). They win over record fields of the same id.
 *
 * @example
 * { fact: 'submitterRoles', operator: 'contains', value: 'sales_manager' } // a branch condition using one
 */
export const FLOW_FACTS: readonly FieldInfo[] = [
  { id: 'submitter', type: 'user', kind: 'text' },
  { id: 'submitterRoles', type: 'multi_select', kind: 'list' },
];

/**
 * The catalog branch conditions are checked against: the form's fields, the `score` and `grade`
 * of the flow's scorecard when it names one, and the flow facts.
 *
 * @example
 * flowCatalog(formCatalog).get('submitterRoles')?.kind // 'list'
 * flowCatalog(formCatalog, ctx.scorecards.get('credit_score')).get('grade')?.options // ['AAA', 'AA', 'A', 'B']
 */
export function flowCatalog(fields: FieldCatalog, scorecard?: ScorecardFacts): FieldCatalog {
  return withFacts(scorecard === undefined ? fields : scoreCatalog(fields, scorecard.grades), FLOW_FACTS);
}

/** The role ids a user holds, in the directory's order. */
export function rolesOf(directory: Directory, user: string | null): string[] {
  if (user === null) return [];
  return Object.entries(directory.roles)
    .filter(([, users]) => users.includes(user))
    .map(([role]) => role);
}

/**
 * The score a flow's conditions read: none when it names no scorecard; else `score`, or a
 * missing score when none was given (the record has no stored score).
 *
 * @example
 * scoreOfFlow({ ...def, scorecard: 'credit_score' }, undefined) // { scorecard: 'credit_score', version: null, score: null, grade: null }
 */
export function scoreOfFlow(def: Pick<FlowDefinition, 'scorecard'>, score: FlowScore | undefined): FlowScore | undefined {
  if (def.scorecard === undefined) return undefined;
  return score ?? { scorecard: def.scorecard, version: null, score: null, grade: null };
}

/**
 * The facts a branch condition is evaluated against: the record, then the score (`score` and
 * `grade`, missing when null) when the flow reads one, then the flow facts.
 *
 * @example
 * factsOf({ grade: 'A' }, 'u1', { roles: { sales: ['u1'] }, managers: {}, admins: [] })
 * // { grade: 'A', submitter: 'u1', submitterRoles: ['sales'] }
 */
export function factsOf(record: FlowRecord, submitter: string | null, directory: Directory, score?: FlowScore): Facts {
  const scored = score === undefined ? {} : { score: score.score ?? undefined, grade: score.grade ?? undefined };
  return { ...record, ...scored, submitter: submitter ?? undefined, submitterRoles: rolesOf(directory, submitter) };
}
