/** @module Checks of the grade bands: precision, order, gaps, overlaps, reachability. */
import { hasAtMostDecimals, toScaled } from '../core/decimal.js';
import { problem, type Problem } from '../core/problem.js';
import { duplicateIds } from './messages.js';
import { formatTotal } from './grades.js';
import type { TotalRange } from './range.js';
import type { GradeBand } from './types.js';

const GRADE = { en: 'grade band', zh: '等级区间' };

interface Placed {
  readonly g: GradeBand;
  readonly i: number;
  readonly min: number;
  readonly max: number;
}

const span = (p: Placed, precision: number): string =>
  `${formatTotal(p.min, precision)}–${p.max === Infinity ? '' : formatTotal(p.max, precision)}`;

/**
 * Every problem with the grade bands alone: duplicate ids and codes, bounds finer than the
 * precision, empty bands, and gaps or overlaps between neighbours at the precision (bounds
 * are inclusive, so with precision 0, 700–799 and 800–850 meet).
 *
 * @example
 * validateGrades([{ id: 'aa', grade: 'AA', min: 700, max: 799, ... }, { id: 'aaa', grade: 'AAA', min: 800, ... }], 1)
 * // [{ code: 'scorecard.grades.gap', message: 'Grades "AA" (700.0–799.0) and "AAA" (800.0–) leave totals from 799.1 to 799.9 without a grade. ...' }]
 */
export function validateGrades(grades: readonly GradeBand[], precision: number): Problem[] {
  const out = duplicateIds(grades, '/grades', GRADE);
  const codes = new Set<string>();
  grades.forEach((g, i) => {
    if (codes.has(g.grade)) {
      out.push(problem(`/grades/${i}/grade`, 'scorecard.grades.duplicate', `Grade "${g.grade}" has two bands: merge them or rename one.`, `等级 "${g.grade}" 有两个区间：请合并或改名。`));
    }
    codes.add(g.grade);
    for (const key of ['min', 'max'] as const) {
      const v = g[key];
      if (v !== undefined && !hasAtMostDecimals(v, precision)) {
        out.push(
          problem(
            `/grades/${i}/${key}`,
            'scorecard.grades.precision',
            `Grade "${g.grade}": ${v} has more decimals than the total (${precision}); totals are rounded to ${precision} decimals first. Round it.`,
            `等级 "${g.grade}"：${v} 的小数位多于总分精度（${precision} 位），总分会先四舍五入到 ${precision} 位。请取整。`,
          ),
        );
      }
    }
    if (g.max !== undefined && g.max < g.min) {
      out.push(problem(`/grades/${i}/max`, 'scorecard.grades.empty', `Grade "${g.grade}" runs from ${g.min} to ${g.max}: its max must be at least its min.`, `等级 "${g.grade}" 从 ${g.min} 到 ${g.max}：上限应不小于下限。`));
    }
  });
  if (out.length > 0) return out;
  return neighbours(placed(grades, precision), precision);
}

function placed(grades: readonly GradeBand[], precision: number): Placed[] {
  return grades
    .map((g, i) => ({ g, i, min: toScaled(g.min, precision), max: g.max === undefined ? Infinity : toScaled(g.max, precision) }))
    .sort((a, b) => a.min - b.min || a.max - b.max);
}

function neighbours(order: readonly Placed[], precision: number): Problem[] {
  const out: Problem[] = [];
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1] as Placed;
    const b = order[k] as Placed;
    const [ga, gb] = [a.g.grade, b.g.grade];
    if (a.max + 1 < b.min) {
      const [from, to] = [formatTotal(a.max + 1, precision), formatTotal(b.min - 1, precision)];
      out.push(
        problem(
          `/grades/${b.i}/min`,
          'scorecard.grades.gap',
          `Grades "${ga}" (${span(a, precision)}) and "${gb}" (${span(b, precision)}) leave totals from ${from} to ${to} without a grade. Set the min of "${gb}" to ${from}.`,
          `等级 "${ga}"（${span(a, precision)}）与 "${gb}"（${span(b, precision)}）之间的总分 ${from} 至 ${to} 没有等级。请将 "${gb}" 的下限设为 ${from}。`,
        ),
      );
    } else if (a.max >= b.min && b.max <= a.max) {
      out.push(
        problem(
          `/grades/${b.i}`,
          'scorecard.grades.shadowed',
          `Grade "${gb}" (${span(b, precision)}) lies inside grade "${ga}" (${span(a, precision)}): narrow "${ga}" so they meet without overlapping.`,
          `等级 "${gb}"（${span(b, precision)}）完全落在等级 "${ga}"（${span(a, precision)}）之内：请缩小 "${ga}"，使两者相接而不重叠。`,
        ),
      );
    } else if (a.max >= b.min) {
      const fix = formatTotal(a.max + 1, precision);
      out.push(
        problem(
          `/grades/${b.i}/min`,
          'scorecard.grades.overlap',
          `Grades "${ga}" (${span(a, precision)}) and "${gb}" (${span(b, precision)}) overlap from ${formatTotal(b.min, precision)}: a total there would get both. Set the min of "${gb}" to ${fix}.`,
          `等级 "${ga}"（${span(a, precision)}）与 "${gb}"（${span(b, precision)}）自 ${formatTotal(b.min, precision)} 起重叠。请将 "${gb}" 的下限设为 ${fix}。`,
        ),
      );
    }
  }
  return out;
}

/**
 * Problems of the grades against the totals the factors can reach: a band no total reaches,
 * and (when the range is exact and finite) totals below the lowest band or above the highest.
 *
 * @example
 * reachProblems(grades, { lo: 0, hi: 100, exact: true }, 0)
 * // [{ code: 'scorecard.grades.unreachable', message: 'Grade "AAA" (800–850) cannot be reached: totals run from 0 to 100. ...' }]
 */
export function reachProblems(grades: readonly GradeBand[], range: TotalRange, precision: number): Problem[] {
  if (range.lo > range.hi) return [];
  const order = placed(grades, precision);
  const out: Problem[] = [];
  const reach = `${formatTotal(range.lo, precision)} to ${formatTotal(range.hi, precision)}`;
  const reachZh = `${formatTotal(range.lo, precision)} 至 ${formatTotal(range.hi, precision)}`;
  for (const p of order) {
    if (p.max < range.lo || p.min > range.hi) {
      out.push(
        problem(
          `/grades/${p.i}`,
          'scorecard.grades.unreachable',
          `Grade "${p.g.grade}" (${span(p, precision)}) cannot be reached: totals run from ${reach} with these factors and weights. Move the band or change the factors' points.`,
          `等级 "${p.g.grade}"（${span(p, precision)}）无法达到：按当前指标和权重，总分范围为 ${reachZh}。请调整区间或指标分值。`,
        ),
      );
    }
  }
  const low = order[0];
  const high = order[order.length - 1];
  if (!range.exact || low === undefined || high === undefined) return out;
  // An unbounded formula factor may leave the scale; such totals take the nearest end grade.
  if (Number.isFinite(range.lo) && range.lo < low.min) {
    const lo = formatTotal(range.lo, precision);
    out.push(
      problem(
        `/grades/${low.i}/min`,
        'scorecard.grades.below',
        `Totals can be as low as ${lo}, below the lowest grade "${low.g.grade}" (from ${formatTotal(low.min, precision)}): set its min to ${lo} or raise the lowest points.`,
        `总分最低可到 ${lo}，低于最低等级 "${low.g.grade}"（自 ${formatTotal(low.min, precision)} 起）：请将其下限设为 ${lo}，或提高最低分值。`,
      ),
    );
  }
  if (Number.isFinite(range.hi) && range.hi > high.max) {
    const hi = formatTotal(range.hi, precision);
    out.push(
      problem(
        `/grades/${high.i}/max`,
        'scorecard.grades.above',
        `Totals can be as high as ${hi}, above the highest grade "${high.g.grade}" (up to ${formatTotal(high.max, precision)}): set its max to ${hi} or remove it.`,
        `总分最高可到 ${hi}，高于最高等级 "${high.g.grade}"（至 ${formatTotal(high.max, precision)}）：请将其上限设为 ${hi} 或删除上限。`,
      ),
    );
  }
  return out;
}
