/** @module Pure edits of one field's properties: label, help, required, default, rules, type options, visibility and requirement conditions, access. */
import { isComputed } from '@heng/engine';
import type { Condition, FieldAccess, FieldDefinition, FieldRules, FormDefinition, FormulaResultType, LocalizedText, ReferenceFilter, RuleName, SerialPart, ValueLabels } from '@heng/engine';
import { updateField } from './form-fields.js';
import type { FieldRef } from './form-fields.js';

/** Every property a field of some type may have, besides `id` and `type`. */
interface FieldProps {
  readonly label: LocalizedText;
  readonly help: LocalizedText;
  readonly required: boolean;
  readonly default: unknown;
  readonly rules: FieldRules;
  readonly visibleWhen: Condition;
  readonly requiredWhen: Condition;
  readonly access: Readonly<Record<string, FieldAccess>>;
  readonly target: string;
  readonly filter: readonly ReferenceFilter[];
  readonly formula: string;
  readonly resultType: FormulaResultType;
  readonly decimals: number;
  readonly grouping: boolean;
  readonly options: ValueLabels;
  readonly parts: readonly SerialPart[];
  readonly dateField: string;
  readonly roles: readonly string[];
}

/** Properties to set; `undefined` removes one, so a definition never holds `"required": null`. */
export type FieldPatch = { readonly [K in keyof FieldProps]?: FieldProps[K] | undefined };

function patched(field: FieldDefinition, patch: FieldPatch): FieldDefinition {
  const out: Record<string, unknown> = { ...field };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as unknown as FieldDefinition;
}

/**
 * Sets (or, with `undefined`, removes) properties of field `ref`. The caller offers only the
 * properties the field's type has; validation flags anything else.
 *
 * @example
 * patchField(form, { id: 'region' }, { required: true, default: undefined })
 */
export function patchField(def: FormDefinition, ref: FieldRef, patch: FieldPatch): FormDefinition {
  return updateField(def, ref, (f) => patched(f, patch));
}

/**
 * Sets whether a field must be filled in. "Not required" leaves the property out; a computed
 * field (formula, lookup, rollup) is never required.
 *
 * @example
 * setRequired(form, { id: 'region' }, true)
 */
export function setRequired(def: FormDefinition, ref: FieldRef, required: boolean): FormDefinition {
  return updateField(def, ref, (f) => (isComputed(f) ? f : patched(f, { required: required ? true : undefined })));
}

/**
 * Sets the help text under a field; two blank texts remove it (the engine wants both languages
 * or neither).
 *
 * @example
 * setHelp(form, { id: 'credit_code' }, { 'zh-CN': '', en: '' }) // help removed
 */
export function setHelp(def: FormDefinition, ref: FieldRef, help: LocalizedText): FormDefinition {
  const blank = help['zh-CN'].trim() === '' && help.en.trim() === '';
  return patchField(def, ref, { help: blank ? undefined : help });
}

/**
 * Sets one validation rule (`undefined` removes it, and `rules` goes when it is empty).
 *
 * @example
 * setRule(form, { id: 'annual_sales' }, 'max', 1e9).fields[13].rules // { min: 0, max: 1000000000 }
 */
export function setRule<R extends RuleName>(def: FormDefinition, ref: FieldRef, rule: R, value: FieldRules[R] | undefined): FormDefinition {
  return updateField(def, ref, (f) => {
    const rules: Record<string, unknown> = { ...f.rules };
    if (value === undefined) delete rules[rule];
    else rules[rule] = value;
    return patched(f, { rules: Object.keys(rules).length === 0 ? undefined : (rules as FieldRules) });
  });
}

/**
 * Sets what role `role` may do with a field. Write is what a role not named gets, so "write"
 * removes the entry and an empty table goes.
 *
 * @example
 * setAccess(form, { id: 'credit_limit' }, 'salesperson', 'hidden').fields[…].access // { salesperson: 'hidden', ... }
 */
export function setAccess(def: FormDefinition, ref: FieldRef, role: string, access: FieldAccess): FormDefinition {
  return updateField(def, ref, (f) => {
    const table: Record<string, FieldAccess> = { ...f.access };
    if (access === 'write') delete table[role];
    else table[role] = access;
    return patched(f, { access: Object.keys(table).length === 0 ? undefined : table });
  });
}

/**
 * Sets a formula's result type; `decimals` goes unless the result is a number or a percent
 * (money always has 2), and the value labels unless it is text.
 *
 * @example
 * setResultType(form, { id: 'equity' }, 'money')
 */
export function setResultType(def: FormDefinition, ref: FieldRef, resultType: FormulaResultType): FormDefinition {
  const keepDecimals = resultType === 'number' || resultType === 'percent';
  const drop = { ...(keepDecimals ? {} : { decimals: undefined }), ...(resultType === 'text' ? {} : { options: undefined }) };
  return updateField(def, ref, (f) => (f.type !== 'formula' ? f : patched(f, { resultType, ...drop })));
}

/** The properties of a field holding a condition on the form's other fields. */
export const CONDITION_PROPS = ['visibleWhen', 'requiredWhen'] as const;
export type ConditionProp = (typeof CONDITION_PROPS)[number];

/**
 * Sets (or, with `undefined`, removes) the condition under which a field is shown
 * (`visibleWhen`) or must be filled in (`requiredWhen`).
 *
 * @example
 * setFieldCondition(form, { id: 'news_notes' }, 'requiredWhen', { fact: 'negative_news', operator: 'equal', value: true })
 */
export function setFieldCondition(def: FormDefinition, ref: FieldRef, prop: ConditionProp, condition: Condition | undefined): FormDefinition {
  return patchField(def, ref, { [prop]: condition });
}

/**
 * Sets the form's name, or its description (two blank texts remove a description).
 *
 * @example
 * setFormText(form, 'name', { 'zh-CN': '客户档案', en: 'Customer profile' })
 */
export function setFormText(def: FormDefinition, key: 'name' | 'description', text: LocalizedText): FormDefinition {
  if (key === 'name') return { ...def, name: text };
  const { description: _, ...rest } = def;
  return text['zh-CN'].trim() === '' && text.en.trim() === '' ? rest : { ...def, description: text };
}

/** A form's own choice of one of its fields: the one that titles its records, or the one that tells their state. */
export type ChosenField = 'titleField' | 'stateField';

/**
 * Sets the field the form chooses for `key`, or (undefined) clears it: records are then titled by
 * the form's first text field, or shown with no state.
 *
 * @example
 * setChosenField(supplier, 'titleField', 'supplier_name').titleField // 'supplier_name'
 * setChosenField(salesOrder, 'stateField', 'status').stateField // 'status'
 */
export function setChosenField(def: FormDefinition, key: ChosenField, fieldId: string | undefined): FormDefinition {
  const { [key]: _, ...rest } = def;
  return fieldId === undefined ? rest : { ...def, [key]: fieldId };
}
