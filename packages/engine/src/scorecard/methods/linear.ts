/** @module The linear method: points on a straight line between two points of a field's scale. */
import { roundHalfUp } from '../../core/decimal.js';
import { idSchema } from '../../core/ids.js';
import { problem, type Problem } from '../../core/problem.js';
import type { LinearMethod } from '../types.js';
import { checkUnit } from './bands-check.js';
import { checkField } from './field-check.js';
import { numericReader } from './numeric-source.js';
import { boundSchema, checkPoints, hundredths, pointsSchema } from './points.js';
import type { FactorMethodSpec, MethodScope } from './spec.js';

const scalePointSchema = {
  type: 'object',
  properties: { value: boundSchema, points: pointsSchema },
  required: ['value', 'points'],
  additionalProperties: false,
} as const;

function validateLinear(method: LinearMethod, scope: MethodScope): Problem[] {
  const { field, problems } = checkField(scope, `${scope.path}/field`, method.field, ['number', 'date'], { en: 'the linear method', zh: '线性法' });
  const out = [...problems, ...checkUnit(method, field, scope)];
  out.push(...checkPoints(method.from.points, `${scope.path}/from/points`), ...checkPoints(method.to.points, `${scope.path}/to/points`));
  if (method.from.value === method.to.value) {
    out.push(
      problem(
        `${scope.path}/to/value`,
        'scorecard.linear.flat',
        `${scope.owner.en} scales from ${method.from.value} to ${method.to.value}: the two values must differ.`,
        `${scope.owner.zh} 的线性区间从 ${method.from.value} 到 ${method.to.value}：两端取值必须不同。`,
      ),
    );
  }
  return out;
}

/**
 * Points in hundredths on the line through (x0, p0) and (x1, p1), clamped to the ends and
 * rounded half up to a hundredth.
 *
 * @example
 * interpolate(0.4, 0.3, 10000, 0.5, 0) // 5000
 */
export function interpolate(v: number, x0: number, p0: number, x1: number, p1: number): number {
  const t = (v - x0) / (x1 - x0);
  if (t <= 0) return p0;
  if (t >= 1) return p1;
  // `+ 0`: a small negative rounds to -0, which is no number of points to show.
  return roundHalfUp(p0 + t * (p1 - p0), 0) + 0;
}

/**
 * Linear: e.g. years of cooperation 0 → 20 points up to 10 → 100 points; beyond the ends the
 * end's points apply.
 *
 * @example
 * { kind: 'linear', field: 'cooperation_years', from: { value: 0, points: 20 }, to: { value: 10, points: 100 } }
 */
export const linearMethod = {
  kind: 'linear',
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'linear' },
      field: idSchema,
      unit: { enum: ['years', 'months', 'days'] },
      from: scalePointSchema,
      to: scalePointSchema,
    },
    required: ['kind', 'field', 'from', 'to'],
    additionalProperties: false,
  },
  validate: validateLinear,
  range(method) {
    const a = hundredths(method.from.points);
    const b = hundredths(method.to.points);
    return { lo: Math.min(a, b), hi: Math.max(a, b) };
  },
  field: (method) => method.field,
  compile(method, catalog) {
    const read = numericReader(method.field, method.unit, catalog);
    const x0 = method.from.value;
    const x1 = method.to.value;
    const p0 = hundredths(method.from.points);
    const p1 = hundredths(method.to.points);
    return (value, _record, env, out) => {
      const v = read(value, env);
      if (v !== v) {
        out.raw = value;
        out.missing = 'empty';
        return;
      }
      out.raw = v;
      out.points = interpolate(v, x0, p0, x1, p1);
    };
  },
} satisfies FactorMethodSpec<LinearMethod>;
