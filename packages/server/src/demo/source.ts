/** @module Where the demo comes from: a template folder holding a bundle and, in `demo/`, the generator of its demo data. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bundle } from '@heng/engine';
import { readBundleFolder } from '../bundles/templates.js';
import type { DemoData } from './types.js';

/** The template the demo company runs: its folder under the templates folder. */
export const DEMO_TEMPLATE = 'credit-management';

/** A template with its demo data generator. */
export interface DemoSource {
  readonly bundle: Bundle;
  /** The demo data relative to `today` (the company's business day), for `customers` customers. */
  generate(options: { readonly today: string; readonly customers?: number }): DemoData;
}

/** Thrown when the template folder has no usable demo. */
export class DemoSourceError extends Error {
  override readonly name = 'DemoSourceError';
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The generator's answer checked for the shape the demo start relies on (the records themselves are checked as they are written). */
function checked(data: unknown, from: string): DemoData {
  const batches = (x: unknown) => Array.isArray(x) && x.every((b) => isObject(b) && typeof b['form'] === 'string' && typeof b['as'] === 'string' && Array.isArray(b['records']));
  const ok = isObject(data) && isObject(data['company']) && typeof data['password'] === 'string' && Array.isArray(data['users'])
    && batches(data['history']) && batches(data['recent']) && Array.isArray(data['decisions']);
  if (!ok) throw new DemoSourceError(`The demo generator in ${from} did not return demo data (company, password, users, history, recent, decisions): fix its demoData().`);
  return data as unknown as DemoData;
}

/**
 * Loads the demo of the template folder `templatesDir/credit-management`: its bundle (read as
 * the gallery reads it) and its generator, `demo/index.ts` exporting `demoData(options)`. The
 * generator is part of the template, as its JSON definitions are; it is loaded at run time
 * from the configured folder, so the server does not depend on the examples package.
 *
 * @example
 * const source = await loadDemoSource(config.templatesDir);
 * source.generate({ today: '2025-06-30', customers: 40 }).users.length // 9
 */
export async function loadDemoSource(templatesDir: string, template = DEMO_TEMPLATE): Promise<DemoSource> {
  const folder = join(templatesDir, template);
  const entry = join(folder, 'demo', 'index.ts');
  if (!existsSync(join(folder, 'bundle.json')) || !existsSync(entry)) {
    throw new DemoSourceError(`No demo template in ${folder} (bundle.json and demo/index.ts): set HENG_TEMPLATES_DIR to the folder holding "${template}", or start with HENG_DEMO=0.`);
  }
  const module = (await import(pathToFileURL(entry).href)) as { demoData?: unknown };
  const demoData = module.demoData;
  if (typeof demoData !== 'function') throw new DemoSourceError(`${entry} does not export demoData(options): add it, or start with HENG_DEMO=0.`);
  return { bundle: readBundleFolder(folder), generate: (options) => checked(demoData(options), entry) };
}
