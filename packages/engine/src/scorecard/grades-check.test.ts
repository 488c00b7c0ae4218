import { describe, expect, it } from 'vitest';
import { reachProblems, validateGrades } from './grades-check.js';
import type { GradeBand } from './types.js';

const band = (grade: string, min: number, max?: number): GradeBand => ({
  id: grade.toLowerCase(),
  grade,
  label: { 'zh-CN': grade, en: grade },
  color: '#000000',
  min,
  ...(max === undefined ? {} : { max }),
});
const fico = [band('AAA', 800, 850), band('AA', 700, 799), band('A', 600, 699), band('B', 500, 599)];
const codes = (grades: GradeBand[], precision: number) => validateGrades(grades, precision).map((p) => p.code);

describe('validateGrades', () => {
  it('accepts both scales of DOMAIN.md', () => {
    expect(codes(fico, 0)).toEqual([]);
    expect(codes([band('A', 85, 100), band('B', 70, 84.9), band('C', 50, 69.9), band('D', 0, 49.9)], 1)).toEqual([]);
  });

  it('finds the gap that appears at a finer precision', () => {
    const [p] = validateGrades(fico, 1);
    expect(p?.code).toBe('scorecard.grades.gap');
    expect(p?.path).toBe('/grades/2/min');
    expect(p?.message).toBe('Grades "B" (500.0–599.0) and "A" (600.0–699.0) leave totals from 599.1 to 599.9 without a grade. Set the min of "A" to 599.1.');
  });

  it('finds overlaps and bands lying inside others', () => {
    expect(codes([band('B', 0, 60), band('A', 60, 100)], 0)).toEqual(['scorecard.grades.overlap']);
    expect(codes([band('B', 0, 100), band('A', 60, 70)], 0)).toEqual(['scorecard.grades.shadowed']);
    expect(codes([band('B', 0), band('A', 60, 100)], 0)).toEqual(['scorecard.grades.shadowed']);
  });

  it('checks bounds against the precision, empty bands and duplicates', () => {
    expect(codes([band('A', 0.5, 100)], 0)).toEqual(['scorecard.grades.precision']);
    expect(codes([band('A', 100, 50)], 0)).toEqual(['scorecard.grades.empty']);
    expect(codes([band('A', 0, 50), band('A', 51, 100)], 0)).toEqual(['scorecard.id.duplicate', 'scorecard.grades.duplicate']);
  });
});

describe('reachProblems', () => {
  it('names the grades no total can reach', () => {
    const problems = reachProblems(fico, { lo: 0, hi: 100, exact: false }, 0);
    expect(problems.map((p) => p.path)).toEqual(['/grades/3', '/grades/2', '/grades/1', '/grades/0']);
    expect(problems[0]?.message).toBe('Grade "B" (500–599) cannot be reached: totals run from 0 to 100 with these factors and weights. Move the band or change the factors\' points.');
  });

  it('with an exact range, finds totals below and above the scale', () => {
    const codes = reachProblems(fico, { lo: 450, hi: 870, exact: true }, 0).map((p) => p.code);
    expect(codes).toEqual(['scorecard.grades.below', 'scorecard.grades.above']);
    expect(reachProblems(fico, { lo: 500, hi: 850, exact: true }, 0)).toEqual([]);
  });

  it('lets unbounded formulas leave the scale, and says nothing without totals', () => {
    expect(reachProblems(fico, { lo: -Infinity, hi: Infinity, exact: true }, 0)).toEqual([]);
    expect(reachProblems(fico, { lo: Infinity, hi: -Infinity, exact: true }, 0)).toEqual([]);
  });
});
