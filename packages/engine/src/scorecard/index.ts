/** @module Scorecards: weighted factors, grade bands, overrides and policies, scored exactly. */
export { scorecardKind, scorecardReferences } from './kind.js';
export { scorecardSchema } from './schema.js';
export { validateScorecard } from './validate.js';
export { compileScorecard } from './compile.js';
export { factorMethods } from './methods/index.js';
export { normaliseWeights, FULL_WEIGHT } from './weights.js';
export { factorRange, totalRange } from './range.js';
export { policyValue } from './policies.js';
export { formulaNumber, formulaText, literalFormula, policyShapes, ratioFormula } from './policy-shape.js';
export type { PolicyLiteral, PolicyRatio, PolicyShapes } from './policy-shape.js';
export { gradeScale } from './grades.js';
export { GRADE_TREND_FACT, gradeTrend, policyFact, policiesReading, policyFacts, scoreChangeFacts, scoreChangeValues, scorecardFacts } from './facts.js';
export type { GradedScore, GradeTrend } from './facts.js';
export { factorChanges, factorValueText } from './factor-changes.js';
export type { FactorValues, ScoreParts } from './factor-changes.js';
// The credit score of DOMAIN.md: the sample scorecard the designer opens and bundle tests ship.
export { creditScorecard } from './fixtures/credit-scorecard.js';
export type {
  AgeUnit,
  BandsMethod,
  ConditionBand,
  Factor,
  FactorMethod,
  FactorMethodKind,
  FormulaMethod,
  GradeBand,
  LinearMethod,
  LookupEntry,
  LookupMethod,
  MissingPolicy,
  ModifierValue,
  Override,
  OverrideAction,
  Policy,
  PolicyType,
  RangeBand,
  ScalePoint,
  ScorecardDefinition,
  WeightModifier,
} from './types.js';
export type { CompiledScorecard, EvaluatorKind, FactorScore, FiredOverride, MissingReason, ScoreEnv, ScoreResult } from './result.js';
export type { CompileOptions } from './compile.js';
export type { FunctionMaker } from './generate.js';
export type { FactorMethodSpec, FactorOutcome, MethodScope, PointsRange, ScoreFactor } from './methods/spec.js';
export type { TotalRange } from './range.js';
export type { DraftImpact, GradeMove, ImpactExample, PolicyImpact, ScoreSide } from './impact.js';
export { scoreCatalog } from './overrides.js';
