/** @module The formula contract: what computed fields and policy outputs evaluate. */
import type { ValueKind } from '../core/catalog.js';

/** A value a formula yields; `null` is "no value" (a missing input, division by zero). */
export type FormulaValue = number | string | boolean | null | readonly FormulaValue[];

/** What a formula gets from its caller: the engine has no clock. */
export interface FormulaEnv {
  /** Today's date as `YYYY-MM-DD`, for `TODAY()`. */
  readonly today: string;
}

/** A checked, compiled formula. `evaluate` never throws: bad inputs yield `null`. */
export interface CompiledFormula {
  readonly source: string;
  readonly kind: ValueKind;
  /** Field ids the formula reads (for dependency order and cycles). */
  readonly references: readonly string[];
  evaluate(record: Readonly<Record<string, unknown>>, env: FormulaEnv): FormulaValue;
}
