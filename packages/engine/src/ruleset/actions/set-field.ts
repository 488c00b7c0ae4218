/** @module `set_field`: writes a literal or a formula's result into a field of the record, or of the record a reference field points to. */
import type { Facts } from '../../condition/types.js';
import { KIND_NAMES } from '../../core/catalog.js';
import type { FieldCatalog } from '../../core/catalog.js';
import { toUtcDatetime } from '../../core/calendar.js';
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { hint } from '../../core/suggest.js';
import { settleMoney } from '../../core/money.js';
import { problem, type Problem } from '../../core/problem.js';
import { checkFormula, compileFormula } from '../../formula/index.js';
import { checkFieldRef } from '../refs.js';
import { checkValue } from '../value-check.js';
import { checkTarget, resolveReference } from './recipient.js';
import { checkFormulaResults } from './set-field-results.js';
import type { ActionCheckEnv, ActionSpec, SetFieldAction, SetFieldEffect } from './types.js';

const hasValue = (a: SetFieldAction): boolean => a.value !== undefined;
const hasFormula = (a: SetFieldAction): boolean => a.formula !== undefined;

/**
 * The fields the action may write: the form's own, or with `on` those of the form its reference
 * field points to; null when that is not known (no form, or `on` is not a reference to a known form).
 */
function writableFields(on: string | undefined, fields: FieldCatalog | null, forms: ReadonlyMap<string, FieldCatalog>): FieldCatalog | null {
  if (on === undefined || fields === null) return fields;
  const target = fields.get(on)?.target;
  return target === undefined ? null : (forms.get(target) ?? null);
}

/** Problems with the form `on` points to, and with `field` in it: the form must be published and have the field. */
function checkLinkedField(action: SetFieldAction & { on: string }, env: ActionCheckEnv, path: string): Problem[] {
  const formId = env.fields?.get(action.on)?.target;
  if (formId === undefined) return [];
  const target = env.ctx.forms.get(formId);
  if (target === undefined) {
    return [problem(pointer(path, 'on'), 'ruleset.set_field.target_form', `"${action.on}" points to form "${formId}", which is not published: publish it before this rule set.`, `"${action.on}" 指向的表单 "${formId}" 尚未发布：请先发布该表单。`)];
  }
  if (target.has(action.field)) return [];
  const h = hint(action.field, [...target.keys()]);
  return [problem(pointer(path, 'field'), 'ruleset.field.unknown', `Form "${formId}" (which "${action.on}" points to) has no field "${action.field}".${h.en}`, `"${action.on}" 指向的表单 "${formId}" 没有字段 "${action.field}"。${h.zh}`)];
}

/** The value to write into a field of `type`, as records store it: money to fen, date-times in canonical UTC. */
function settlerFor(type: string | undefined): ((v: unknown) => unknown) | undefined {
  if (type === 'money') return (v) => (typeof v === 'number' ? settleMoney(v) : v);
  if (type === 'datetime') return (v) => toUtcDatetime(v) ?? v;
  return undefined;
}

/**
 * What a field holding `current` holds once `line` is added as a new line ({@link SetFieldEffect}'s
 * `append`): `line` alone when the field is empty, `current` alone when `line` is.
 *
 * @example
 * appendLine('Sued by a supplier', 'Invoice INV-7 written off') // 'Sued by a supplier\nInvoice INV-7 written off'
 */
export function appendLine(current: unknown, line: unknown): unknown {
  const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  if (blank(line)) return current ?? null;
  return blank(current) ? line : `${String(current).trimEnd()}\n${String(line)}`;
}

/**
 * Sets a field. A money field gets the formula's result rounded half up to fen, so the stored
 * amount is the one a person would write, and no amount (null) past what money holds; a
 * date-time field gets canonical UTC, as the form's `computeRecord` stores date-times. A
 * formula into a select, user or reference field may give only values that field holds. With
 * `on`, the field is one of the referenced record's form and the formula still reads this record.
 * With `append`, the value is a line added to what a multi-line text field holds when the server
 * writes it (a reason per write-off), so two writes at once keep both lines.
 *
 * @example
 * { kind: 'set_field', id: 'stage', field: 'collection_stage', value: 'notice' }
 * { kind: 'set_field', id: 'limit', field: 'credit_limit', formula: 'annual_sales * 0.2' }
 * { kind: 'set_field', id: 'grant', on: 'customer', field: 'credit_limit', formula: 'approved_amount' }
 * { kind: 'set_field', id: 'why', on: 'customer', field: 'blacklist_reason', append: true, formula: '"Invoice " & invoice_no & " written off"' }
 */
export const setFieldAction: ActionSpec<SetFieldAction, SetFieldEffect> = {
  kind: 'set_field',
  label: { 'zh-CN': '设置字段', en: 'Set field' },
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'set_field' },
      id: idSchema,
      field: idSchema,
      on: idSchema,
      value: true,
      formula: { type: 'string', minLength: 1, maxLength: 2000 },
      append: { type: 'boolean' },
    },
    required: ['kind', 'id', 'field'],
    additionalProperties: false,
  },
  check(action, env, path) {
    const out: Problem[] = [];
    if (hasValue(action) === hasFormula(action)) {
      out.push(
        hasValue(action)
          ? problem(path, 'ruleset.set_field.source', 'Give either a value or a formula, not both: remove one.', '值和公式只能填一个，请删除其一。')
          : problem(path, 'ruleset.set_field.source', 'Give the value to write (null clears the field) or a formula that computes it.', '请填写要写入的值（null 表示清空），或计算它的公式。'),
      );
    }
    if (action.on !== undefined) {
      const onProblems = [...checkTarget(action.on, env, pointer(path, 'on')), ...checkLinkedField({ ...action, on: action.on }, env, path)];
      if (onProblems.length > 0) return [...out, ...onProblems];
    }
    const writable = writableFields(action.on, env.fields, env.ctx.forms);
    if (writable === null) return out;
    const field = writable.get(action.field);
    const at = pointer(path, 'field');
    if (field === undefined) return [...out, ...checkFieldRef(writable, action.field, at)];
    if (action.append === true && field.type !== 'long_text') {
      out.push(problem(pointer(path, 'append'), 'ruleset.set_field.append', `Only a multi-line text field takes a new line, and "${field.id}" is a ${field.type} field: untick "Add as a new line", or write a multi-line text field.`, `只有多行文本字段可以追加一行，"${field.id}" 是 ${field.type} 字段：请取消“追加为新的一行”，或改写多行文本字段。`));
    }
    if (field.computed === true) {
      out.push(problem(at, 'ruleset.set_field.readonly', `"${field.id}" is a computed field (formula, lookup or rollup), so a rule cannot set it. Set a field it is computed from instead.`, `"${field.id}" 是计算字段（公式、关联字段或汇总），规则不能设置它。请改为设置其计算所依据的字段。`));
    } else if (hasValue(action) && !hasFormula(action)) {
      out.push(...checkValue(field, action.value, pointer(path, 'value')));
    } else if (hasFormula(action) && !hasValue(action) && env.facts !== null) {
      const at = pointer(path, 'formula');
      const checked = checkFormula(action.formula as string, env.facts, at);
      out.push(...checked.problems);
      if (checked.kind !== undefined && checked.kind !== field.kind) {
        const [got, holds] = [KIND_NAMES[checked.kind], KIND_NAMES[field.kind]];
        out.push(problem(at, 'ruleset.set_field.kind', `The formula gives ${got.en}, but "${field.id}" holds ${holds.en}: change the formula or the field.`, `公式结果为${got.zh}，但字段 "${field.id}" 的值为${holds.zh}：请修改公式或字段。`));
      } else if (checked.kind !== undefined) {
        out.push(...checkFormulaResults(action.formula as string, field, env.facts, at));
      }
    }
    return out;
  },
  compile(action, env) {
    const { on } = action;
    const base = { kind: 'set_field', rule: env.rule, action: action.id, field: action.field, ...(action.append === true ? { append: true as const } : {}) } as const;
    const form = on === undefined ? undefined : env.fields.get(on)?.target;
    if (on !== undefined && form === undefined) throw new Error(`set_field "${action.id}" writes through "${on}", which is not a reference: validate the rule set before compiling it.`);
    const written = form === undefined ? env.fields : env.forms.get(form);
    const settle = settlerFor(written?.get(action.field)?.type) ?? ((v: unknown) => v);
    const targeted = (effect: SetFieldEffect, facts: Facts, reads: readonly string[]): SetFieldEffect =>
      on === undefined || form === undefined ? effect : { ...effect, target: { ...resolveReference(on, facts), form }, reads };
    if (action.formula === undefined) {
      const value = settle(action.value);
      return (facts) => targeted({ ...base, value }, facts, []);
    }
    const compiled = compileFormula(action.formula, env.facts);
    if (!compiled.ok) throw new Error(`set_field "${action.id}" has an invalid formula: validate the rule set before compiling it.`);
    const formula = compiled.value;
    return (facts, fenv) => targeted({ ...base, value: settle(formula.evaluate(facts, fenv)) }, facts, formula.references);
  },
};
