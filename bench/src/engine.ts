/** @module The engine surface the bench uses, imported in one place. */
export { catalogOf, compileScorecard, emptyContext, validateScorecard } from '@heng/engine';
export type { FieldCatalog, ScorecardDefinition } from '@heng/engine';
