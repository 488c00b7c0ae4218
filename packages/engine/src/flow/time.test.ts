import { describe, expect, it } from 'vitest';
import { addHours, isDue } from './time.js';

describe('time', () => {
  it('adds hours across offsets and compares instants, not strings', () => {
    expect(addHours('2025-03-01T09:00:00+08:00', 24)).toBe('2025-03-02T01:00:00.000Z');
    expect(addHours('2025-03-01T09:00:00+08:00', 0)).toBe('2025-03-01T01:00:00.000Z');
    expect(isDue('2025-03-02T09:00:00+08:00', '2025-03-02T01:00:00.000Z')).toBe(true);
    expect(isDue('2025-03-02T08:59:59+08:00', '2025-03-02T01:00:00.000Z')).toBe(false);
  });

  it('never falls due past what four-digit years write, nor on a date-time that is not valid', () => {
    expect(addHours('9999-12-31T20:00:00Z', 24)).toBe('9999-12-31T23:59:59.999Z');
    expect(isDue('2025-03-02T09:00:00+08:00', 'soon')).toBe(false);
    expect(isDue('now', '2025-03-02T01:00:00.000Z')).toBe(false);
  });
});
