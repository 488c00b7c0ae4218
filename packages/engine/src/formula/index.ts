/** @module The formula language: parse, check and compile Excel-like expressions. */
export { parseFormula, MAX_FORMULA_LENGTH, MAX_FORMULA_DEPTH } from './parser.js';
export { checkFormula } from './checker.js';
export { compileFormula, formulaReferences } from './compile.js';
export { formulaResults } from './results.js';
export { readValue } from './values.js';
export { FUNCTIONS, FUNCTION_NAMES } from './functions/registry.js';
export type { FunctionName } from './functions/registry.js';
export type { FunctionSpec, FunctionParam } from './functions/spec.js';
export type { FormulaNode, BinaryOperator } from './ast.js';
export type { FormulaResult } from './results.js';
export type { CompiledFormula, FormulaEnv, FormulaValue } from './types.js';
