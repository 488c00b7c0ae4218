/** @module A scorecard version may not take away what the published rule sets on its score read: a policy output they name. */
import { problem, scorecardFacts, specOf } from '@heng/engine';
import type { Problem, ReferenceContext, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { latestBodies, referenceContext } from './context.js';

/**
 * Problems publishing `card` would leave in the tenant's published rule sets on a change of its
 * score (but those in `skip`): one per rule set that checks clean against the tenant's context
 * but not once the scorecard's facts are this version's (a `policy_limit` it names, whose policy
 * the version drops or retypes), placed at the scorecard's `/policies`. Rule sets with problems
 * of their own already are not held against it.
 *
 * @example
 * await scoreRulesProblems(tx, tenantId, draftCard, new Set()) // [{ path: '/policies', code: 'scorecard.policy.in_use', ... }]
 */
export async function scoreRulesProblems(tx: Queryable, tenantId: string, card: ScorecardDefinition, skip: ReadonlySet<string>): Promise<Problem[]> {
  const sets = [...(await latestBodies<RuleSetDefinition>(tx, tenantId, 'ruleset')).values()]
    .filter((set) => set.trigger.kind === 'score_changed' && set.trigger.scorecard === card.id && !skip.has(set.id));
  if (sets.length === 0) return [];
  const ctx = await referenceContext(tx, tenantId);
  const after: ReferenceContext = { ...ctx, scorecards: new Map([...ctx.scorecards, ...scorecardFacts([card])]) };
  const validate = specOf('ruleset').validate;
  return sets.flatMap((set) => {
    const why = validate(set, ctx).length === 0 ? validate(set, after)[0] : undefined;
    if (why === undefined) return [];
    return [problem(
      '/policies',
      'scorecard.policy.in_use',
      `Rule set "${set.id}" reads a policy output this version drops or changes (${why.message}): keep the policy, or change the rule set first.`,
      `规则集 "${set.id}" 使用了此版本删除或更改的政策输出（${why.messageZh}）：请保留该政策，或先修改规则集。`,
    )];
  });
}
