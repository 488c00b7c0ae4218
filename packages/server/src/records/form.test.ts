import { describe, expect, it } from 'vitest';
import { businessDay } from './form.js';

describe('businessDay', () => {
  it('is the calendar day in China (UTC+8)', () => {
    expect(businessDay(new Date('2024-05-01T15:59:59.999Z'))).toBe('2024-05-01');
    expect(businessDay(new Date('2024-05-01T16:00:00.000Z'))).toBe('2024-05-02');
    expect(businessDay(new Date('2024-12-31T20:00:00.000Z'))).toBe('2025-01-01');
  });
});
