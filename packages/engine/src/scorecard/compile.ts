/** @module A scorecard compiled once into closures; scoring a record allocates only its result. */
import type { FieldCatalog } from '../core/catalog.js';
import { divRound, pow10 } from '../core/decimal.js';
import type { Problem } from '../core/problem.js';
import type { FormulaValue } from '../formula/index.js';
import { recordGatherer } from './gather.js';
import { gradeScale } from './grades.js';
import { methodSpec } from './methods/index.js';
import { hundredths } from './methods/points.js';
import type { FactorOutcome, ScoreFactor } from './methods/spec.js';
import { missingProblem, noWeightProblem } from './missing.js';
import { compileOverrides, NONE, scoreCatalog, type OverrideState } from './overrides.js';
import { compilePolicies } from './policies.js';
import type { CompiledScorecard, FactorScore, ScoreEnv, ScoreResult } from './result.js';
import type { ScorecardDefinition } from './types.js';
import { FULL_WEIGHT, weightTable } from './weights.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_OUTPUTS: Readonly<Record<string, FormulaValue>> = Object.freeze({});

/** Missing-value policies as small integers, compared in the loop instead of strings. */
const POINTS = 0;
const EXCLUDE = 1;
const FAIL = 2;

/**
 * Compiles a scorecard that validated without problems against its form's fields (`catalog`).
 * Throws on a definition that would not validate.
 *
 * The arithmetic is exact: points are integer hundredths, weights integer basis points, so
 * each contribution is an integer number of millionths and the total is their sum, rounded
 * half up to `precision` decimals by integer division before it meets the grade bands.
 * Evaluation reads each field once, runs one closure per factor, and allocates only the
 * result; it keeps scratch state in the compiled scorecard, so it is not re-entrant (JavaScript
 * never interrupts it, and nothing it calls can call back into it).
 *
 * @example
 * const card = compileScorecard(def, catalog);
 * card.evaluate({ debt_ratio: 0.35, lawsuit_pending: false, cooperation_years: 5 }, { today: '2024-06-30' })
 * // { total: 77, grade: 'B', factors: [{ id: 'debt', raw: 0.35, points: 70, weight: 5000, contribution: 35, band: 'mid' }, ...], ... }
 */
export function compileScorecard(def: ScorecardDefinition, catalog: FieldCatalog): CompiledScorecard {
  const n = def.factors.length;
  const ids = def.factors.map((f) => f.id);
  const scorers: ScoreFactor[] = def.factors.map((f) => methodSpec(f.method).compile(f.method, catalog));
  const fieldOf = def.factors.map((f) => methodSpec(f.method).field(f.method));
  const policyOf = Int8Array.from(def.factors, (f) => (f.missing.policy === 'points' ? POINTS : f.missing.policy === 'exclude' ? EXCLUDE : FAIL));
  const missingPoints = Int32Array.from(def.factors, (f) => (f.missing.policy === 'points' ? hundredths(f.missing.points) : 0));
  const table = weightTable(def.factors, def.modifiers ?? []);
  const scale = gradeScale(def.grades, def.precision);
  const divisor = pow10(6 - def.precision);
  const unit = pow10(def.precision);
  const overrides = compileOverrides(def.overrides ?? [], scale);
  const policies = compilePolicies(def.policies ?? [], scoreCatalog(catalog, def.grades), def.grades);
  const factKeys = [...new Set([...overrides.facts, ...policies.facts])];

  // Every field read, once per record: factors' fields, modifier dimensions, facts of overrides and policies.
  const fields = [...new Set([...fieldOf.filter((f): f is string => f !== undefined), ...table.dimensions, ...factKeys])];
  const gather = recordGatherer(fields);
  const slot = (f: string | undefined) => (f === undefined ? -1 : fields.indexOf(f));
  const factorSlots = Int32Array.from(fieldOf, slot);
  const dimensionSlots = Int32Array.from(table.dimensions, slot);
  const factSlots = Int32Array.from(factKeys, slot);

  // Scratch, reused from record to record.
  const values: unknown[] = new Array<unknown>(fields.length).fill(undefined);
  const dimensionValues: unknown[] = new Array<unknown>(dimensionSlots.length).fill(undefined);
  const facts: Record<string, unknown> = Object.fromEntries([...factKeys, 'score', 'grade'].map((k) => [k, undefined]));
  const hasRules = factKeys.length > 0 || (def.overrides ?? []).length > 0 || (def.policies ?? []).length > 0;
  const hasPolicies = (def.policies ?? []).length > 0;
  const out: FactorOutcome = { raw: undefined, points: 0, band: undefined, missing: undefined };
  const state: OverrideState = { band: scale.bands[0] as OverrideState['band'], fired: NONE, flags: NONE };
  const points = new Int32Array(n);
  const excluded: boolean[] = new Array<boolean>(n).fill(false);

  const comboOfValues = (): number => {
    for (let k = 0; k < dimensionSlots.length; k++) dimensionValues[k] = values[dimensionSlots[k] as number];
    return table.combo(dimensionValues);
  };

  const evaluate = (record: Readonly<Record<string, unknown>>, env: ScoreEnv): ScoreResult => {
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
          else (failed ??= []).push(missingProblem(ids[i] as string, fieldOf[i], out.missing, out.raw));
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
    definition: def,
    weightsFor(record) {
      gather(record, values);
      const w = table.weights(dimensionSlots.length === 0 ? 0 : comboOfValues());
      return Object.fromEntries(ids.map((id, i) => [id, w[i] ?? 0]));
    },
    evaluate,
  };
}

function incomplete(id: string, factors: FactorScore[], problems: Problem[]): ScoreResult {
  return {
    scorecard: id,
    total: null,
    grade: null,
    label: null,
    color: null,
    bandGrade: null,
    factors,
    overrides: NONE,
    flags: NONE,
    outputs: NO_OUTPUTS,
    problems,
  };
}
