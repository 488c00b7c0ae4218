/** @module The contract of a factor method: schema, checks, points range and compiled scorer. */
import type { FieldCatalog } from '../../core/catalog.js';
import type { Problem } from '../../core/problem.js';
import type { MissingReason, ScoreEnv } from '../result.js';
import type { FactorMethod } from '../types.js';

/** A record as scoring reads it. */
export type ScoredRecord = Readonly<Record<string, unknown>>;

/**
 * Where a compiled method writes its answer, reused across factors and records so scoring
 * allocates nothing per factor: `points` in hundredths when `missing` is undefined.
 */
export interface FactorOutcome {
  raw: unknown;
  points: number;
  band: string | undefined;
  missing: MissingReason | undefined;
}

/**
 * A compiled method: scores one record into `out`. Never throws. `value` is the record's own
 * value of the method's {@link FactorMethodSpec.field} (read once by the evaluator for all
 * factors); methods without a field read `record` themselves.
 */
export type ScoreFactor = (value: unknown, record: ScoredRecord, env: ScoreEnv, out: FactorOutcome) => void;

/** What a field check knows: the form's fields (none when the form is unknown) and who asks. */
export interface FieldScope {
  readonly formId: string;
  readonly catalog: FieldCatalog | undefined;
  /** Who reads the field, for messages, by name: `Factor "Debt ratio"` / `指标 "资产负债率"`. */
  readonly owner: { readonly en: string; readonly zh: string };
}

/** What a method's checks know, and where the method sits. */
export interface MethodScope extends FieldScope {
  /** JSON Pointer to the method object. */
  readonly path: string;
}

/** The points a method can give (hundredths), before the missing-value policy; ±Infinity when unbounded. */
export interface PointsRange {
  readonly lo: number;
  readonly hi: number;
}

/** One factor method. The registry in `index.ts` holds one per kind. */
export interface FactorMethodSpec<M extends FactorMethod> {
  readonly kind: M['kind'];
  /** JSON Schema of the method object, `kind` included. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** Semantic problems (the schema has passed): fields, bands, duplicates, formulas. */
  validate(method: M, scope: MethodScope): Problem[];
  range(method: M): PointsRange;
  /** The field the method reads, if one: missing-value problems point at it. */
  field(method: M): string | undefined;
  /** Builds the scorer of a method that validated; `catalog` is the form's fields. */
  compile(method: M, catalog: FieldCatalog): ScoreFactor;
}
