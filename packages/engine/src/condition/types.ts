/** @module The condition shape: json-rules-engine's JSON format, kept as is. */

/**
 * json-rules-engine's default operators, then Heng's own two (`isEmpty`, `isNotEmpty`, which
 * {@link addHengOperators} registers on every json-rules-engine `Engine` that runs conditions).
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'isEmpty',
  'isNotEmpty',
] as const;

export type Operator = (typeof OPERATORS)[number];

/** A value compared against another fact instead of a literal. */
export interface FactRef {
  readonly fact: string;
  readonly path?: string;
}

/**
 * One comparison: `fact` (a field id or context fact), optional `path` into it
 * (`$.a.b`, dots only: no JSONPath), `operator`, and a literal `value` or a {@link FactRef}
 * (`null` for `isEmpty` and `isNotEmpty`, which compare with nothing).
 */
export interface FactCondition {
  readonly fact: string;
  readonly operator: Operator;
  readonly value: unknown;
  readonly path?: string;
}

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | FactCondition;

/** The facts a condition is evaluated against: a record plus context facts. */
export type Facts = Readonly<Record<string, unknown>>;

/** A compiled condition: a plain function, same answer as json-rules-engine. */
export type CompiledCondition = (facts: Facts) => boolean;

/** Which parts of a condition passed, for explaining a decision. */
export type ConditionTrace =
  | { readonly all: readonly ConditionTrace[]; readonly result: boolean }
  | { readonly any: readonly ConditionTrace[]; readonly result: boolean }
  | { readonly not: ConditionTrace; readonly result: boolean }
  | (FactCondition & { readonly factValue: unknown; readonly result: boolean });
