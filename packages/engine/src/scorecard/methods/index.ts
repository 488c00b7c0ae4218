/** @module The registry of factor methods: one file each, none missing. */
import type { FactorMethod, FactorMethodKind } from '../types.js';
import { bandsMethod } from './bands.js';
import { formulaMethod } from './formula.js';
import { linearMethod } from './linear.js';
import { lookupMethod } from './lookup.js';
import type { FactorMethodSpec } from './spec.js';

/**
 * Every factor method by kind. `satisfies` makes a kind without a spec a compile error.
 *
 * @example
 * factorMethods.bands.range(method) // { lo: 0, hi: 10000 } (hundredths of a point)
 */
export const factorMethods = {
  bands: bandsMethod,
  lookup: lookupMethod,
  linear: linearMethod,
  formula: formulaMethod,
} satisfies { [K in FactorMethodKind]: FactorMethodSpec<Extract<FactorMethod, { kind: K }>> };

/**
 * The spec of a method, typed loosely for code that handles any method.
 *
 * @example
 * methodSpec(factor.method).compile(factor.method, catalog)
 */
export function methodSpec(method: FactorMethod): FactorMethodSpec<FactorMethod> {
  return factorMethods[method.kind] as unknown as FactorMethodSpec<FactorMethod>;
}
