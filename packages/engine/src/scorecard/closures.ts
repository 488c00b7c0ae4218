/** @module The reference evaluator: a scorecard's compiled parts run as closures, one per factor. */
import { divRound } from '../core/decimal.js';
import type { LocalizedText } from '../core/localized.js';
import type { Problem } from '../core/problem.js';
import { recordGatherer } from './gather.js';
import type { FactorOutcome, ScoreFactor } from './methods/spec.js';
import { missingProblem, noWeightProblem } from './missing.js';
import { NONE, type OverrideState } from './overrides.js';
import { EXCLUDE, POINTS, type ScorecardParts } from './parts.js';
import { incomplete, NO_OUTPUTS, type CompiledScorecard, type FactorScore, type ScoreResult } from './result.js';
import { FULL_WEIGHT } from './weights.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the closure evaluator provides: both functions of a {@link CompiledScorecard}. */
export type ClosureEvaluator = Pick<CompiledScorecard, 'evaluate' | 'weightsFor'>;

/**
 * Runs a scorecard's parts as closures: one per factor writing into a shared outcome. It is
 * the reference the generated evaluator must agree with, and the fallback where code cannot
 * be generated (a browser page whose Content-Security-Policy forbids `new Function`).
 *
 * Evaluation reads each field once, runs one closure per factor, and allocates only the
 * result; it keeps scratch state in the closure, so it is not re-entrant (JavaScript never
 * interrupts it, and nothing it calls can call back into it).
 *
 * @example
 * closureEvaluator(scorecardParts(def, catalog)).evaluate(record, { today: '2024-06-30' }).total // 77
 */
export function closureEvaluator(parts: ScorecardParts): ClosureEvaluator {
  const { def, ids, scorers, fieldOf, policyOf, missingPoints, table, scale, divisor, unit, overrides, policies, factKeys, fields, hasPolicies } = parts;
  const n = ids.length;
  const names = def.factors.map((f) => f.name);
  const gather = recordGatherer(fields);
  const slot = (f: string | undefined) => (f === undefined ? -1 : fields.indexOf(f));
  const factorSlots = Int32Array.from(fieldOf, slot);
  const dimensionSlots = Int32Array.from(table.dimensions, slot);
  const factSlots = Int32Array.from(factKeys, slot);

  // Scratch, reused from record to record.
  const values: unknown[] = new Array<unknown>(fields.length).fill(undefined);
  const dimensionValues: unknown[] = new Array<unknown>(dimensionSlots.length).fill(undefined);
  const facts: Record<string, unknown> = Object.fromEntries([...factKeys, 'score', 'grade'].map((k) => [k, undefined]));
  const hasRules = parts.hasOverrides || hasPolicies;
  const out: FactorOutcome = { raw: undefined, points: 0, band: undefined, missing: undefined };
  const state: OverrideState = { band: scale.bands[0] as OverrideState['band'], fired: NONE, flags: NONE };
  const points = new Int32Array(n);
  const excluded: boolean[] = new Array<boolean>(n).fill(false);

  const comboOfValues = (): number => {
    for (let k = 0; k < dimensionSlots.length; k++) dimensionValues[k] = values[dimensionSlots[k] as number];
    return table.combo(dimensionValues);
  };

  const evaluate = (record: Readonly<Record<string, unknown>>, env: { readonly today: string }): ScoreResult => {
    gather(record, values);
    const combo = dimensionSlots.length === 0 ? 0 : comboOfValues();
    let weights = table.weights(combo);
    const scores: Mutable<FactorScore>[] = new Array<Mutable<FactorScore>>(n);
    let anyExcluded = false;
    let failed: Problem[] | undefined;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      out.raw = undefined;
      out.points = 0;
      out.band = undefined;
      out.missing = undefined;
      const s = factorSlots[i] as number;
      (scorers[i] as ScoreFactor)(s < 0 ? undefined : values[s], record, env, out);
      let p = out.points;
      excluded[i] = false;
      if (out.missing !== undefined) {
        const policy = policyOf[i];
        if (policy === POINTS) p = missingPoints[i] as number;
        else {
          p = 0;
          if (policy === EXCLUDE) excluded[i] = anyExcluded = true;
          else (failed ??= []).push(missingProblem(names[i] as LocalizedText, fieldOf[i], out.missing, out.raw));
        }
      }
      points[i] = p;
      const w = weights[i] as number;
      const product = p * w;
      sum += product;
      scores[i] = { id: ids[i] as string, raw: out.raw, points: p / 100, weight: w, contribution: product / 1_000_000, band: out.band, missing: out.missing };
    }
    let weightSum = FULL_WEIGHT;
    if (anyExcluded) {
      // Rare: a factor left out hands its weight to the others, so weights change after the fact.
      weights = table.without(combo, excluded);
      sum = 0;
      weightSum = 0;
      for (let i = 0; i < n; i++) {
        const w = weights[i] as number;
        const product = (points[i] as number) * w;
        const score = scores[i] as Mutable<FactorScore>;
        score.weight = w;
        score.contribution = product / 1_000_000;
        sum += product;
        weightSum += w;
      }
    }
    if (weightSum === 0) (failed ??= []).push(noWeightProblem());
    if (failed !== undefined) return incomplete(def.id, scores, failed);
    const scaled = divRound(sum, divisor);
    const total = scaled / unit;
    const band = scale.bandOf(scaled);
    state.band = band;
    state.fired = NONE;
    state.flags = NONE;
    if (hasRules) {
      for (let k = 0; k < factKeys.length; k++) facts[factKeys[k] as string] = values[factSlots[k] as number];
      facts.score = total;
      facts.grade = band.grade;
      overrides.apply(facts, state);
      facts.grade = state.band.grade;
    }
    const final = state.band;
    return {
      scorecard: def.id,
      total,
      grade: final.grade,
      label: final.label,
      color: final.color,
      bandGrade: band.grade,
      factors: scores,
      overrides: state.fired,
      flags: state.flags,
      outputs: hasPolicies ? policies.outputs(facts, final.grade, env) : NO_OUTPUTS,
      problems: undefined,
    };
  };

  return {
    weightsFor(record) {
      gather(record, values);
      const w = table.weights(dimensionSlots.length === 0 ? 0 : comboOfValues());
      return Object.fromEntries(ids.map((id, i) => [id, w[i] ?? 0]));
    },
    evaluate,
  };
}
