/** @module Pure edits of a scorecard's factor list: add, remove, reorder, weigh, normalise. */
import { FULL_WEIGHT, normaliseWeights, roundHalfUp } from '@heng/engine';
import type { Factor, FactorMethod, LocalizedText, MissingPolicy, ScorecardDefinition } from '@heng/engine';
import { moveById, removeById, replaceById, uniqueId } from './ids.js';

/**
 * Adds a factor with weight 0 at the end, scoring by bands over `field` (a starting point the
 * admin edits), and returns the card with the new factor's id.
 *
 * @example
 * const { def: next, id } = addFactor(def, { 'zh-CN': '新指标', en: 'New factor' }, 'debt_ratio');
 * next.factors.at(-1) // { id: 'factor_1', weight: 0, method: { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'band_1', points: 0 }] }, ... }
 */
export function addFactor(def: ScorecardDefinition, name: LocalizedText, field?: string): { def: ScorecardDefinition; id: string } {
  const id = uniqueId('factor', def.factors.map((f) => f.id));
  const method: FactorMethod = { kind: 'bands', ...(field === undefined ? {} : { field }), bands: [{ id: 'band_1', points: 0 }] };
  const factor: Factor = { id, name, weight: 0, method, missing: { policy: 'points', points: 0 } };
  return { def: { ...def, factors: [...def.factors, factor] }, id };
}

/**
 * The card without factor `id`, and without the modifier multipliers that named it.
 *
 * @example
 * removeFactor(def, 'debt').factors.map((f) => f.id) // ['lawsuits', ...]
 */
export function removeFactor(def: ScorecardDefinition, id: string): ScorecardDefinition {
  const factors = removeById(def.factors, id);
  if (factors === def.factors) return def;
  const modifiers = def.modifiers?.map((m) => ({
    ...m,
    values: m.values.map((v) => ({ ...v, multipliers: Object.fromEntries(Object.entries(v.multipliers).filter(([k]) => k !== id)) })),
  }));
  return { ...def, factors, ...(modifiers === undefined ? {} : { modifiers }) };
}

/**
 * Moves factor `from` to the place of factor `to` (what a drop on `to` means).
 *
 * @example
 * moveFactor(def, 'coop', 'debt').factors.map((f) => f.id) // ['coop', 'debt', 'lawsuits']
 */
export function moveFactor(def: ScorecardDefinition, from: string, to: string): ScorecardDefinition {
  const factors = moveById(def.factors, from, to);
  return factors === def.factors ? def : { ...def, factors };
}

/**
 * Basis points for a percentage typed by a person: rounded half up to 2 decimals, clamped to
 * 0–100%. Not a number gives 0.
 *
 * @example
 * percentToBasisPoints(12.345) // 1235
 */
export function percentToBasisPoints(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  const bp = Math.round(roundHalfUp(percent, 2) * 100);
  return Math.min(FULL_WEIGHT, Math.max(0, bp));
}

/**
 * A weight as the percentage shown beside it (2 decimals, exact).
 *
 * @example
 * basisPointsToPercent(1235) // 12.35
 */
export function basisPointsToPercent(bp: number): number {
  return bp / 100;
}

/**
 * Sets factor `id`'s weight from a percentage (the slider's or the number box's value).
 *
 * @example
 * setWeight(def, 'debt', 42.5).factors[0].weight // 4250
 */
export function setWeight(def: ScorecardDefinition, id: string, percent: number): ScorecardDefinition {
  const weight = percentToBasisPoints(percent);
  return patchFactor(def, id, (f) => (f.weight === weight ? f : { ...f, weight }));
}

/**
 * The sum of the weights in basis points: 10000 when the card is balanced.
 *
 * @example
 * weightTotal(def) // 9500 for 40% + 25% + 20% + 10%
 */
export function weightTotal(def: ScorecardDefinition): number {
  return def.factors.reduce((a, f) => a + f.weight, 0);
}

/**
 * Scales the weights to add up to exactly 100% with the engine's `normaliseWeights` (the
 * "normalise to 100%" button); all zero becomes equal shares.
 *
 * @example
 * normalise(def).factors.map((f) => f.weight) // [4210, 2632, 2105, 1053] for 40/25/20/10
 */
export function normalise(def: ScorecardDefinition): ScorecardDefinition {
  if (def.factors.length === 0 || weightTotal(def) === FULL_WEIGHT) return def;
  return { ...def, factors: normaliseWeights(def.factors) };
}

/**
 * Renames factor `id` (both languages at once, as the name editor holds them).
 *
 * @example
 * setFactorName(def, 'debt', { 'zh-CN': '负债率', en: 'Debt ratio' })
 */
export function setFactorName(def: ScorecardDefinition, id: string, name: LocalizedText): ScorecardDefinition {
  return patchFactor(def, id, (f) => ({ ...f, name }));
}

/**
 * Sets what happens when factor `id` has no value.
 *
 * @example
 * setMissing(def, 'debt', { policy: 'exclude' })
 */
export function setMissing(def: ScorecardDefinition, id: string, missing: MissingPolicy): ScorecardDefinition {
  return patchFactor(def, id, (f) => ({ ...f, missing }));
}

/**
 * Applies `update` to factor `id`; the same card when the id is unknown or nothing changed.
 *
 * @example
 * patchFactor(def, 'debt', (f) => ({ ...f, weight: 5000 }))
 */
export function patchFactor(def: ScorecardDefinition, id: string, update: (f: Factor) => Factor): ScorecardDefinition {
  const factors = replaceById(def.factors, id, update);
  if (factors === def.factors) return def;
  const i = def.factors.findIndex((f) => f.id === id);
  return factors[i] === def.factors[i] ? def : { ...def, factors };
}
