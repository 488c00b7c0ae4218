import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { creditContext, smallCard } from './test-kit.js';
import type { ScorecardDefinition } from './types.js';
import { validateScorecard } from './validate.js';

const ctx = creditContext();

describe('validateScorecard', () => {
  it('accepts a sound card', () => {
    expect(validateScorecard(smallCard(), ctx)).toEqual([]);
  });

  it('reports structural problems alone, with paths', () => {
    const broken = { ...smallCard(), precision: 7, factors: [{ ...smallCard().factors[0], weight: 12.5 }] };
    const problems = validateScorecard(broken, ctx);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/precision', 'schema.maximum'],
      ['/factors/0/weight', 'schema.type'],
    ]);
  });

  it('gives only the errors of the method kind chosen', () => {
    const def = smallCard();
    const broken = { ...def, factors: [{ ...def.factors[0], method: { kind: 'lookup', field: 'industry' } }, ...def.factors.slice(1)] };
    expect(validateScorecard(broken, ctx).map((p) => [p.path, p.code])).toEqual([['/factors/0/method/entries', 'schema.required']]);
  });

  it('names an unknown form, with the known ones', () => {
    const problems = validateScorecard({ ...smallCard(), form: 'custmer' }, ctx);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('Scorecard scores records of form "custmer", which does not exist. Did you mean "customer"?');
  });

  it('reports every semantic problem at once', () => {
    const def = smallCard();
    const wrong: ScorecardDefinition = {
      ...def,
      factors: [{ ...def.factors[0]!, weight: 4500, method: { kind: 'bands', field: 'industry', bands: [{ id: 'x', points: 1 }] } }, ...def.factors.slice(1)],
      overrides: [{ id: 'o', when: { fact: 'score', operator: 'lessThan', value: 10 }, action: { kind: 'force', grade: 'E' } }],
      policies: [{ ...def.policies![0]!, byGrade: { A: '1', B: '1', C: '1', DD: '1' } }],
    };
    const problems = validateScorecard(wrong, ctx);
    expect(problems.map((p) => p.code)).toEqual([
      'scorecard.weights.sum',
      'scorecard.field.kind',
      'scorecard.overrides.grade',
      'scorecard.policies.missing',
      'scorecard.policies.grade',
    ]);
    expect(problems[0]?.message).toBe('Weights add up to 95.00%; they must add up to 100%. Add 5.00% to a factor or use Normalise.');
  });

  it('checks reachability once points and grades are sound', () => {
    const def = smallCard();
    const high: ScorecardDefinition = { ...def, policies: [], grades: [...def.grades.slice(1), { ...def.grades[0]!, min: 85, max: 120 }, { id: 's', grade: 'S', label: { 'zh-CN': 'S', en: 'S' }, color: '#000000', min: 120.1 }] };
    expect(validateScorecard(high, ctx).map((p) => [p.path, p.code])).toEqual([['/grades/4', 'scorecard.grades.unreachable']]);
  });

  it('reports totals below the lowest grade', () => {
    const def = smallCard();
    const grades = def.grades.map((g) => (g.grade === 'D' ? { ...g, min: 10 } : g));
    const [p] = validateScorecard({ ...def, grades }, ctx);
    expect(p?.code).toBe('scorecard.grades.below');
    expect(p?.message).toBe('Totals can be as low as 5.7, below the lowest grade "D" (from 10.0): set its min to 5.7 or raise the lowest points.');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(Array.isArray(validateScorecard(input, emptyContext()))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a valid card', () => {
    const base = smallCard() as unknown as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        expect(Array.isArray(validateScorecard({ ...base, [key]: value }, ctx))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
