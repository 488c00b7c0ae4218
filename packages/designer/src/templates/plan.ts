/** @module An import plan as the preview shows it: one row per definition with how a clash resolves, the counts, and the user's choices per clash. */
import { KIND_ORDER } from '@heng/engine';
import type { ConflictResolution, DefinitionKind, ImportPlan, PlannedDefinition } from '@heng/engine';

/** How each clashing definition (`kind:id` in the bundle) is resolved; a clash left out is renamed. */
export type Resolutions = Readonly<Record<string, ConflictResolution>>;

/** One row of the plan table. */
export interface PlanRow extends PlannedDefinition {
  /** `kind:id` in the bundle: the key of its resolution. */
  readonly key: string;
  /** The id is already used by one of the company's definitions (renamed or replaced). */
  readonly clash: boolean;
}

/** How many definitions the import creates, renames and replaces. */
export interface PlanCounts {
  readonly total: number;
  readonly create: number;
  readonly rename: number;
  readonly replace: number;
}

/**
 * The key a resolution is sent under.
 *
 * @example
 * resolutionKey('form', 'customer') // 'form:customer'
 */
export function resolutionKey(kind: DefinitionKind, id: string): string {
  return `${kind}:${id}`;
}

/**
 * The plan's definitions as table rows, in the order they import (forms first).
 *
 * @example
 * planRows(plan)[0] // { kind: 'form', from: 'customer', id: 'customer_2', action: 'rename', key: 'form:customer', clash: true }
 */
export function planRows(plan: ImportPlan): PlanRow[] {
  return plan.definitions.map((d) => ({ ...d, key: resolutionKey(d.kind, d.from), clash: d.action !== 'create' }));
}

/**
 * What the import does, counted.
 *
 * @example
 * planCounts(plan) // { total: 18, create: 16, rename: 1, replace: 1 }
 */
export function planCounts(plan: ImportPlan): PlanCounts {
  const count = (action: PlannedDefinition['action']) => plan.definitions.filter((d) => d.action === action).length;
  return { total: plan.definitions.length, create: count('create'), rename: count('rename'), replace: count('replace') };
}

/**
 * The resolutions with one clash resolved by `choice`. Renaming is the server's default, so it
 * is sent by leaving the key out.
 *
 * @example
 * resolve({}, 'form:customer', 'replace') // { 'form:customer': 'replace' }
 * resolve({ 'form:customer': 'replace' }, 'form:customer', 'rename') // {}
 */
export function resolve(resolutions: Resolutions, key: string, choice: ConflictResolution): Resolutions {
  const { [key]: _dropped, ...rest } = resolutions;
  return choice === 'replace' ? { ...rest, [key]: 'replace' } : rest;
}

/**
 * Every clash of the plan resolved the same way.
 *
 * @example
 * resolveAll(plan, 'replace') // { 'form:customer': 'replace', 'scorecard:credit_score': 'replace', ... }
 */
export function resolveAll(plan: ImportPlan, choice: ConflictResolution): Resolutions {
  return planRows(plan).filter((r) => r.clash).reduce<Resolutions>((acc, r) => resolve(acc, r.key, choice), {});
}

/**
 * How a row's clash is resolved now.
 *
 * @example
 * choiceOf({ 'form:customer': 'replace' }, 'form:customer') // 'replace'
 */
export function choiceOf(resolutions: Resolutions, key: string): ConflictResolution {
  return resolutions[key] ?? 'rename';
}

/**
 * A gallery card's contents (`{ form: 5, ruleset: 10 }`) in import order, known kinds only, none empty.
 *
 * @example
 * contentsOf({ ruleset: 10, form: 5, flow: 0 }) // [{ kind: 'form', count: 5 }, { kind: 'ruleset', count: 10 }]
 */
export function contentsOf(definitions: Readonly<Record<string, number>>): { readonly kind: DefinitionKind; readonly count: number }[] {
  return KIND_ORDER.map((kind) => ({ kind, count: definitions[kind] ?? 0 })).filter((c) => c.count > 0);
}
