/** @module Checks of lookup and rollup fields against the forms they read: the reference they go through, the field they take. */
import { validateCondition } from '../condition/index.js';
import type { FieldCatalog, FieldInfo } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { KIND_NAMES } from '../core/catalog.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { resultKinds } from './fields/computed-value.js';
import type { FormDefinition, LookupField, RollupField } from './types.js';

/** The catalog of form `formId`: this form's own while it is being checked, else the published one (undefined when unknown). */
export const catalogFor = (formId: string, def: FormDefinition, own: FieldCatalog, ctx: ReferenceContext): FieldCatalog | undefined => (formId === def.id ? own : ctx.forms.get(formId));

/** A field a form lacks, with the nearest id it has. */
export function unknownField(at: string, id: string, where: FieldCatalog, formId: string): Problem {
  const h = hint(id, [...where.keys()]);
  return problem(at, 'field.derived.unknown', `Form "${formId}" has no field "${id}".${h.en}`, `表单 "${formId}" 中没有字段 "${id}"。${h.zh}`);
}

function kindMismatch(at: string, info: FieldInfo, resultType: string): Problem {
  const k = KIND_NAMES[info.kind];
  return problem(at, 'field.derived.resultType', `"${info.id}" holds ${k.en}, but the result type is "${resultType}": pick a result type of that kind.`, `"${info.id}" 的值为${k.zh}，但结果类型为 "${resultType}"：请选择与之相符的结果类型。`);
}

/** A lookup's `refreshWhen`: a condition on this form's own fields, for a lookup that is otherwise kept as copied. */
function checkRefresh(field: LookupField, at: string, own: FieldCatalog): Problem[] {
  if (field.refreshWhen === undefined) return [];
  if (field.copy !== 'on_create') {
    return [problem(pointer(at, 'refreshWhen'), 'field.lookup.refreshWhen', 'This lookup is copied again on every save, so a condition for copying it again does nothing: remove "refreshWhen", or set "copy" to "on_create".', '该关联字段每次保存都会重新复制，“何时重新复制”的条件不起作用：请删除 "refreshWhen"，或将 "copy" 设为 "on_create"。')];
  }
  return validateCondition(field.refreshWhen, own, pointer(at, 'refreshWhen'));
}

function checkLookup(field: LookupField, at: string, def: FormDefinition, own: FieldCatalog, ctx: ReferenceContext): Problem[] {
  return [...checkRefresh(field, at, own), ...checkSource(field, at, def, own, ctx)];
}

function checkSource(field: LookupField, at: string, def: FormDefinition, own: FieldCatalog, ctx: ReferenceContext): Problem[] {
  const via = own.get(field.via);
  if (via === undefined) return [unknownField(pointer(at, 'via'), field.via, own, def.id)];
  if (via.type !== 'reference' || via.target === undefined) {
    return [problem(pointer(at, 'via'), 'field.lookup.via', `"${field.via}" is not a reference field: a lookup reads the record a reference field points at.`, `"${field.via}" 不是关联记录字段：关联字段读取的是关联记录字段所指向的记录。`)];
  }
  const target = catalogFor(via.target, def, own, ctx);
  if (target === undefined) return [];
  const source = target.get(field.field);
  if (source === undefined) return [unknownField(pointer(at, 'field'), field.field, target, via.target)];
  return source.kind === resultKinds[field.resultType] ? [] : [kindMismatch(pointer(at, 'resultType'), source, field.resultType)];
}

function checkRollup(field: RollupField, at: string, def: FormDefinition, own: FieldCatalog, ctx: ReferenceContext): Problem[] {
  const source = catalogFor(field.from, def, own, ctx);
  if (source === undefined) {
    const h = hint(field.from, [...ctx.forms.keys()]);
    return [problem(pointer(at, 'from'), 'field.rollup.from', `Form "${field.from}" does not exist.${h.en || ' Publish it first.'}`, `表单 "${field.from}" 不存在。${h.zh || '请先发布该表单。'}`)];
  }
  const out: Problem[] = [];
  const via = source.get(field.via);
  if (via === undefined) out.push(unknownField(pointer(at, 'via'), field.via, source, field.from));
  else if (via.type !== 'reference' || via.target !== def.id) {
    out.push(problem(pointer(at, 'via'), 'field.rollup.via', `"${field.via}" of form "${field.from}" does not point at this form: pick the reference field that links its records to this one.`, `表单 "${field.from}" 的 "${field.via}" 并不指向本表单：请选择将其记录关联到本表单的字段。`));
  }
  if (field.aggregate === 'count') {
    if (field.field !== undefined) out.push(problem(pointer(at, 'field'), 'field.rollup.count', 'A count counts records: remove "field".', '计数统计的是记录条数：请删除 "field"。'));
    else if (field.resultType !== 'number') out.push(problem(pointer(at, 'resultType'), 'field.rollup.count', 'A count is a number: set the result type to "number".', '计数结果为数字：请将结果类型设为 "number"。'));
  } else if (field.field === undefined) {
    out.push(problem(at, 'field.rollup.field', `A ${field.aggregate} needs the field it combines: set "field".`, `${field.aggregate} 需要指定汇总的字段：请设置 "field"。`));
  } else {
    const taken = source.get(field.field);
    const allowed = field.aggregate === 'sum' ? ['number'] : ['number', 'date'];
    if (taken === undefined) out.push(unknownField(pointer(at, 'field'), field.field, source, field.from));
    else if (!allowed.includes(taken.kind)) {
      out.push(problem(pointer(at, 'field'), 'field.rollup.kind', `A ${field.aggregate} takes ${field.aggregate === 'sum' ? 'numbers' : 'numbers or dates'}; "${field.field}" holds ${KIND_NAMES[taken.kind].en}.`, `${field.aggregate} 只能汇总${field.aggregate === 'sum' ? '数字' : '数字或日期'}；"${field.field}" 的值为${KIND_NAMES[taken.kind].zh}。`));
    } else if (taken.kind !== resultKinds[field.resultType]) out.push(kindMismatch(pointer(at, 'resultType'), taken, field.resultType));
  }
  if (field.where !== undefined) out.push(...validateCondition(field.where, source, pointer(at, 'where')));
  return out;
}

/**
 * Every problem of the form's lookups and rollups: the reference field a lookup goes through,
 * the field it copies and when it is copied again; a rollup's source form, the reference linking it here, the field it
 * combines, its filter, and whether the result type fits.
 *
 * @example
 * checkDerived(order, formCatalog(order), ctx) // [{ path: '/fields/4/field', code: 'field.derived.unknown', message: 'Form "customer" has no field "credit_limt". Did you mean "credit_limit"?', ... }]
 */
export function checkDerived(def: FormDefinition, own: FieldCatalog, ctx: ReferenceContext): Problem[] {
  return def.fields.flatMap((field, i) => {
    const at = pointer('/fields', i);
    if (field.type === 'lookup') return checkLookup(field, at, def, own, ctx);
    if (field.type === 'rollup') return checkRollup(field, at, def, own, ctx);
    return [];
  });
}
