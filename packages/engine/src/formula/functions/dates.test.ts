import { describe, it, expect } from 'vitest';
import { compileFormula } from '../compile.js';
import { catalog, run } from '../test-kit.js';

describe('DAYS', () => {
  it('counts whole days from start to end, in Excel order', () => {
    expect(run('DAYS(TODAY(), founded)', { founded: '2024-04-01' })).toBe(30);
    expect(run('DAYS(founded, TODAY())', { founded: '2024-04-01' })).toBe(-30);
    expect(run('DAYS(TODAY(), founded)', { founded: '2023-05-01' })).toBe(366);
  });

  it('reads a date-time by the calendar date it is written in', () => {
    expect(run('DAYS(reviewed_at, founded)', { reviewed_at: '2024-03-01T23:30:00+08:00', founded: '2024-02-28' })).toBe(2);
    expect(run('DAYS(reviewed_at, founded)', { reviewed_at: '2024-03-01T00:10:00Z', founded: '2024-03-01' })).toBe(0);
  });

  it('is blank for a missing or invalid date', () => {
    expect(run('DAYS(TODAY(), founded)')).toBeNull();
    expect(run('DAYS(TODAY(), founded)', { founded: '2023-02-29' })).toBeNull();
    expect(run('DAYS(TODAY(), founded)', { founded: '01/02/2024' })).toBeNull();
    expect(run('DAYS(reviewed_at, founded)', { reviewed_at: '2024-03-01', founded: '2024-02-28' })).toBeNull();
  });
});

describe('ADDDAYS', () => {
  it('is the date whole days later, or earlier, across months and leap days', () => {
    expect(run('ADDDAYS(founded, 45)', { founded: '2025-01-20' })).toBe('2025-03-06');
    expect(run('ADDDAYS(founded, 1)', { founded: '2024-02-28' })).toBe('2024-02-29');
    expect(run('ADDDAYS(founded, -1)', { founded: '2024-03-01' })).toBe('2024-02-29');
    expect(run('ADDDAYS(TODAY(), 0)')).toBe('2024-05-01');
  });

  it('is blank for a blank date or days, or days that are not whole', () => {
    expect(run('ADDDAYS(founded, 30)')).toBeNull();
    expect(run('ADDDAYS(founded, annual_sales)', { founded: '2025-01-20' })).toBeNull();
    expect(run('ADDDAYS(founded, 1.5)', { founded: '2025-01-20' })).toBeNull();
  });

  it('is a date, so it compares with dates', () => {
    expect(run('ADDDAYS(founded, 30) > TODAY()', { founded: '2024-04-15' })).toBe(true);
  });
});

describe('TODAY', () => {
  it("is the caller's date, and blank when that is not a date", () => {
    const compiled = compileFormula('TODAY()', catalog);
    if (!compiled.ok) throw new Error('does not compile');
    expect(compiled.value.kind).toBe('date');
    expect(compiled.value.evaluate({}, { today: '2025-12-31' })).toBe('2025-12-31');
    expect(compiled.value.evaluate({}, { today: 'tomorrow' })).toBeNull();
  });
});
