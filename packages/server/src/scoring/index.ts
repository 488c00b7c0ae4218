/** @module Scoring at runtime: scores on record writes, the explained score route, and the re-score job. */
export { afterWrite, scoredWrite, scoreOf } from './on-write.js';
export type { ScoredRevision } from './on-write.js';
export { enqueueRescore, RESCORE_FOLLOWERS } from './enqueue.js';
export type { RescoreJob } from './enqueue.js';
export { explainScore } from './explain.js';
export type { FactorExplanation, ScoreExplanation } from './explain.js';
export { RESCORE_BATCH, rescoreBatch, rescoreHandler } from './rescore.js';
export type { RescoreOptions, RescoreStep } from './rescore.js';
export { scoringRoutes } from './routes.js';
export { loadScorecard, scorecardCache, scorecardsOf } from './scorecards.js';
export type { LoadedScorecard } from './scorecards.js';
export { findScores, saveScores } from './store.js';
export type { NewScore, StoredScore } from './store.js';
