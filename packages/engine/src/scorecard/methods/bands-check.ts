/** @module Checks of the bands method: its field, band ids and points, gaps and overlaps. */
import type { FieldInfo } from '../../core/catalog.js';
import { validateCondition } from '../../condition/index.js';
import { problem, type Problem } from '../../core/problem.js';
import { duplicateIds, formatValue } from '../messages.js';
import type { BandsMethod, ConditionBand, RangeBand } from '../types.js';
import { checkField } from './field-check.js';
import { checkPoints } from './points.js';
import type { MethodScope } from './spec.js';

const BAND = { en: 'band', zh: '区间' };

/**
 * Whether the bands are condition bands (judged by the first; validation rejects a mix).
 *
 * @example
 * isConditionBands([{ id: 'x', when: { all: [] }, points: 1 }]) // true
 */
export function isConditionBands(bands: readonly RangeBand[] | readonly ConditionBand[]): bands is readonly ConditionBand[] {
  const first = bands[0];
  return first !== undefined && 'when' in first;
}

/**
 * Every problem with a bands method: one kind of band only, a number or date field for
 * ranges, points with 2 decimals, non-empty ranges, and no gap or overlap between ranges.
 *
 * @example
 * validateBands({ kind: 'bands', field: 'debt_ratio', bands: [{ id: 'a', max: 0.3, points: 100 }, { id: 'b', min: 0.35, points: 0 }] }, scope)
 * // [{ code: 'scorecard.bands.gap', message: 'Factor "Debt ratio": bands 1 and 2 leave a gap, where values from 30% up to 35% match no band. ...' }]
 */
export function validateBands(method: BandsMethod, scope: MethodScope): Problem[] {
  const out: Problem[] = [...duplicateIds(method.bands, `${scope.path}/bands`, BAND)];
  method.bands.forEach((b, i) => out.push(...checkPoints(b.points, `${scope.path}/bands/${i}/points`)));
  const conditions = isConditionBands(method.bands);
  const mixed = method.bands.findIndex((b) => ('when' in b) !== conditions);
  if (mixed >= 0) {
    out.push(
      problem(
        `${scope.path}/bands/${mixed}`,
        'scorecard.bands.mixed',
        `${scope.owner.en} mixes range bands and condition bands: use one kind for all its bands.`,
        `${scope.owner.zh} 混用了数值区间和条件区间：请统一为一种。`,
      ),
    );
    return out;
  }
  if (conditions) {
    if (method.field !== undefined) out.push(...checkField(scope, `${scope.path}/field`, method.field, ['number', 'text', 'boolean', 'date', 'datetime', 'list'], { en: 'the bands method', zh: '区间法' }).problems);
    if (scope.catalog !== undefined) {
      const catalog = scope.catalog;
      method.bands.forEach((b, i) => out.push(...validateCondition((b as { when: unknown }).when, catalog, `${scope.path}/bands/${i}/when`)));
    }
    return out;
  }
  if (method.field === undefined) {
    out.push(
      problem(
        `${scope.path}/field`,
        'scorecard.bands.field',
        `${scope.owner.en} has range bands but no field: pick the number or date field they apply to.`,
        `${scope.owner.zh} 使用数值区间但未指定字段：请选择要分段的数字或日期字段。`,
      ),
    );
    return out;
  }
  const { field, problems } = checkField(scope, `${scope.path}/field`, method.field, ['number', 'date'], { en: 'the bands method', zh: '区间法' });
  out.push(...problems, ...checkUnit(method, field, scope));
  out.push(...checkRanges(method.bands as readonly RangeBand[], field, method, scope));
  return out;
}

/** A problem when an age unit is given for a field that is not a date. */
export function checkUnit(method: { readonly unit?: string }, field: FieldInfo | undefined, scope: MethodScope): Problem[] {
  if (method.unit === undefined || field === undefined || field.kind === 'date') return [];
  return [
    problem(
      `${scope.path}/unit`,
      'scorecard.unit.unused',
      `${scope.owner.en}: a unit (${method.unit}) applies to date fields only, and "${field.id}" is not one. Remove the unit.`,
      `${scope.owner.zh}：单位（${method.unit}）仅适用于日期字段，而 "${field.id}" 不是日期字段。请删除单位。`,
    ),
  ];
}

function checkRanges(bands: readonly RangeBand[], field: FieldInfo | undefined, method: BandsMethod, scope: MethodScope): Problem[] {
  const out: Problem[] = [];
  const fmt = (v: number) => formatValue(v, field, method.unit ?? 'years');
  bands.forEach((b, i) => {
    if (b.min !== undefined && b.max !== undefined && b.min >= b.max) {
      const lo = fmt(b.min);
      const hi = fmt(b.max);
      out.push(
        problem(
          `${scope.path}/bands/${i}/max`,
          'scorecard.bands.empty',
          `${scope.owner.en}: band ${i + 1} runs from ${lo.en} up to ${hi.en}, which holds no value, so its max must be above its min.`,
          `${scope.owner.zh}：第 ${i + 1} 个区间从 ${lo.zh} 到 ${hi.zh}，不含任何值：上限应大于下限。`,
        ),
      );
    }
  });
  if (out.length > 0) return out;
  const order = bands.map((b, i) => ({ b, i })).sort((x, y) => (x.b.min ?? -Infinity) - (y.b.min ?? -Infinity) || (x.b.max ?? Infinity) - (y.b.max ?? Infinity));
  for (let k = 1; k < order.length; k++) {
    const { b: a, i: ai } = order[k - 1] as { b: RangeBand; i: number };
    const { b, i } = order[k] as { b: RangeBand; i: number };
    const [na, nb] = [ai + 1, i + 1];
    const end = a.max ?? Infinity;
    const start = b.min ?? -Infinity;
    if (end === start) continue;
    const path = `${scope.path}/bands/${i}/min`;
    if (end < start) {
      const [x, y] = [fmt(end), fmt(start)];
      out.push(
        problem(
          path,
          'scorecard.bands.gap',
          `${scope.owner.en}: bands ${na} and ${nb} leave a gap, where values from ${x.en} up to ${y.en} match no band. Set the min of band ${nb} to ${x.en}.`,
          `${scope.owner.zh}：第 ${na} 与第 ${nb} 个区间之间有空缺：${x.zh} 至 ${y.zh} 之间的值不落入任何区间。请将第 ${nb} 个区间的下限设为 ${x.zh}。`,
        ),
      );
    } else {
      const from = b.min === undefined ? 'any value' : fmt(b.min).en;
      const fromZh = b.min === undefined ? '任意值' : fmt(b.min).zh;
      const fix = a.max === undefined ? `Give band ${na} a max` : `Set the min of band ${nb} to ${fmt(a.max).en}`;
      const fixZh = a.max === undefined ? `请为第 ${na} 个区间设置上限` : `请将第 ${nb} 个区间的下限设为 ${fmt(a.max).zh}`;
      out.push(
        problem(
          path,
          'scorecard.bands.overlap',
          `${scope.owner.en}: bands ${na} and ${nb} overlap from ${from}, where a value would match both. ${fix}.`,
          `${scope.owner.zh}：第 ${na} 与第 ${nb} 个区间自 ${fromZh} 起重叠：其中的值同时落入两个区间。${fixZh}。`,
        ),
      );
    }
  }
  return out;
}
