/** @module Pure edits of a form's checks across fields (`checks`): add, change, remove. */
import type { FormCheck, FormDefinition } from '@heng/engine';
import { removeById, replaceById, uniqueId } from './ids.js';

function withChecks(def: FormDefinition, checks: readonly FormCheck[]): FormDefinition {
  if (checks.length > 0) return { ...def, checks };
  const { checks: _, ...rest } = def;
  return rest;
}

/**
 * Adds a check shown on `field` with an empty condition (always met, so it refuses nothing until
 * one is added) and no message yet, and returns its id.
 *
 * @example
 * addCheck(payment, 'amount').id // 'check_1'
 */
export function addCheck(def: FormDefinition, field: string): { readonly def: FormDefinition; readonly id: string } {
  const checks = def.checks ?? [];
  const id = uniqueId('check', checks.map((c) => c.id));
  return { def: withChecks(def, [...checks, { id, field, condition: { all: [] }, message: { 'zh-CN': '', en: '' } }]), id };
}

/**
 * Changes check `id` (its field, condition or message).
 *
 * @example
 * setCheck(payment, 'check_1', { field: 'amount' })
 */
export function setCheck(def: FormDefinition, id: string, patch: Partial<Omit<FormCheck, 'id'>>): FormDefinition {
  return withChecks(def, replaceById(def.checks ?? [], id, (c) => ({ ...c, ...patch })));
}

/**
 * Removes check `id`; the last one removed takes `checks` with it.
 *
 * @example
 * removeCheck(payment, 'check_1')
 */
export function removeCheck(def: FormDefinition, id: string): FormDefinition {
  return withChecks(def, removeById(def.checks ?? [], id));
}
