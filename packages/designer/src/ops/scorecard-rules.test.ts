import { validateScorecard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditScorecard as card, sampleContext } from '../samples/index.js';
import { actionOfKind, addOverride, addPolicy, moveOverride, removeOverride, removePolicy, setOverride, setPolicy, setPolicyFormulas } from './scorecard-rules.js';

const codes = (d: typeof card) => validateScorecard(d, sampleContext()).map((p) => `${p.path} ${p.code}`);
const flagLabel = { 'zh-CN': '标记', en: 'Flag' };

describe('overrides', () => {
  it('adds one with an empty condition and a fresh id, valid as it stands', () => {
    const { def, id } = addOverride(card, { kind: 'cap', grade: 'B' });
    expect(id).toBe('override_1');
    expect(def.overrides?.at(-1)).toEqual({ id, when: { all: [] }, action: { kind: 'cap', grade: 'B' } });
    expect(codes(def)).toEqual([]);
  });

  it('edits the condition and action, and names an unknown grade as a problem on the action', () => {
    const def = setOverride(card, 'lawsuit_cap', { when: { fact: 'score', operator: 'lessThan', value: 60 }, action: { kind: 'cap', grade: 'E' } });
    expect(def.overrides?.[1]).toMatchObject({ when: { fact: 'score' }, action: { grade: 'E' } });
    expect(codes(def)).toEqual(['/overrides/1/action/grade scorecard.overrides.grade']);
  });

  it('reorders and removes by id', () => {
    expect(moveOverride(card, 'abnormal', 'high_risk').overrides?.map((o) => o.id)).toEqual(['abnormal', 'high_risk', 'lawsuit_cap']);
    expect(removeOverride(card, 'high_risk').overrides?.map((o) => o.id)).toEqual(['lawsuit_cap', 'abnormal']);
    expect(removeOverride(card, 'zz')).toBe(card);
  });

  it('switches action kinds keeping what it can', () => {
    expect(actionOfKind({ kind: 'cap', grade: 'C' }, 'force', 'D', flagLabel)).toEqual({ kind: 'force', grade: 'C' });
    expect(actionOfKind({ kind: 'flag', flag: 'x', label: flagLabel }, 'cap', 'D', flagLabel)).toEqual({ kind: 'cap', grade: 'D' });
    expect(actionOfKind({ kind: 'cap', grade: 'C' }, 'flag', 'D', flagLabel)).toEqual({ kind: 'flag', flag: 'flag', label: flagLabel });
  });
});

describe('policies', () => {
  it('adds a policy with a value for every grade', () => {
    const { def, id } = addPolicy(card, { 'zh-CN': '付款方式', en: 'Payment method' }, 'text');
    expect(def.policies?.at(-1)).toMatchObject({ id, type: 'text', byGrade: { A: '""', B: '""', C: '""', D: '""' } });
    expect(codes(def)).toEqual([]);
  });

  it('sets a formula per grade and reports a bad one on that grade', () => {
    const def = setPolicyFormulas(card, 'limit', { A: 'annual_sale * 0.25' });
    expect(def.policies?.[0]?.byGrade.A).toBe('annual_sale * 0.25');
    expect(codes(def)).toContain('/policies/0/byGrade/A formula.unknown_field');
  });

  it('changes the type, renames and removes by id', () => {
    expect(codes(setPolicy(card, 'terms', { type: 'text' }))).toEqual(['/policies/1/byGrade/A scorecard.policies.kind', '/policies/1/byGrade/B scorecard.policies.kind', '/policies/1/byGrade/C scorecard.policies.kind', '/policies/1/byGrade/D scorecard.policies.kind']);
    expect(setPolicy(card, 'terms', { name: { 'zh-CN': '账期', en: 'Terms' } }).policies?.[1]?.name.en).toBe('Terms');
    expect(removePolicy(card, 'limit').policies?.map((p) => p.id)).toEqual(['terms']);
  });
});
