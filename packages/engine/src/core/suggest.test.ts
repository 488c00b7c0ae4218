import { describe, expect, it } from 'vitest';
import { closest, hint } from './suggest.js';

describe('suggest', () => {
  it('finds a likely typo', () => {
    expect(closest('anual_sales', ['annual_sales', 'region'])).toBe('annual_sales');
    expect(closest('zzz', ['annual_sales'])).toBeUndefined();
  });

  it('hints with the likely id or the known ones', () => {
    expect(hint('risk-reveiw', ['risk-review', 'finance-director']).en).toBe(' Did you mean "risk-review"?');
    expect(hint('x', ['risk-review', 'finance-director']).en).toBe(' Known: risk-review, finance-director.');
    expect(hint('x', []).en).toBe('');
  });
});
