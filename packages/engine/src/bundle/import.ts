/** @module Import planning: what a bundle will create in a tenant, what conflicts, and ids remapped. */
import type { DefinitionKind } from '../core/kind.js';
import type { LocalizedText } from '../core/localized.js';
import { KIND_ORDER, specOf, type Definition } from '../kinds.js';
import type { Bundle, SeedRecord, TenantInventory } from './types.js';

/** How to resolve a definition whose id the tenant already uses. */
export type ConflictResolution = 'rename' | 'replace';

/** One definition the import will write. */
export interface PlannedDefinition {
  readonly kind: DefinitionKind;
  /** Its id in the bundle. */
  readonly from: string;
  /** Its id in the tenant after import. */
  readonly id: string;
  /** `create`: new; `rename`: the id was taken, so it gets a new one; `replace`: a new version of the tenant's definition. */
  readonly action: 'create' | 'rename' | 'replace';
  /** Its name in the bundle, as the preview shows it. */
  readonly name: LocalizedText;
}

/** The dry run of an import: shown to the user before anything is written. */
export interface ImportPlan {
  readonly definitions: readonly PlannedDefinition[];
  /** Role ids the import adds, those the tenant has already, and the bundle's name of each. */
  readonly roles: { readonly create: readonly string[]; readonly existing: readonly string[]; readonly names: Readonly<Record<string, LocalizedText>> };
  readonly seedRecords: number;
}

const key = (kind: DefinitionKind, id: string) => `${kind}:${id}`;

/** Ids are at most 64 characters (see `core/ids.ts`): a long id is shortened to make room for its suffix. */
const renamed = (id: string, n: number): string => `${id.slice(0, 64 - String(n).length - 1)}_${n}`;

/**
 * Plans importing `bundle` into a tenant. Conflicting ids are renamed (`customer` → `customer_2`)
 * unless `resolutions` says to replace them.
 *
 * @example
 * planImport(bundle, inventory, { 'form:customer': 'replace' }).definitions
 * // [{ kind: 'form', from: 'customer', id: 'customer', action: 'replace' }, ...]
 */
export function planImport(bundle: Bundle, tenant: TenantInventory, resolutions: Readonly<Record<string, ConflictResolution>> = {}): ImportPlan {
  const taken = new Map<DefinitionKind, Set<string>>(KIND_ORDER.map((k) => [k, new Set([...tenant.definitions[k], ...bundle.definitions.filter((d) => d.kind === k).map((d) => d.id)])]));
  const ordered = [...bundle.definitions].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const definitions = ordered.map((d): PlannedDefinition => {
    const same = { kind: d.kind, from: d.id, id: d.id, name: d.name };
    if (!tenant.definitions[d.kind].has(d.id)) return { ...same, action: 'create' };
    if (resolutions[key(d.kind, d.id)] === 'replace') return { ...same, action: 'replace' };
    const used = taken.get(d.kind) ?? new Set<string>();
    let n = 2;
    while (used.has(renamed(d.id, n))) n += 1;
    const id = renamed(d.id, n);
    used.add(id);
    return { ...same, id, action: 'rename' };
  });
  const roleIds = bundle.roles.map((r) => r.id);
  return {
    definitions,
    roles: { create: roleIds.filter((r) => !tenant.roles.has(r)), existing: roleIds.filter((r) => tenant.roles.has(r)), names: Object.fromEntries(bundle.roles.map((r) => [r.id, r.name])) },
    seedRecords: Object.values(bundle.seed ?? {}).reduce((n, rows) => n + rows.length, 0),
  };
}

/**
 * The bundle as it will be written: every definition id, every reference to it and every seed
 * form key renamed as the plan says. Definitions come in dependency order (forms first).
 *
 * @example
 * remapBundle(bundle, planImport(bundle, inventory)).definitions.map((d) => d.id)
 */
export function remapBundle(bundle: Bundle, plan: ImportPlan): Bundle {
  const ids = new Map(plan.definitions.map((p) => [key(p.kind, p.from), p.id]));
  const rename = (kind: DefinitionKind, id: string) => ids.get(key(kind, id)) ?? id;
  const definitions = plan.definitions.map((p) => {
    const def = bundle.definitions.find((d) => d.kind === p.kind && d.id === p.from) as Definition;
    return specOf(def.kind).renameReferences(def, rename);
  });
  const seed: Record<string, readonly SeedRecord[]> = {};
  for (const [formId, rows] of Object.entries(bundle.seed ?? {})) seed[rename('form', formId)] = rows;
  return { ...bundle, definitions, seed };
}
