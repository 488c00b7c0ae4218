/** @module What both scorecard evaluators are built from: compiled once per scorecard version. */
import type { FieldCatalog } from '../core/catalog.js';
import { pow10 } from '../core/decimal.js';
import { gradeScale, type GradeScale } from './grades.js';
import { methodSpec } from './methods/index.js';
import { hundredths } from './methods/points.js';
import type { ScoreFactor } from './methods/spec.js';
import { compileOverrides, scoreCatalog, type CompiledOverrides } from './overrides.js';
import { compilePolicies, type CompiledPolicies } from './policies.js';
import type { ScorecardDefinition } from './types.js';
import { weightTable, type WeightTable } from './weights.js';

/** Missing-value policies as small integers, compared in loops instead of strings. */
export const POINTS = 0;
export const EXCLUDE = 1;
export const FAIL = 2;

/** A valid scorecard taken apart into compiled pieces, shared by the closure and generated evaluators. */
export interface ScorecardParts {
  readonly def: ScorecardDefinition;
  readonly catalog: FieldCatalog;
  readonly ids: readonly string[];
  /** Each factor's compiled method (the closure protocol). */
  readonly scorers: readonly ScoreFactor[];
  /** The field each factor reads, if one. */
  readonly fieldOf: readonly (string | undefined)[];
  /** {@link POINTS}, {@link EXCLUDE} or {@link FAIL} per factor. */
  readonly policyOf: Int8Array;
  /** Points (hundredths) given by the `points` policy, 0 otherwise. */
  readonly missingPoints: Int32Array;
  readonly table: WeightTable;
  readonly scale: GradeScale;
  /** Millionths of a point per unit of the total at the scorecard's precision. */
  readonly divisor: number;
  /** Units of the total per point: 10^precision. */
  readonly unit: number;
  readonly overrides: CompiledOverrides;
  readonly policies: CompiledPolicies;
  /** Record fields the overrides and policies read. */
  readonly factKeys: readonly string[];
  /** Every field read once per record: factors' fields, modifier dimensions, fact keys. */
  readonly fields: readonly string[];
  readonly hasOverrides: boolean;
  readonly hasPolicies: boolean;
}

/**
 * Compiles the pieces of a scorecard that validated without problems against `catalog`.
 * Throws on a definition that would not validate (a formula that does not compile).
 *
 * @example
 * const parts = scorecardParts(def, catalog);
 * parts.fields // ['debt_ratio', 'lawsuit_pending', 'cooperation_years', 'negative_news', 'annual_sales']
 */
export function scorecardParts(def: ScorecardDefinition, catalog: FieldCatalog): ScorecardParts {
  const fieldOf = def.factors.map((f) => methodSpec(f.method).field(f.method));
  const table = weightTable(def.factors, def.modifiers ?? []);
  const scale = gradeScale(def.grades, def.precision);
  const overrides = compileOverrides(def.overrides ?? [], scale);
  const policies = compilePolicies(def.policies ?? [], scoreCatalog(catalog, def.grades.map((g) => g.grade)), def.grades);
  const factKeys = [...new Set([...overrides.facts, ...policies.facts])];
  return {
    def,
    catalog,
    ids: def.factors.map((f) => f.id),
    scorers: def.factors.map((f) => methodSpec(f.method).compile(f.method, catalog)),
    fieldOf,
    policyOf: Int8Array.from(def.factors, (f) => (f.missing.policy === 'points' ? POINTS : f.missing.policy === 'exclude' ? EXCLUDE : FAIL)),
    missingPoints: Int32Array.from(def.factors, (f) => (f.missing.policy === 'points' ? hundredths(f.missing.points) : 0)),
    table,
    scale,
    divisor: pow10(6 - def.precision),
    unit: pow10(def.precision),
    overrides,
    policies,
    factKeys,
    fields: [...new Set([...fieldOf.filter((f): f is string => f !== undefined), ...table.dimensions, ...factKeys])],
    hasOverrides: (def.overrides ?? []).length > 0,
    hasPolicies: (def.policies ?? []).length > 0,
  };
}
