/** @module Conditions: json-rules-engine's JSON format, validated, compiled and traced. */
export { OPERATORS } from './types.js';
export type { Operator, FactRef, FactCondition, Condition, Facts, CompiledCondition, ConditionTrace } from './types.js';
export { operators, addHengOperators } from './operators.js';
export type { OperatorSpec } from './operators.js';
export { conditionDefs, conditionSchema } from './schema.js';
export { validateCondition } from './validate.js';
export { compileCondition, traceCondition, conditionFacts } from './compile.js';
export { resolvePath, isPath, PATH_PATTERN } from './path.js';
