/** @module A bundle file the user picks: read as JSON before anything is sent, its problems placed on the definitions they are in. */
import { parsePointer } from '@heng/engine';

/** A file read: its JSON, or why it is not JSON (the parser's words). */
export type ReadFile = { readonly ok: true; readonly bundle: unknown } | { readonly ok: false; readonly detail: string };

/**
 * Reads a picked file's text as JSON; whether it is a bundle is the server's dry run to say.
 *
 * @example
 * readBundleFile('{"format":"heng.bundle/1"}') // { ok: true, bundle: { format: 'heng.bundle/1' } }
 * readBundleFile('id,name') // { ok: false, detail: 'Unexpected token …' }
 */
export function readBundleFile(text: string): ReadFile {
  try {
    return { ok: true, bundle: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** What a problem's path points into, when the file says: a definition, or a seed record of a form. */
export type ProblemPlace =
  | { readonly kind: 'definition'; readonly defKind: string; readonly id: string }
  | { readonly kind: 'seed'; readonly form: string; readonly row: number };

const record = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * The definition or seed record a problem of the dry run is in, read from the file sent (the
 * server's paths start `/bundle`), so a long pointer gets a name; undefined for the rest.
 *
 * @example
 * problemPlace(file, '/bundle/definitions/3/fields/0/type') // { kind: 'definition', defKind: 'form', id: 'visit' }
 * problemPlace(file, '/bundle/seed/customer/1/values/region') // { kind: 'seed', form: 'customer', row: 2 }
 */
export function problemPlace(bundle: unknown, path: string): ProblemPlace | undefined {
  const [root, section, key, index] = parsePointer(path);
  if (root !== 'bundle' || key === undefined) return undefined;
  if (section === 'definitions') {
    const defs = record(bundle)?.definitions;
    const def = Array.isArray(defs) && /^\d+$/.test(key) ? record(defs[Number(key)]) : undefined;
    return typeof def?.kind === 'string' && typeof def.id === 'string' ? { kind: 'definition', defKind: def.kind, id: def.id } : undefined;
  }
  if (section === 'seed' && index !== undefined && /^\d+$/.test(index)) return { kind: 'seed', form: key, row: Number(index) + 1 };
  return undefined;
}

/**
 * How many definitions a bundle holds (an exported app, to say what was saved).
 *
 * @example
 * definitionCount({ definitions: [{}, {}] }) // 2
 */
export function definitionCount(bundle: unknown): number {
  const defs = record(bundle)?.definitions;
  return Array.isArray(defs) ? defs.length : 0;
}
