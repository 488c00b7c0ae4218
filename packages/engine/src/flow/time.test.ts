import { describe, expect, it } from 'vitest';
import { addHours, isDue, isInstant } from './time.js';

describe('time', () => {
  it('accepts ISO 8601 date-times with an offset only', () => {
    expect(isInstant('2025-03-01T10:00:00+08:00')).toBe(true);
    expect(isInstant('2025-03-01T02:00:00.000Z')).toBe(true);
    expect(isInstant('2025-03-01')).toBe(false);
    expect(isInstant('2025-03-01T10:00:00')).toBe(false);
    expect(isInstant('2025-13-45T10:00:00Z')).toBe(false);
    expect(isInstant(0)).toBe(false);
  });

  it('adds hours across offsets and compares instants, not strings', () => {
    expect(addHours('2025-03-01T09:00:00+08:00', 24)).toBe('2025-03-02T01:00:00.000Z');
    expect(isDue('2025-03-02T09:00:00+08:00', '2025-03-02T01:00:00.000Z')).toBe(true);
    expect(isDue('2025-03-02T08:59:59+08:00', '2025-03-02T01:00:00.000Z')).toBe(false);
  });
});
