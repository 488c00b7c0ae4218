/** @module The bands method: numeric ranges or conditions, first match wins. */
import { idSchema } from '../../core/ids.js';
import { compileCondition } from '../../condition/index.js';
import type { BandsMethod, ConditionBand, RangeBand } from '../types.js';
import { isConditionBands, validateBands } from './bands-check.js';
import { numericReader, type NumericReader } from './numeric-source.js';
import { boundSchema, hundredths, pointsSchema } from './points.js';
import type { FactorMethodSpec, ScoreFactor } from './spec.js';

const rangeBandSchema = {
  type: 'object',
  properties: { id: idSchema, min: boundSchema, max: boundSchema, points: pointsSchema },
  required: ['id', 'points'],
  additionalProperties: false,
} as const;

const conditionBandSchema = {
  type: 'object',
  properties: { id: idSchema, when: { $ref: '#/$defs/condition' }, points: pointsSchema },
  required: ['id', 'when', 'points'],
  additionalProperties: false,
} as const;

function compileRanges(bands: readonly RangeBand[], age: NumericReader | undefined): ScoreFactor {
  const n = bands.length;
  const mins = Float64Array.from(bands, (b) => b.min ?? -Infinity);
  const maxs = Float64Array.from(bands, (b) => b.max ?? Infinity);
  const points = Int32Array.from(bands, (b) => hundredths(b.points));
  const ids = bands.map((b) => b.id);
  return (value, _record, env, out) => {
    out.raw = value;
    let v: number;
    if (age === undefined) {
      if (typeof value !== 'number' || value - value !== 0) {
        out.missing = 'empty';
        return;
      }
      v = value;
    } else {
      v = age(value, env);
      if (v !== v) {
        out.missing = 'empty';
        return;
      }
      out.raw = v;
    }
    for (let i = 0; i < n; i++) {
      if (v >= (mins[i] as number) && v < (maxs[i] as number)) {
        out.points = points[i] as number;
        out.band = ids[i];
        return;
      }
    }
    out.missing = 'unmatched';
  };
}

function compileConditions(bands: readonly ConditionBand[]): ScoreFactor {
  const n = bands.length;
  const tests = bands.map((b) => compileCondition(b.when));
  const points = Int32Array.from(bands, (b) => hundredths(b.points));
  const ids = bands.map((b) => b.id);
  return (value, record, _env, out) => {
    out.raw = value;
    for (let i = 0; i < n; i++) {
      if ((tests[i] as (r: typeof record) => boolean)(record)) {
        out.points = points[i] as number;
        out.band = ids[i];
        return;
      }
    }
    out.missing = 'unmatched';
  };
}

/**
 * Bands: `min` inclusive, `max` exclusive, or a condition per band; the first band that
 * matches gives the points. A value no band matches counts as missing ('unmatched').
 *
 * @example
 * { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.3, points: 100 }, { id: 'mid', min: 0.3, max: 0.5, points: 70 }, ...] }
 */
export const bandsMethod = {
  kind: 'bands',
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'bands' },
      field: idSchema,
      unit: { enum: ['years', 'months', 'days'] },
      bands: {
        type: 'array',
        minItems: 1,
        maxItems: 50,
        items: { type: 'object', if: { properties: { when: true }, required: ['when'] }, then: conditionBandSchema, else: rangeBandSchema },
      },
    },
    required: ['kind', 'bands'],
    additionalProperties: false,
  },
  validate: validateBands,
  range(method) {
    const pts = method.bands.map((b) => hundredths(b.points));
    return { lo: Math.min(...pts), hi: Math.max(...pts) };
  },
  field: (method) => method.field,
  compile(method, catalog) {
    if (isConditionBands(method.bands)) return compileConditions(method.bands);
    const field = method.field ?? '';
    return compileRanges(method.bands, catalog.get(field)?.kind === 'date' ? numericReader(field, method.unit, catalog) : undefined);
  },
} satisfies FactorMethodSpec<BandsMethod>;
