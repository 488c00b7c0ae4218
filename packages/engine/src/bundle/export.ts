/** @module Export: a tenant's definitions and records as a bundle file. */
import type { Problem } from '../core/problem.js';
import { KIND_ORDER } from '../kinds.js';
import { BUNDLE_FORMAT, type Bundle } from './types.js';
import { validateBundle } from './validate.js';

/** What an export is made from: a bundle but for its format tag. */
export type ExportSource = Omit<Bundle, 'format'>;

/**
 * Builds a bundle in a stable order (kinds in dependency order, then ids), so two exports of the
 * same app diff cleanly, and checks it as an import would.
 *
 * @example
 * const { bundle, problems } = exportBundle({ id: 'credit', name, version: '1.0.0', roles, definitions }, { today: '2026-11-22' });
 */
export function exportBundle(source: ExportSource, options: { readonly today: string }): { bundle: Bundle; problems: Problem[] } {
  const definitions = [...source.definitions].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id));
  const roles = [...source.roles].sort((a, b) => a.id.localeCompare(b.id));
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    id: source.id,
    name: source.name,
    ...(source.description === undefined ? {} : { description: source.description }),
    version: source.version,
    roles,
    definitions,
    ...(source.seed === undefined ? {} : { seed: source.seed }),
  };
  return { bundle, problems: validateBundle(bundle, options) };
}
