import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { compileFlow } from './compile.js';
import { flowCatalog } from './facts.js';
import { flowKind } from './kind.js';
import { simulateRoute } from './simulate.js';
import { flowSnapshotSchema } from './snapshot-schema.js';
import { Instance, approver, ctx, directory, flowOf, label, role } from './test-fixtures.js';
import type { FlowDefinition, FlowScore } from './types.js';
import { validateFlow } from './validate.js';

/** A flow on credit applications routed by the grade of its own scorecard: C to risk, else the director. */
const byGrade = (grade = 'C', scorecard = 'application_score'): FlowDefinition => ({
  ...flowOf([
    {
      id: 'route',
      kind: 'branch',
      name: label('Route'),
      branches: [{ id: 'weak', name: label('Weak'), when: { any: [{ fact: 'grade', operator: 'equal', value: grade }, { fact: 'score', operator: 'lessThan', value: 40 }] }, nodes: [approver('risk', [role('risk_officer')])] }],
      otherwise: { id: 'other', name: label('Other'), nodes: [approver('director', [role('sales_director')])] },
    },
  ]),
  scorecard,
});
const scored = {
  ...ctx,
  scorecards: new Map([
    ['application_score', { form: 'credit_application', grades: ['AA', 'BB', 'C'], policies: [] }],
    ['credit_score', { form: 'customer', grades: ['A', 'B', 'C', 'D'], policies: [] }],
  ]),
};
const score = (grade: string | null, total: number | null = grade === null ? null : 70): FlowScore => ({ scorecard: 'application_score', version: grade === null ? null : 2, score: total, grade });

describe('a flow reading its scorecard', () => {
  it('offers score and grade, the grade over the scorecard grades, shadowing the form fields', () => {
    const c = flowCatalog(ctx.forms.get('credit_application') ?? new Map(), scored.scorecards.get('application_score'));
    expect(c.get('grade')).toMatchObject({ type: 'single_select', options: ['AA', 'BB', 'C'] });
    expect(c.get('score')).toMatchObject({ kind: 'number' });
    expect(validateFlow(byGrade(), scored)).toEqual([]);
    // The form's own grade field offers A–D: with the scorecard, its AA–C are what a branch may compare.
    expect(validateFlow(byGrade('D'), scored).map((p) => `${p.path} ${p.code}`)).toEqual(['/nodes/0/branches/0/when/any/0/value condition.value.option']);
  });

  it('reports an unknown scorecard, or one of another form, on /scorecard in both languages', () => {
    const [unknown] = validateFlow(byGrade('C', 'aplication_score'), scored);
    expect(unknown).toMatchObject({ path: '/scorecard', code: 'flow.scorecard.unknown' });
    expect(unknown?.message).toContain('Did you mean "application_score"?');
    expect(unknown?.messageZh).toContain('评分卡 "aplication_score" 不存在');
    const [other] = validateFlow(byGrade('C', 'credit_score'), scored);
    expect(other).toMatchObject({ path: '/scorecard', code: 'flow.scorecard.other_form' });
    expect(other?.message).toBe('Scorecard "credit_score" scores form "customer", not this flow\'s form "credit_application": pick a scorecard of "credit_application".');
    expect(other?.messageZh).toContain('用于表单 "customer"');
  });

  it('refers to its scorecard, which a bundle renames', () => {
    expect(flowKind.references(byGrade())).toContainEqual({ path: '/scorecard', kind: 'scorecard', id: 'application_score' });
    expect(flowKind.renameReferences(byGrade(), (kind, id) => `${kind}_${id}`).scorecard).toBe('scorecard_application_score');
    expect(flowKind.renameReferences(flowOf([]), (kind, id) => `${kind}_${id}`)).not.toHaveProperty('scorecard');
  });

  it('routes by the score submitted, not the form field, and keeps it in the snapshot', () => {
    const inst = new Instance(byGrade());
    inst.ok({ type: 'submit', by: 'li', record: { grade: 'A', amount: 1 }, directory, score: score('C') });
    expect(inst.at()).toBe('risk');
    expect(inst.snapshot.score).toEqual(score('C'));
    expect(schemaChecker(flowSnapshotSchema)(inst.snapshot)).toEqual([]);
    inst.ok({ type: 'return', by: 'zhao', comment: 'update the financials', to: 'submitter' });
    inst.ok({ type: 'resubmit', by: 'li', score: score('AA', 82) });
    expect(inst.at()).toBe('director');
  });

  it('sees no score as missing: no branch on it holds, even with a form field of that name', () => {
    const none = new Instance(byGrade());
    none.ok({ type: 'submit', by: 'li', record: { grade: 'C', score: 10 }, directory, score: score(null) });
    expect(none.at()).toBe('director');
    const unsent = new Instance(byGrade());
    unsent.submit({ grade: 'C', score: 10 });
    expect(unsent.at()).toBe('director');
    expect(unsent.snapshot).not.toHaveProperty('score');
  });

  it('simulates with a score given, and without one as missing', () => {
    const flow = compileFlow(byGrade());
    expect(simulateRoute(flow, { amount: 1 }, directory, 'li', score('BB', 35)).nodeIds).toEqual(['route', 'risk']);
    expect(simulateRoute(flow, { grade: 'C' }).nodeIds).toEqual(['route', 'director']);
  });

  it('refuses a malformed score in a stored snapshot', () => {
    const inst = new Instance(byGrade());
    inst.ok({ type: 'submit', by: 'li', record: {}, directory, score: score('C') });
    expect(schemaChecker(flowSnapshotSchema)({ ...inst.snapshot, score: { scorecard: 'application_score', score: 'high' } }).map((p) => p.path).sort()).toEqual(['/score/grade', '/score/score', '/score/version']);
  });
});
