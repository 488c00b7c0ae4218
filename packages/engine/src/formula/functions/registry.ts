/** @module Every formula function, by name: adding one is one entry here. */
import type { FunctionSpec } from './spec.js';
import { AND, IF, ISBLANK, NOT, OR } from './logic.js';
import { ABS, MAX, MIN, ROUND } from './math.js';
import { AVG, COUNT, SUM } from './aggregate.js';
import { ADDDAYS, DAYS, TODAY } from './dates.js';

/** The functions a formula may call (names are case-insensitive in formulas). */
export type FunctionName =
  | 'IF' | 'AND' | 'OR' | 'NOT' | 'ISBLANK'
  | 'MIN' | 'MAX' | 'ROUND' | 'ABS'
  | 'SUM' | 'AVG' | 'COUNT'
  | 'DAYS' | 'ADDDAYS' | 'TODAY';

/**
 * The registry; a name without a spec fails to compile.
 *
 * @example
 * FUNCTIONS.ROUND.usage // 'ROUND(number, digits)'
 */
export const FUNCTIONS = {
  IF, AND, OR, NOT, ISBLANK,
  MIN, MAX, ROUND, ABS,
  SUM, AVG, COUNT,
  DAYS, ADDDAYS, TODAY,
} satisfies Record<FunctionName, FunctionSpec>;

/**
 * Function names, e.g. for an editor's autocomplete and for suggestions.
 *
 * @example
 * FUNCTION_NAMES.includes('DAYS') // true
 */
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

/**
 * The spec of a function by its upper-cased name (own entries only: `CONSTRUCTOR` is unknown).
 *
 * @example
 * lookupFunction('ROUND')?.arity // [2, 2]
 */
export function lookupFunction(name: string): FunctionSpec | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name as FunctionName] : undefined;
}
