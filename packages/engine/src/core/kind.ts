/** @module The contract every definition kind fulfils: the pipeline validate → compile. */
import type { LocalizedText } from './localized.js';
import type { Problem } from './problem.js';
import type { ReferenceContext } from './context.js';

/** The kinds of definition an admin designs. */
export type DefinitionKind = 'form' | 'scorecard' | 'ruleset' | 'flow' | 'dashboard';

/**
 * Each kind as a person names it, for messages about definitions of any kind.
 *
 * @example
 * KIND_NAMES.ruleset.zh // '规则集'
 */
export const KIND_NAMES: Readonly<Record<DefinitionKind, { readonly en: string; readonly zh: string }>> = {
  form: { en: 'form', zh: '表单' },
  scorecard: { en: 'scorecard', zh: '评分卡' },
  ruleset: { en: 'rule set', zh: '规则集' },
  flow: { en: 'approval flow', zh: '审批流程' },
  dashboard: { en: 'dashboard', zh: '报表看板' },
};

/**
 * The roles that edit each kind (DOMAIN.md: risk officers edit the scorecards; admins every
 * kind). The server enforces it; the designer shows design sections to these roles only.
 *
 * @example
 * DEFINITION_EDITORS.scorecard // ['admin', 'risk_officer']
 */
export const DEFINITION_EDITORS: Readonly<Record<DefinitionKind, readonly string[]>> = {
  form: ['admin'],
  scorecard: ['admin', 'risk_officer'],
  ruleset: ['admin'],
  flow: ['admin'],
  dashboard: ['admin'],
};

/**
 * Whether someone with `roles` may edit definitions of `kind`.
 *
 * @example
 * mayEdit('scorecard', ['risk_officer']) // true
 */
export function mayEdit(kind: DefinitionKind, roles: readonly string[]): boolean {
  return DEFINITION_EDITORS[kind].some((r) => roles.includes(r));
}

/** What every definition has, whatever its kind. */
export interface DefinitionBase<K extends DefinitionKind = DefinitionKind> {
  readonly kind: K;
  /** Stable id, unique per kind in a tenant (see `isId`). */
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
}

/** A place where one definition names another (a scorecard's form, a rule's flow, ...). */
export interface DefinitionRef {
  /** JSON Pointer to the id inside the referring definition. */
  readonly path: string;
  readonly kind: DefinitionKind;
  readonly id: string;
}

/**
 * One kind's pipeline. Kinds are registered in a `satisfies Record<DefinitionKind, KindSpec>`
 * map, so a new kind that is missing a part fails to compile.
 */
export interface KindSpec<D extends DefinitionBase = DefinitionBase, C = unknown> {
  readonly kind: D['kind'];
  /** JSON Schema (draft 2020-12 subset ajv accepts in strict mode) of the definition. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** Every problem at once, structural then semantic. Never throws, whatever `input` is. */
  validate(input: unknown, ctx: ReferenceContext): Problem[];
  /** Turns a definition that validated without problems into its evaluator. */
  compile(def: D, ctx: ReferenceContext): C;
  /** Where this definition names other definitions (for checking bundles and remapping ids). */
  references(def: D): DefinitionRef[];
  /** A copy with its own id and every referenced id passed through `rename`. */
  renameReferences(def: D, rename: (kind: DefinitionKind, id: string) => string): D;
}
