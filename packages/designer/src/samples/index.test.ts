import { compileForm, compileScorecard, formCatalog, validateForm, validateScorecard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditScorecard, customerCreditProfile, sampleContext, sampleCustomer } from './index.js';

describe('bundled examples', () => {
  it('are valid definitions', () => {
    expect(validateForm(customerCreditProfile, sampleContext())).toEqual([]);
    expect(validateScorecard(creditScorecard, sampleContext())).toEqual([]);
  });

  it('score the sample customer as the engine computes it', () => {
    const today = { today: '2024-06-30' };
    const record = compileForm(customerCreditProfile).computeRecord(sampleCustomer, today);
    const result = compileScorecard(creditScorecard, formCatalog(customerCreditProfile)).evaluate(record, today);
    // payment 80 × 40% + debt 0.55 → 40 × 25% + no lawsuit 100 × 10% + manufacturing 80 × 10% + 5.3 years → 62.4 × 15%
    expect(result.factors.map((f) => f.points)).toEqual([80, 40, 100, 80, 62.4]);
    expect(result.total).toBe(69.4);
    expect(result.grade).toBe('C');
    expect(result.outputs).toEqual({ limit: 2_000_000, terms: 30 });
  });
});
