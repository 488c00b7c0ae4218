/** @module Bundles: the template gallery, import with a dry run (all or nothing), export. */
export { bundleRoutes } from './routes.js';
export { importBundle, planBundle } from './import.js';
export type { Importer, DryRun, ImportResult } from './import.js';
export { exportTenant } from './export.js';
export { readBundleFolder, templatesIn, templatesOf, summaryOf } from './templates.js';
export type { TemplateSource, TemplateSummary } from './templates.js';
