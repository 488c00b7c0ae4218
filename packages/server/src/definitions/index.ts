/** @module Definitions: drafts, immutable published versions, their diff, and compiled versions for the runtime. */
export { definitionRoutes } from './routes.js';
export { publishedVersion, getDraft, listDefinitions, listVersions } from './store.js';
export type { DraftView, DefinitionSummary, PublishedVersion, VersionInfo } from './store.js';
export { publishedForms, referenceContext } from './context.js';
export { CompiledCache, compiledDefinitions, compiledVersion } from './compiled-cache.js';
export { latestDefinitions } from './latest.js';
export type { LatestDefinitions, LatestVersion, RollupSource } from './latest.js';
export type { CompiledVersion, VersionKey } from './compiled-cache.js';
export { checkDefinition, publishDraft, rollBack } from './publish.js';
export type { Publisher } from './publish.js';
export { diffDefinitions } from './diff.js';
export type { Change } from './diff.js';
export { DEFINITION_KINDS } from './request.js';
export type { DefinitionAddress } from './request.js';
