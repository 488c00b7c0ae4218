/** @module The totals a scorecard can reach, from each factor's lowest and highest points. */
import { apportion, divRound, pow10 } from '../core/decimal.js';
import { methodSpec } from './methods/index.js';
import { hundredths } from './methods/points.js';
import type { Factor, ScorecardDefinition } from './types.js';
import { FULL_WEIGHT, weightTable } from './weights.js';

/** Reachable totals in units of 10^-precision (±Infinity when a formula is unbounded). */
export interface TotalRange {
  readonly lo: number;
  readonly hi: number;
  /** False when there were too many modifier combinations to try: `lo`/`hi` are then bounds only. */
  readonly exact: boolean;
}

/** More combinations than this are not enumerated. */
const MAX_COMBOS = 4096;

/** A factor's points range (hundredths), the missing-value points included. */
export function factorRange(f: Factor): { lo: number; hi: number } {
  const r = methodSpec(f.method).range(f.method);
  if (f.missing.policy !== 'points') return r;
  const p = hundredths(f.missing.points);
  return { lo: Math.min(r.lo, p), hi: Math.max(r.hi, p) };
}

/**
 * The weighted average of `values` over a subset of factors, with the subset's weights scaled
 * back to 100% as scoring does, rounded to the precision.
 */
function total(values: readonly number[], weights: readonly number[], members: readonly number[], precision: number): number {
  const w = apportion(members.map((i) => weights[i] ?? 0), FULL_WEIGHT);
  let s = 0;
  for (let k = 0; k < members.length; k++) {
    const wk = w[k] ?? 0;
    if (wk === 0) continue;
    const v = values[members[k] as number] ?? 0;
    if (!Number.isFinite(v)) return v;
    s += v * wk;
  }
  return divRound(s, pow10(6 - precision));
}

/**
 * The most extreme total for one weighting: every factor at its extreme, excluding some of
 * the factors whose missing policy is `exclude`. Excluding those farthest from the extreme
 * first is optimal, so trying each prefix of them (sorted) suffices.
 */
function extreme(values: readonly number[], weights: readonly number[], factors: readonly Factor[], precision: number, low: boolean): number | undefined {
  const live = factors.map((_, i) => i).filter((i) => (weights[i] ?? 0) > 0);
  const fixed = live.filter((i) => factors[i]?.missing.policy !== 'exclude');
  const optional = live
    .filter((i) => factors[i]?.missing.policy === 'exclude')
    .sort((a, b) => (low ? 1 : -1) * ((values[a] ?? 0) - (values[b] ?? 0)));
  let best: number | undefined;
  for (let j = 0; j <= optional.length; j++) {
    const members = [...fixed, ...optional.slice(0, j)];
    if (members.length === 0) continue;
    const t = total(values, weights, members, precision);
    if (best === undefined || (low ? t < best : t > best)) best = t;
  }
  return best;
}

/**
 * The lowest and highest rounded totals a (valid) scorecard can give, over every combination
 * of its weight modifiers.
 *
 * @example
 * totalRange(def) // { lo: 0, hi: 100, exact: true } for factors scoring 0–100 at precision 0
 */
export function totalRange(def: ScorecardDefinition): TotalRange {
  const ranges = def.factors.map(factorRange);
  const los = ranges.map((r) => r.lo);
  const his = ranges.map((r) => r.hi);
  const table = weightTable(def.factors, def.modifiers ?? []);
  if (table.size > MAX_COMBOS) {
    const scale = pow10(def.precision) / 100;
    return { lo: Math.floor(Math.min(...los) * scale), hi: Math.ceil(Math.max(...his) * scale), exact: false };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let c = 0; c < table.size; c++) {
    const w = Array.from(table.weights(c));
    const l = extreme(los, w, def.factors, def.precision, true);
    const h = extreme(his, w, def.factors, def.precision, false);
    if (l !== undefined && l < lo) lo = l;
    if (h !== undefined && h > hi) hi = h;
  }
  return { lo, hi, exact: true };
}
