/** @module Editor operations: pure functions over definitions, which components only dispatch. */
export { uniqueId, replaceById, removeById, moveById } from './ids.js';
export {
  addFactor,
  removeFactor,
  moveFactor,
  setWeight,
  normalise,
  weightTotal,
  percentToBasisPoints,
  basisPointsToPercent,
  setFactorName,
  setMissing,
  patchFactor,
} from './scorecard-factors.js';
export { defaultMethod, setMethodKind, setMethodField, patchMethod, addBand, removeBand, setBand, setLookupPoints, setOtherwise } from './scorecard-methods.js';
export type { BandPatch } from './scorecard-methods.js';
export { setGrade, addGrade, removeGrade, gradeAxis } from './scorecard-grades.js';
export type { GradePatch, GradeAxis, AxisSegment } from './scorecard-grades.js';
export { addOverride, removeOverride, moveOverride, setOverride, actionOfKind, addPolicy, removePolicy, setPolicy, setPolicyFormulas } from './scorecard-rules.js';
export type { OverridePatch, PolicyPatch } from './scorecard-rules.js';
export {
  childrenOf,
  pointerOf,
  conditionAt,
  updateAt,
  removeAt,
  addChild,
  extendRoot,
  setGroupKind,
  toggleNot,
  operatorsFor,
  defaultValue,
  comparisonOn,
  setFact,
  setOperator,
  setValue,
} from './condition.js';
export type { Steps, GroupKind } from './condition.js';
export { historyOf, commit, undo, redo, canUndo, canRedo, COALESCE_MS, HISTORY_LIMIT } from './history.js';
export type { History, EditInfo } from './history.js';
export { problemText, problemsAt, problemsUnder, placeOf, rowPath, bandPath } from './problems.js';
export type { ProblemPlace } from './problems.js';
