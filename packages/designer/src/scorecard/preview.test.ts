import { compileForm } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { addFactor, setBand, setWeight } from '../ops/index.js';
import { creditScorecard as card, customerCreditProfile as form, sampleContext, sampleCustomer } from '../samples/index.js';
import { fieldsRead, previewScore } from './preview.js';

const compiled = compileForm(form);
const score = (def: typeof card, record: Readonly<Record<string, unknown>> = sampleCustomer) => previewScore(def, compiled, form, sampleContext(), record, '2024-06-30');

describe('fieldsRead', () => {
  it('lists what to type, with formula fields replaced by their inputs', () => {
    expect(fieldsRead(card, form)).toEqual({
      inputs: ['industry', 'lawsuits_pending', 'abnormal_operation', 'annual_sales', 'total_assets', 'total_liabilities', 'cooperation_since', 'average_days_late'],
      computed: ['debt_ratio', 'years_of_cooperation'],
    });
  });

  it('follows a new factor', () => {
    expect(fieldsRead(addFactor(card, { 'zh-CN': '流动比率', en: 'Current ratio' }, 'current_ratio').def, form).inputs).toContain('current_ratio');
  });
});

describe('previewScore', () => {
  it('scores the sample customer like the engine', () => {
    const p = score(card);
    expect(p.kind === 'scored' && [p.result.total, p.result.grade, p.normalised]).toEqual([69.4, 'C', false]);
  });

  it('follows a weight change, normalising while the total is not 100%', () => {
    const p = score(setWeight(card, 'payment', 80));
    expect(p.kind).toBe('scored');
    if (p.kind !== 'scored') return;
    expect(p.normalised).toBe(true);
    expect(p.result.factors.map((f) => f.weight)).toEqual([5714, 1786, 714, 714, 1072]);
    expect(p.result.total).toBe(72.4);
  });

  it('follows the sample record', () => {
    const p = score(card, { ...sampleCustomer, lawsuits_pending: true, abnormal_operation: true });
    expect(p.kind === 'scored' && [p.result.grade, p.result.flags]).toEqual(['D', ['high_risk']]);
  });

  it('is blocked, with the problems, by a card that does not validate', () => {
    const p = score(setBand(card, 'debt', 'mid', { max: 0.45 }));
    expect(p.kind === 'blocked' && p.problems.map((x) => x.code)).toEqual(['scorecard.bands.gap']);
    expect(p.record.debt_ratio).toBe(0.55);
  });
});
