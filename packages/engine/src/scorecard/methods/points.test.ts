import { describe, expect, it } from 'vitest';
import { checkPoints, hundredths } from './points.js';

describe('points', () => {
  it('are held as hundredths, exactly', () => {
    expect(hundredths(70.25)).toBe(7025);
    expect(hundredths(1.005)).toBe(101);
    expect(hundredths(-12.5)).toBe(-1250);
  });

  it('may have 2 decimals, not 3', () => {
    expect(checkPoints(12.34, '/p')).toEqual([]);
    expect(checkPoints(12.345, '/p')[0]).toMatchObject({ path: '/p', code: 'scorecard.points.decimals' });
    // 1.005 * 100 is 100.4999… in binary: the suggestion must still round half up.
    expect(checkPoints(1.005, '/p')[0]?.message).toContain('(e.g. 1.01)');
  });
});
