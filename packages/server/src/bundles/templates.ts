/** @module The template gallery: bundles shipped with Heng, read from a folder, one sub-folder per template. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, LocalizedText } from '@heng/engine';

/** A template as the gallery lists it. */
export interface TemplateSummary {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText | null;
  readonly version: string;
  readonly definitions: Readonly<Record<string, number>>;
  readonly seedRecords: number;
}

/** Where the gallery's templates come from. */
export interface TemplateSource {
  list(): readonly TemplateSummary[];
  get(id: string): Bundle | undefined;
}

/**
 * A gallery's line for a bundle: its name, what it holds.
 *
 * @example
 * summaryOf(bundle).definitions // { form: 5, scorecard: 1, ruleset: 6, flow: 2 }
 */
export function summaryOf(bundle: Bundle): TemplateSummary {
  const definitions: Record<string, number> = {};
  for (const d of bundle.definitions) definitions[d.kind] = (definitions[d.kind] ?? 0) + 1;
  const seedRecords = Object.values(bundle.seed ?? {}).reduce((n, rows) => n + rows.length, 0);
  return { id: bundle.id, name: bundle.name, description: bundle.description ?? null, version: bundle.version, definitions, seedRecords };
}

/**
 * The templates of `bundles`, in the order given.
 *
 * @example
 * bundleRoutes({ templates: templatesOf([creditBundle]) })
 */
export function templatesOf(bundles: readonly Bundle[]): TemplateSource {
  const byId = new Map(bundles.map((b) => [b.id, b]));
  return { list: () => bundles.map(summaryOf), get: (id) => byId.get(id) };
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The folders a template keeps its definitions in, in the order they import (forms first). */
const KIND_FOLDERS = ['forms', 'scorecards', 'flows', 'rulesets', 'dashboards'] as const;

/**
 * A bundle kept as files, so each definition diffs on its own: `bundle.json` holds the rest of
 * the bundle (format, id, name, version, roles, seed) and each JSON file in `forms/`,
 * `scorecards/`, `flows/`, `rulesets/` and `dashboards/` is one definition, read in name order.
 *
 * @example
 * const credit = readBundleFolder('examples/credit-management');
 */
export function readBundleFolder(folder: string): Bundle {
  const manifest = readJson(join(folder, 'bundle.json')) as Omit<Bundle, 'definitions'>;
  const definitions = KIND_FOLDERS.flatMap((kind) => {
    const dir = join(folder, kind);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(join(dir, f)));
  });
  return { ...manifest, definitions } as Bundle;
}

/**
 * The templates in `folder`: each sub-folder holding a `bundle.json` is one. Read once, at
 * start; a missing folder gives an empty gallery.
 *
 * @example
 * const templates = templatesIn('/srv/heng/examples');
 */
export function templatesIn(folder: string): TemplateSource {
  if (!existsSync(folder)) return templatesOf([]);
  const bundles = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'bundle.json')))
    .map((e) => readBundleFolder(join(folder, e.name)))
    .sort((a, b) => a.id.localeCompare(b.id));
  return templatesOf(bundles);
}
