import { describe, expect, it } from 'vitest';
import { formatTotal, gradeScale } from './grades.js';
import type { GradeBand } from './types.js';

const band = (grade: string, min: number, max?: number): GradeBand => ({
  id: grade.toLowerCase(),
  grade,
  label: { 'zh-CN': grade, en: grade },
  color: '#000000',
  min,
  ...(max === undefined ? {} : { max }),
});

const fico = [band('B', 500, 599), band('AAA', 800, 850), band('A', 600, 699), band('AA', 700, 799)];

describe('gradeScale', () => {
  it('finds the band of a total at precision 0', () => {
    const s = gradeScale(fico, 0);
    expect(s.bandOf(799).grade).toBe('AA');
    expect(s.bandOf(800).grade).toBe('AAA');
    expect(s.bandOf(600).grade).toBe('A');
    expect(s.bandOf(599).grade).toBe('B');
  });

  it('compares at the precision: 69.5 is C when C ends at 69.5', () => {
    const s = gradeScale([band('D', 0, 49.9), band('C', 50, 69.9), band('B', 70, 84.9), band('A', 85, 100)], 1);
    expect(s.bandOf(699).grade).toBe('C');
    expect(s.bandOf(700).grade).toBe('B');
    expect(s.bandOf(849).grade).toBe('B');
    expect(s.bandOf(850).grade).toBe('A');
  });

  it('gives totals off the scale the nearest end grade', () => {
    const s = gradeScale(fico, 0);
    expect(s.bandOf(400).grade).toBe('B');
    expect(s.bandOf(900).grade).toBe('AAA');
  });

  it('ranks grades from the worst up', () => {
    const s = gradeScale(fico, 0);
    expect(['B', 'A', 'AA', 'AAA', 'X'].map((g) => s.rank(g))).toEqual([0, 1, 2, 3, -1]);
    expect(s.byGrade('AA')?.min).toBe(700);
  });
});

describe('formatTotal', () => {
  it('writes the decimals of the precision', () => {
    expect(formatTotal(7995, 1)).toBe('799.5');
    expect(formatTotal(800, 0)).toBe('800');
    expect(formatTotal(Infinity, 2)).toBe('∞');
  });
});
