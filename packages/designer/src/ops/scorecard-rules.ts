/** @module Pure edits of a scorecard's overrides (condition → cap, force or flag) and policy outputs per grade. */
import type { Condition, LocalizedText, Override, OverrideAction, Policy, PolicyType, ScorecardDefinition } from '@heng/engine';
import { moveById, removeById, replaceById, uniqueId } from './ids.js';

/**
 * Adds an override with an empty "all of" condition (which always holds until the admin adds
 * a comparison) and returns its id.
 *
 * @example
 * addOverride(def, { kind: 'cap', grade: 'C' }) // { def, id: 'override_1' }
 */
export function addOverride(def: ScorecardDefinition, action: OverrideAction, name?: LocalizedText): { def: ScorecardDefinition; id: string } {
  const overrides = def.overrides ?? [];
  const id = uniqueId('override', overrides.map((o) => o.id));
  const override: Override = { id, ...(name === undefined ? {} : { name }), when: { all: [] }, action };
  return { def: { ...def, overrides: [...overrides, override] }, id };
}

/**
 * Removes override `id`.
 *
 * @example
 * removeOverride(def, 'lawsuit_cap')
 */
export function removeOverride(def: ScorecardDefinition, id: string): ScorecardDefinition {
  const overrides = def.overrides ?? [];
  const next = removeById(overrides, id);
  return next === overrides ? def : { ...def, overrides: next };
}

/**
 * Moves override `from` to the place of `to`: overrides apply in order, and a later one sees
 * the grade the earlier ones left.
 *
 * @example
 * moveOverride(def, 'abnormal', 'lawsuit_cap')
 */
export function moveOverride(def: ScorecardDefinition, from: string, to: string): ScorecardDefinition {
  const overrides = def.overrides ?? [];
  const next = moveById(overrides, from, to);
  return next === overrides ? def : { ...def, overrides: next };
}

/** An edit of one override. */
export interface OverridePatch {
  readonly name?: LocalizedText;
  readonly when?: Condition;
  readonly action?: OverrideAction;
}

/**
 * Edits override `id`: its name, its condition (as the condition builder returns it) or its action.
 *
 * @example
 * setOverride(def, 'lawsuit_cap', { action: { kind: 'force', grade: 'D' } })
 */
export function setOverride(def: ScorecardDefinition, id: string, patch: OverridePatch): ScorecardDefinition {
  const overrides = def.overrides ?? [];
  const next = replaceById(overrides, id, (o) => ({ ...o, ...patch }));
  return next === overrides ? def : { ...def, overrides: next };
}

/**
 * The action an override of `kind` starts with when the admin switches kinds, keeping the
 * grade or flag it had where it can.
 *
 * @example
 * actionOfKind({ kind: 'cap', grade: 'C' }, 'force', 'D', label) // { kind: 'force', grade: 'C' }
 */
export function actionOfKind(current: OverrideAction, kind: OverrideAction['kind'], fallbackGrade: string, flagLabel: LocalizedText): OverrideAction {
  if (kind === 'flag') return current.kind === 'flag' ? current : { kind, flag: 'flag', label: flagLabel };
  return { kind, grade: current.kind === 'flag' ? fallbackGrade : current.grade };
}

/**
 * Adds a policy output with a value of 0 (or empty text) for every grade, and returns its id.
 *
 * @example
 * addPolicy(def, { 'zh-CN': '信用额度', en: 'Credit limit' }, 'money') // byGrade: { A: '0', B: '0', ... }
 */
export function addPolicy(def: ScorecardDefinition, name: LocalizedText, type: PolicyType): { def: ScorecardDefinition; id: string } {
  const policies = def.policies ?? [];
  const id = uniqueId('policy', policies.map((p) => p.id));
  const byGrade = Object.fromEntries(def.grades.map((g) => [g.grade, type === 'text' ? '""' : '0']));
  return { def: { ...def, policies: [...policies, { id, name, type, byGrade }] }, id };
}

/**
 * Removes policy `id`.
 *
 * @example
 * removePolicy(def, 'terms')
 */
export function removePolicy(def: ScorecardDefinition, id: string): ScorecardDefinition {
  const policies = def.policies ?? [];
  const next = removeById(policies, id);
  return next === policies ? def : { ...def, policies: next };
}

/** An edit of one policy's name or type. */
export interface PolicyPatch {
  readonly name?: LocalizedText;
  readonly type?: PolicyType;
}

/**
 * Renames policy `id` or changes its type.
 *
 * @example
 * setPolicy(def, 'terms', { type: 'days' })
 */
export function setPolicy(def: ScorecardDefinition, id: string, patch: PolicyPatch): ScorecardDefinition {
  const policies = def.policies ?? [];
  const next = replaceById(policies, id, (p): Policy => ({ ...p, ...patch }));
  return next === policies ? def : { ...def, policies: next };
}

/**
 * Sets the formulas of policy `id` for the grades given (`annual_sales * 0.2`, `90`, `"现款现货"`),
 * keeping the others.
 *
 * @example
 * setPolicyFormulas(def, 'limit', { A: 'annual_sales * 0.25' })
 */
export function setPolicyFormulas(def: ScorecardDefinition, id: string, formulas: Readonly<Record<string, string>>): ScorecardDefinition {
  const policies = def.policies ?? [];
  const same = policies.find((p) => p.id === id);
  // Nothing new (a field picked while every share is 0 writes `0` again): no edit, no undo step.
  if (same !== undefined && Object.entries(formulas).every(([g, f]) => same.byGrade[g] === f)) return def;
  const next = replaceById(policies, id, (p): Policy => ({ ...p, byGrade: { ...p.byGrade, ...formulas } }));
  return next === policies ? def : { ...def, policies: next };
}
