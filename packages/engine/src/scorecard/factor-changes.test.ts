import { describe, expect, it } from 'vitest';
import { creditScorecard } from './fixtures/credit-scorecard.js';
import { factorChanges, factorValueText } from './factor-changes.js';
import type { FactorScore } from './result.js';

const factor = (id: string, raw: unknown, contribution: number): FactorScore => ({ id, raw, points: 0, weight: 0, contribution, band: undefined, missing: undefined });
const before = { factors: [factor('payment', 0, 40), factor('debt', 0.42, 17.5), factor('lawsuits', false, 20)], overrides: [] };

describe('what moved a score', () => {
  it('names each factor whose share moved, the largest move first, with its value before and after and the points it moved', () => {
    const now = { factors: [factor('payment', 12, 20), factor('debt', 0.42, 17.5), factor('lawsuits', true, 12.04)], overrides: [] };
    expect(factorChanges(creditScorecard, now, before)).toEqual({
      'zh-CN': '回款记录 0 → 12（−20 分）；涉诉 否 → 是（−8 分）',
      en: 'Payment history 0 → 12 (−20 points); Lawsuits no → yes (−8 points)',
    });
  });

  it('names an override applied now and not before, and keeps the values of a factor that may not be told', () => {
    const now = { factors: [factor('payment', 12, 20), factor('debt', 0.42, 17.5), factor('lawsuits', true, 20)], overrides: [{ id: 'lawsuit_cap', action: { kind: 'cap', grade: 'C' } } as const] };
    expect(factorChanges(creditScorecard, now, before, { shows: (id) => id !== 'payment', text: (_, raw, locale) => factorValueText(raw, locale) })?.en).toBe('Payment history (−20 points); override: A pending lawsuit caps the grade at C');
  });

  it('writes a value in the type of the field its factor scores: a percent as %, money grouped', () => {
    const debt = creditScorecard.factors.find((f) => f.id === 'debt')!;
    const field = 'field' in debt.method ? debt.method.field : undefined;
    const now = { factors: [factor('payment', 0, 40), factor('debt', 0.755, 5), factor('lawsuits', false, 20)], overrides: [] };
    const told = factorChanges(creditScorecard, now, before, { shows: () => true, text: (id, raw, locale) => factorValueText(raw, locale, id === field ? 'percent' : undefined) });
    expect(told?.['zh-CN']).toBe(`${debt.name['zh-CN']} 42% → 75.5%（−12.5 分）`);
  });

  it('says nothing without a score before, and that the scorecard changed when nothing moved by a tenth of a point', () => {
    expect(factorChanges(creditScorecard, before, null)).toBeNull();
    expect(factorChanges(creditScorecard, { ...before, factors: [factor('payment', 1, 40.04)] }, before)?.en).toBe('no factor moved (the scorecard was changed)');
  });
});
