import { describe, it, expect } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { checkTrigger, renameTrigger, triggerFacts, triggerMatches, triggerReferences, triggerSchema, TRIGGER_KINDS } from './triggers.js';
import { ctx, receivableFields } from './test-kit.js';
import type { Trigger } from './types.js';

const env = { form: null, fields: receivableFields, ctx };
const ids = (t: Trigger) => triggerFacts(t, receivableFields, ctx).map((f) => f.id);

describe('triggers', () => {
  it('give each kind its documented context facts, today for all', () => {
    expect(ids({ kind: 'record_created' })).toEqual(['today', 'changed_by_roles']);
    expect(ids({ kind: 'record_updated' })).toEqual(['today', 'changed_fields', 'changed_by_roles']);
    expect(ids({ kind: 'record_saved' })).toEqual(['today', 'is_new', 'changed_fields', 'changed_by_roles']);
    expect(ids({ kind: 'score_changed', scorecard: 'credit_score' })).toEqual(['today', 'score', 'grade', 'previous_score', 'previous_grade', 'grade_trend', 'factor_changes', 'policy_limit', 'policy_terms']);
    expect(ids({ kind: 'schedule', cron: '0 9 * * *' })).toEqual(['today']);
  });

  it('offer the form\'s field ids as the options of changed_fields, and the company\'s roles as those of changed_by_roles', () => {
    expect(triggerFacts({ kind: 'record_updated' }, receivableFields, ctx)[1]?.options).toContain('status');
    expect(triggerFacts({ kind: 'record_updated' }, receivableFields, ctx)[2]?.options).toEqual([...ctx.roles]);
  });

  it('give score rules each policy of their scorecard, typed and named as the policy is', () => {
    const facts = triggerFacts({ kind: 'score_changed', scorecard: 'credit_score' }, receivableFields, { ...ctx, scorecards: new Map([['credit_score', { ...ctx.scorecards.get('credit_score')!, grades: ['A', 'B', 'C'] }]]) });
    expect(facts.find((f) => f.id === 'policy_limit')).toMatchObject({ type: 'money', kind: 'number', label: { en: 'Policy: Credit limit', 'zh-CN': '等级政策：信用额度' } });
    expect(facts.find((f) => f.id === 'policy_terms')).toMatchObject({ kind: 'number' });
    expect(facts.find((f) => f.id === 'grade_trend')?.options).toEqual(['first', 'up', 'down', 'same', 'none']);
    // A grade is one of the scorecard's: picked from them, and a value none of them is refused; the
    // grade before may be one of an older version's.
    expect(facts.find((f) => f.id === 'grade')).toMatchObject({ type: 'single_select', options: ['A', 'B', 'C'] });
    expect(facts.find((f) => f.id === 'previous_grade')?.options).toBeUndefined();
    // A scorecard without policies gives none.
    expect(triggerFacts({ kind: 'score_changed', scorecard: 'plain' }, receivableFields, { ...ctx, scorecards: new Map([['plain', { form: 'receivable', grades: [], policies: [] }]]) }).map((f) => f.id)).not.toContain('policy_limit');
  });

  it('check what they name', () => {
    expect(checkTrigger({ kind: 'record_updated', fields: ['status', 'stauts'] }, env, '/trigger')).toMatchObject([{ path: '/trigger/fields/1', code: 'ruleset.field.unknown' }]);
    expect(checkTrigger({ kind: 'score_changed', scorecard: 'credit_scor' }, env, '/trigger')).toMatchObject([{ path: '/trigger/scorecard', code: 'ruleset.scorecard.unknown' }]);
    // Another form's scorecard never changes a score of this form's records.
    const [other] = checkTrigger({ kind: 'score_changed', scorecard: 'credit_score' }, { ...env, form: 'supplier' }, '/trigger');
    expect(other).toMatchObject({ path: '/trigger/scorecard', code: 'ruleset.scorecard.form', messageZh: expect.stringContaining('本表单还没有评分卡') });
    expect(checkTrigger({ kind: 'schedule', cron: '0 9 * *', timezone: 'Mars/Base' }, env, '/trigger').map((p) => p.path)).toEqual(['/trigger/cron', '/trigger/timezone']);
    for (const k of ['record_created', 'record_saved'] as const) expect(checkTrigger({ kind: k }, env, '/trigger')).toEqual([]);
  });

  it('match the events that run them', () => {
    expect(triggerMatches({ kind: 'record_updated', fields: ['status'] }, { kind: 'record_updated', changedFields: ['amount', 'status'] })).toBe(true);
    expect(triggerMatches({ kind: 'record_updated', fields: ['status'] }, { kind: 'record_updated', changedFields: ['amount'] })).toBe(false);
    expect(triggerMatches({ kind: 'record_updated' }, { kind: 'record_updated', changedFields: [] })).toBe(true);
    expect(triggerMatches({ kind: 'record_updated' }, { kind: 'record_created' })).toBe(false);
    expect(triggerMatches({ kind: 'record_saved' }, { kind: 'record_created' })).toBe(true);
    expect(triggerMatches({ kind: 'record_saved' }, { kind: 'schedule' })).toBe(false);
    expect(triggerMatches({ kind: 'score_changed', scorecard: 'a' }, { kind: 'score_changed', scorecard: 'b' })).toBe(false);
    expect(triggerMatches({ kind: 'schedule', cron: '0 9 * * *' }, { kind: 'schedule' })).toBe(true);
  });

  it('name their scorecard as a reference and rename it', () => {
    const t: Trigger = { kind: 'score_changed', scorecard: 'credit_score' };
    expect(triggerReferences(t, '/trigger')).toEqual([{ path: '/trigger/scorecard', kind: 'scorecard', id: 'credit_score' }]);
    expect(renameTrigger(t, (_, id) => `${id}_2`)).toEqual({ kind: 'score_changed', scorecard: 'credit_score_2' });
    expect(triggerReferences({ kind: 'record_created' }, '/trigger')).toEqual([]);
  });

  it('have a schema that picks the kind\'s own shape', () => {
    const check = schemaChecker(triggerSchema);
    expect(TRIGGER_KINDS).toHaveLength(5);
    expect(check({ kind: 'schedule' }).map((p) => p.path)).toEqual(['/cron']);
    expect(check({ kind: 'record_created', fields: ['a'] }).map((p) => p.code)).toEqual(['schema.additionalProperties']);
    expect(check({ kind: 'record_updated', fields: [] }).map((p) => p.code)).toEqual(['schema.minItems']);
  });
});
