import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../formula/index.js';
import { creditCatalog } from './test-kit.js';
import { formulaNumber, formulaText, literalFormula, policyShapes, ratioFormula } from './policy-shape.js';

const GRADES = ['AAA', 'AA', 'A', 'B', 'D'];
const shapes = (byGrade: Record<string, string>) => policyShapes({ byGrade }, GRADES);

describe('policyShapes', () => {
  it('reads the credit template’s limit as shares of annual sales, capped for a new customer', () => {
    const limit = {
      AAA: 'IF(is_new_customer, MIN(200000, annual_sales * 0.2), annual_sales * 0.2)',
      AA: 'IF(is_new_customer, MIN(200000, annual_sales * 0.15), annual_sales * 0.15)',
      A: 'IF(is_new_customer, MIN(annual_sales * 0.1, 200000), 0.1 * annual_sales)',
      B: 'IF(is_new_customer, MIN(200000, annual_sales * 0.05), annual_sales * 0.05)',
      D: '0',
    };
    expect(shapes(limit)).toEqual({ ratio: { base: 'annual_sales', byGrade: { AAA: 0.2, AA: 0.15, A: 0.1, B: 0.05, D: 0 }, cap: { when: 'is_new_customer', cap: 200_000 } } });
  });

  it('reads literals as fixed values, and all zeros as either shape', () => {
    expect(shapes({ AAA: '90', AA: '60', A: '45', B: '-1', D: '0' })).toEqual({ fixed: { AAA: 90, AA: 60, A: 45, B: -1, D: 0 } });
    expect(shapes({ AAA: '"credit_flexible"', D: '"现款\\"现货"' })).toEqual({ fixed: { AAA: 'credit_flexible', D: '现款"现货' } });
    expect(shapes({ AAA: '0', D: '0' })).toEqual({ fixed: { AAA: 0, D: 0 }, ratio: { base: undefined, byGrade: { AAA: 0, D: 0 } } });
    // A grade without a formula (a new grade) fits every shape.
    expect(shapes({ AAA: 'annual_sales * 0.2', AA: '  ' })).toEqual({ ratio: { base: 'annual_sales', byGrade: { AAA: 0.2 } } });
  });

  it('fits no shape when the grades share no base or cap, or a formula is anything else', () => {
    expect(shapes({ AAA: 'annual_sales * 0.2', AA: 'total_assets * 0.1' })).toEqual({});
    expect(shapes({ AAA: 'IF(is_new_customer, MIN(200000, annual_sales * 0.2), annual_sales * 0.2)', AA: 'annual_sales * 0.15' })).toEqual({});
    expect(shapes({ AAA: 'IF(is_new_customer, MIN(200000, annual_sales * 0.2), annual_sales * 0.3)' })).toEqual({});
    expect(shapes({ AAA: 'annual_sales * 0.2 + 1' })).toEqual({});
    expect(shapes({ AAA: '90', AA: 'score * 2' })).toEqual({});
    expect(shapes({ AAA: '1 +' })).toEqual({});
    // Grades the card does not have are not read.
    expect(policyShapes({ byGrade: { X: 'score', A: '5' } }, ['A'])).toEqual({ fixed: { A: 5 } });
  });
});

describe('writing the shapes back', () => {
  it('writes a share, capped or not, and 0 for none', () => {
    const ratio = { base: 'annual_sales', byGrade: {} };
    expect(ratioFormula(ratio, 0.2)).toBe('annual_sales * 0.2');
    expect(ratioFormula({ ...ratio, cap: { when: 'is_new_customer', cap: 200_000 } }, 0.15)).toBe('IF(is_new_customer, MIN(200000, annual_sales * 0.15), annual_sales * 0.15)');
    expect(ratioFormula(ratio, 0)).toBe('0');
    expect(ratioFormula({ base: undefined, byGrade: {} }, 0.2)).toBeUndefined();
    expect(ratioFormula(ratio, 1e-30)).toBeUndefined();
    // Negative shares and caps read back as written.
    const negative = ratioFormula({ ...ratio, cap: { when: 'is_new_customer', cap: -5 } }, -0.1) as string;
    expect(negative).toBe('IF(is_new_customer, MIN(-5, annual_sales * -0.1), annual_sales * -0.1)');
    expect(policyShapes({ byGrade: { A: negative, D: '-0' } }, ['A', 'D']).ratio).toEqual({ base: 'annual_sales', byGrade: { A: -0.1, D: 0 }, cap: { when: 'is_new_customer', cap: -5 } });
  });

  it('writes numbers without an exponent or binary noise, and text escaped', () => {
    expect(formulaNumber(0.1 + 0.2)).toBe('0.3');
    expect(formulaNumber(-200_000)).toBe('-200000');
    expect(formulaNumber(1e21)).toBeUndefined();
    expect(formulaNumber(1e-7)).toBe('0.0000001');
    expect(formulaNumber(-2.5e-7)).toBe('-0.00000025');
    expect(formulaNumber(Number.NaN)).toBeUndefined();
    expect(formulaText('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(literalFormula(45)).toBe('45');
  });

  it('reads back what it wrote, and the formula it wrote computes the share', () => {
    const catalog = creditCatalog;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.option(fc.integer({ min: 0, max: 10_000_000 })), fc.integer({ min: 0, max: 1e9 }), (bp, cap, sales) => {
        const share = bp / 10_000;
        const ratio = { base: 'annual_sales', byGrade: {}, ...(cap === null ? {} : { cap: { when: 'abnormal_operation', cap } }) };
        const formula = ratioFormula(ratio, share) as string;
        expect(policyShapes({ byGrade: { A: formula } }, ['A']).ratio).toEqual({ ...ratio, byGrade: { A: share } });
        const compiled = compileFormula(formula, catalog);
        if (!compiled.ok) throw new Error(formula);
        const expected = cap === null ? sales * share : Math.min(cap, sales * share);
        expect(compiled.value.evaluate({ annual_sales: sales, abnormal_operation: cap !== null }, { today: '2024-06-30' })).toBeCloseTo(expected, 6);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(policyShapes({ byGrade: { A: formulaText(text) } }, ['A']).fixed).toEqual({ A: text });
      }),
    );
  });
});
