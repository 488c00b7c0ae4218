/** @module Bundles (templates): check, plan an import with ids remapped, export. */
export { BUNDLE_FORMAT } from './types.js';
export type { Bundle, BundleRole, SeedRecord, TenantInventory } from './types.js';
export { bundleSchema } from './schema.js';
export { validateBundle } from './validate.js';
export { bundleContext } from './context.js';
export type { BundleCheckOptions } from './validate.js';
export { planImport, remapBundle } from './import.js';
export type { ImportPlan, PlannedDefinition, ConflictResolution } from './import.js';
export { exportBundle } from './export.js';
export type { ExportSource } from './export.js';
