import { validateForm, validateScorecard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditScorecard, customerCreditProfile, sampleContext } from './index.js';

describe('the credit examples', () => {
  it('are valid definitions in the sample context', () => {
    expect(validateForm(customerCreditProfile, sampleContext())).toEqual([]);
    expect(validateScorecard(creditScorecard, sampleContext())).toEqual([]);
  });
});
