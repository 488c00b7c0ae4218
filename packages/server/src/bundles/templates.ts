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

/**
 * A bundle kept as files: `bundle.json` is the bundle, except that any definition may be a path
 * (relative to the folder) of a JSON file holding it, so each definition diffs on its own.
 *
 * @example
 * const credit = readBundleFolder('examples/credit-management');
 */
export function readBundleFolder(folder: string): Bundle {
  const manifest = readJson(join(folder, 'bundle.json')) as Omit<Bundle, 'definitions'> & { definitions: readonly unknown[] };
  const definitions = manifest.definitions.map((d) => (typeof d === 'string' ? readJson(join(folder, d)) : d));
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
