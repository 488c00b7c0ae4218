/** @module What a re-score sets off: the score_changed rule sets of the records whose score or grade it changed. */
import type { FlowStarter } from '../approvals/types.js';
import { compiledDefinitions } from '../definitions/index.js';
import { latestForm } from '../records/form.js';
import type { AfterRescore } from '../scoring/rescore.js';
import { refreshRollups } from './rollups.js';
import { ruleSetCache, ruleSetsOf } from './rule-sets.js';
import { runScoreRules } from './run.js';
import { scoreChangesOf } from './score-events.js';
import type { RuleWriter } from './run.js';

/**
 * The re-score job's hook: for every record of the batch whose new score differs in total or
 * grade from the one before, the form's `score_changed` rule sets run as they do after a write
 * (so the grade, limit and terms the rules keep on the record follow a re-weighted scorecard),
 * and the rollups over a record they rewrote are refreshed. The form and its rule sets are
 * loaded once per batch, and its score history in one statement; without a `score_changed` rule
 * set nothing more is read.
 *
 * @example
 * const handlers = { rescore: rescoreHandler({ afterScored: scoreRulesAfterRescore(flowStarter) }) };
 */
export function scoreRulesAfterRescore(flows?: FlowStarter): AfterRescore {
  return async (tx, tenantId, formId, scored, now) => {
    if (scored.length === 0) return;
    const sets = await ruleSetsOf(tx, ruleSetCache, tenantId, formId);
    if (!sets.some((s) => s.compiled.trigger.kind === 'score_changed')) return;
    const form = await latestForm(tx, compiledDefinitions, tenantId, formId);
    const by: RuleWriter = { tenantId, userId: null, roles: [], now, ...(flows === undefined ? {} : { flows }) };
    // One read of the batch's score history; only the records whose score changed run rules.
    const changes = await scoreChangesOf(tx, tenantId, scored);
    for (const rec of scored.filter((r) => changes.has(r.id))) {
      const after = await runScoreRules(tx, form, rec, sets, changes.get(rec.id)!, by);
      if (after !== rec) await refreshRollups(tx, formId, rec.data, after.data, by);
    }
  };
}
