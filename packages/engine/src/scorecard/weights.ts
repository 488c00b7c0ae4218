/** @module Effective weights: modifiers multiply, `apportion` brings them back to exactly 10000 bp. */
import { apportion } from '../core/decimal.js';
import { ownValue } from '../core/own.js';
import type { Factor, WeightModifier } from './types.js';

/** Basis points in 100%. */
export const FULL_WEIGHT = 10_000;

/** Multipliers are held as integer ten-thousandths (1.2 → 12000) so shares are exact integers. */
const UNIT = 10_000;

/** Bounded so a stream of odd combinations cannot grow a compiled scorecard without end. */
const CACHE_LIMIT = 4096;

/**
 * Factors with weights scaled to add up to exactly 100% (the designer's Normalise button);
 * with all weights 0, equal shares.
 *
 * @example
 * normaliseWeights(factors).map((f) => f.weight) // [4210, 2632, 2105, 1053] for 40/25/20/10
 */
export function normaliseWeights<F extends Factor>(factors: readonly F[]): F[] {
  const sum = factors.reduce((a, f) => a + f.weight, 0);
  const shares = sum > 0 ? factors.map((f) => f.weight) : factors.map(() => 1);
  const weights = apportion(shares, FULL_WEIGHT);
  return factors.map((f, i) => ({ ...f, weight: weights[i] ?? 0 }));
}

/** Weights for each combination of the records' dimension values, computed once each. */
export interface WeightTable {
  /** Number of combinations: the product of (values + 1) over modifiers. */
  readonly size: number;
  /** The dimension field of each modifier, in order. */
  readonly dimensions: readonly string[];
  /** Per modifier: its values' positions (from 1; 0 is "no value of this modifier"), and the stride of its position in a combination. */
  readonly positions: readonly { readonly index: ReadonlyMap<string, number>; readonly stride: number }[];
  /** The combination of dimension values (`values[k]` for modifier k); 0 when no modifier applies. */
  combo(values: readonly unknown[]): number;
  /** Effective weights of a combination, in factor order, adding up to 10000 (or all 0). */
  weights(combo: number): Int32Array;
  /** The weights with some factors excluded, the rest scaled back to 10000. */
  without(combo: number, excluded: readonly boolean[]): Int32Array;
}

/**
 * Compiles the modifiers of a (valid) scorecard into a table of weights per combination.
 *
 * @example
 * const t = weightTable(def.factors, def.modifiers ?? []);
 * t.weights(t.combo(['construction'])) // weights for industry = construction
 */
export function weightTable(factors: readonly Factor[], modifiers: readonly WeightModifier[]): WeightTable {
  const base = factors.map((f) => f.weight);
  const dims = modifiers.map((m) => ({
    index: new Map(m.values.map((v, i) => [v.value, i + 1] as const)),
    // Row 0 is "no value of this modifier": every multiplier 1.
    rows: [factors.map(() => UNIT), ...m.values.map((v) => factors.map((f) => Math.round((ownValue(v.multipliers, f.id) ?? 1) * UNIT)))],
  }));
  const strides: number[] = [];
  let size = 1;
  for (const d of dims) {
    strides.push(size);
    size *= d.rows.length;
  }
  // Small tables (the usual case) index an array; large ones cache what records meet, bounded.
  const dense: (Int32Array | undefined)[] | undefined = size <= CACHE_LIMIT ? new Array<Int32Array | undefined>(size).fill(undefined) : undefined;
  const byCombo = new Map<number, Int32Array>();
  const byExclusion = new Map<string, Int32Array>();

  const compute = (combo: number): Int32Array => {
    const shares = base.slice();
    dims.forEach((d, k) => {
      const row = d.rows[Math.floor(combo / (strides[k] ?? 1)) % d.rows.length] ?? [];
      for (let i = 0; i < shares.length; i++) shares[i] = (shares[i] ?? 0) * (row[i] ?? UNIT);
    });
    return Int32Array.from(apportion(shares, FULL_WEIGHT));
  };
  const weights = (combo: number): Int32Array => {
    if (dense !== undefined) return (dense[combo] ??= compute(combo));
    let w = byCombo.get(combo);
    if (w === undefined) {
      w = compute(combo);
      if (byCombo.size < CACHE_LIMIT) byCombo.set(combo, w);
    }
    return w;
  };
  return {
    size,
    dimensions: modifiers.map((m) => m.dimension),
    positions: dims.map((d, k) => ({ index: d.index, stride: strides[k] as number })),
    combo(values) {
      let c = 0;
      for (let k = 0; k < dims.length; k++) {
        const d = dims[k] as (typeof dims)[number];
        const v = values[k];
        const i = typeof v === 'string' ? d.index.get(v) : undefined;
        if (i !== undefined) c += i * (strides[k] as number);
      }
      return c;
    },
    weights,
    without(combo, excluded) {
      const key = `${combo}:${excluded.map((x) => (x ? 1 : 0)).join('')}`;
      let w = byExclusion.get(key);
      if (w === undefined) {
        const shares = Array.from(weights(combo), (x, i) => (excluded[i] ? 0 : x));
        w = Int32Array.from(apportion(shares, FULL_WEIGHT));
        if (byExclusion.size < CACHE_LIMIT) byExclusion.set(key, w);
      }
      return w;
    },
  };
}
