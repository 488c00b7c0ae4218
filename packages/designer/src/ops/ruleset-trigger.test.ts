import { validateRuleSet } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { highRisk, testContext } from './ruleset-test-kit.js';
import { setSchedule, setScorecard, setTrigger, setTriggerKind, setUpdatedFields, triggerOfKind } from './ruleset-trigger.js';

const ctx = testContext();
const codes = (d: RuleSetDefinition) => validateRuleSet(d, ctx).map((p) => `${p.path} ${p.code}`);

describe('trigger', () => {
  it('switches kinds with sensible starting values, valid as they stand', () => {
    expect(setTriggerKind(highRisk, 'record_saved', [])).toBe(highRisk);
    const scored = setTriggerKind(highRisk, 'score_changed', ['credit_score']);
    expect(scored.trigger).toEqual({ kind: 'score_changed', scorecard: 'credit_score' });
    expect(setTriggerKind(highRisk, 'schedule', []).trigger).toEqual({ kind: 'schedule', cron: '0 9 * * *', timezone: 'Asia/Shanghai' });
    for (const kind of ['record_created', 'record_updated', 'record_saved', 'score_changed', 'schedule'] as const) {
      expect(codes(setTriggerKind(highRisk, kind, ['credit_score'])), kind).toEqual([]);
    }
    expect(triggerOfKind({ kind: 'record_saved' }, 'score_changed', [])).toEqual({ kind: 'score_changed', scorecard: '' });
  });

  it('names the fields an update must touch; none means any', () => {
    const updated = setTriggerKind(highRisk, 'record_updated', []);
    expect(setUpdatedFields(updated, ['lawsuits_pending']).trigger).toEqual({ kind: 'record_updated', fields: ['lawsuits_pending'] });
    expect(setUpdatedFields(updated, []).trigger).toEqual({ kind: 'record_updated' });
    expect(setUpdatedFields(highRisk, ['x'])).toBe(highRisk);
    expect(codes(setUpdatedFields(updated, ['lawsuit']))).toEqual(['/trigger/fields/0 ruleset.field.unknown']);
  });

  it('sets the scorecard of a score trigger only', () => {
    const scored = setTriggerKind(highRisk, 'score_changed', ['credit_score']);
    expect(codes(setScorecard(scored, 'credit_scor'))).toEqual(['/trigger/scorecard ruleset.scorecard.unknown']);
    expect(setScorecard(highRisk, 'credit_score')).toBe(highRisk);
  });

  it('edits the schedule; an empty zone falls back to the server’s', () => {
    const daily = setTriggerKind(highRisk, 'schedule', []);
    expect(setSchedule(daily, { cron: '0 9 * * 1-5' }).trigger).toEqual({ kind: 'schedule', cron: '0 9 * * 1-5', timezone: 'Asia/Shanghai' });
    expect(setSchedule(daily, { timezone: '' }).trigger).toEqual({ kind: 'schedule', cron: '0 9 * * *' });
    expect(codes(setSchedule(daily, { cron: '0 25 * * *', timezone: 'Asia/Shangai' }))).toEqual(['/trigger/cron ruleset.cron.field', '/trigger/timezone ruleset.timezone']);
    expect(setSchedule(highRisk, { cron: '* * * * *' })).toBe(highRisk);
    expect(setTrigger(daily, daily.trigger)).toBe(daily);
  });
});
