/** @module The template gallery's server calls (admins only): the gallery, dry runs and imports of a template or a bundle file, the app's export. */
import type { DefinitionKind, ImportPlan, LocalizedText } from '@heng/engine';
import { api, routes } from '../api/client.js';
import type { Resolutions } from './plan.js';

/** A template as the gallery lists it (server: bundles/templates.ts). */
export interface TemplateSummary {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText | null;
  readonly version: string;
  /** How many definitions of each kind it holds. */
  readonly definitions: Readonly<Record<string, number>>;
  readonly seedRecords: number;
}

/** What an import wrote (server: bundles/import.ts). */
export interface ImportResult {
  readonly plan: ImportPlan;
  /** The definitions given a new version; one replaced by exactly what it was is left out. */
  readonly published: readonly { readonly kind: DefinitionKind; readonly id: string; readonly version: number }[];
  readonly records: number;
}

/** What is imported: a template of the gallery, or a bundle file the user picked. */
export type ImportSource =
  | { readonly kind: 'template'; readonly template: TemplateSummary }
  | { readonly kind: 'file'; readonly fileName: string; readonly bundle: unknown };

/** The body of a dry run or an import: the file's bundle when there is one, and the clashes' resolutions. */
const bodyOf = (source: ImportSource, resolutions: Resolutions) => (source.kind === 'file' ? { bundle: source.bundle, resolutions } : { resolutions });

/**
 * The calls; every failure is an ApiError (403: not an admin; 422: the bundle's problems, at
 * paths starting `/bundle`, and nothing written).
 *
 * @example
 * const { plan } = await templatesApi.plan({ kind: 'template', template }, { 'form:customer': 'replace' });
 */
export const templatesApi = {
  list: async () => (await api.call<{ items: TemplateSummary[] }>('GET', routes.templates)).items,
  /** The dry run: writes nothing. */
  plan: (source: ImportSource, resolutions: Resolutions) =>
    api.call<{ plan: ImportPlan }>('POST', source.kind === 'file' ? routes.bundlePlan : routes.templatePlan(source.template.id), bodyOf(source, resolutions)),
  /** Everything or nothing, in one transaction on the server. */
  import: (source: ImportSource, resolutions: Resolutions) =>
    api.call<ImportResult>('POST', source.kind === 'file' ? routes.bundleImport : routes.templateImport(source.template.id), bodyOf(source, resolutions)),
  /** The company's app as a bundle (latest published versions and roles). */
  exportApp: () => api.call<unknown>('GET', routes.bundleExport),
};
