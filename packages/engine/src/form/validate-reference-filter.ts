/** @module Checks of reference fields' filters against the forms they compare: the target's fields, this form's, the constants. */
import { validateCondition } from '../condition/index.js';
import { operators } from '../condition/operators.js';
import type { FieldCatalog, FieldInfo } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { KIND_NAMES } from '../core/catalog.js';
import { isPlainObject } from '../core/json.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import type { FormDefinition, ReferenceField, ReferenceFilter } from './types.js';
import { holds, sameAsMismatch } from './same-as.js';
import { catalogFor, unknownField } from './validate-derived.js';

function checkSameAs(entry: { field: string; sameAs: string }, theirs: FieldInfo, at: string, def: FormDefinition, own: FieldCatalog): Problem[] {
  const ours = own.get(entry.sameAs);
  if (ours === undefined) return [unknownField(pointer(at, 'sameAs'), entry.sameAs, own, def.id)];
  const mismatch = sameAsMismatch(theirs, ours);
  if (mismatch === undefined) return [];
  if (mismatch === 'computed') {
    return [problem(pointer(at, 'sameAs'), 'field.filter.sameAs', `"${entry.sameAs}" is computed (formula, lookup or rollup), so it is not known yet while the record is picked: compare with a field users fill in.`, `"${entry.sameAs}" 是计算得出的字段（公式、关联字段或汇总），选择记录时尚无取值：请改为与用户填写的字段比较。`)];
  }
  const a = holds(theirs);
  const b = holds(ours);
  return [problem(pointer(at, 'sameAs'), 'field.filter.sameAs', `"${theirs.id}" holds ${a.en} and "${ours.id}" holds ${b.en}, so they are never the same: pick a field of this form that holds ${a.en}.`, `"${theirs.id}" 的值为${a.zh}，而 "${ours.id}" 的值为${b.zh}，二者永远不会相同：请选择本表单中值为${a.zh}的字段。`)];
}

function checkEntry(entry: ReferenceFilter, at: string, def: FormDefinition, own: FieldCatalog, field: ReferenceField, target: FieldCatalog): Problem[] {
  const theirs = target.get(entry.field);
  if (theirs === undefined) return [unknownField(pointer(at, 'field'), entry.field, target, field.target)];
  if (!operators.equal.kinds.includes(theirs.kind)) {
    return [problem(pointer(at, 'field'), 'field.filter.kind', `"${entry.field}" holds ${KIND_NAMES[theirs.kind].en}, which a filter cannot compare: pick a field holding one value.`, `"${entry.field}" 的值为${KIND_NAMES[theirs.kind].zh}，筛选条件无法比较：请选择只有单个取值的字段。`)];
  }
  if ('sameAs' in entry) return checkSameAs(entry, theirs, at, def, own);
  if (isPlainObject(entry.value)) {
    return [problem(pointer(at, 'value'), 'field.filter.value', 'The value is compared as written: write a value (or a list for "in"), not an object.', '取值按原样比较：请填写一个值（"in" 则填写一组取值），不能是对象。')];
  }
  return validateCondition({ fact: entry.field, operator: entry.operator, value: entry.value }, target, at);
}

/** Exactly one way to compare: `sameAs`, or `operator` with `value`. */
function checkShape(entry: Partial<Record<'sameAs' | 'operator' | 'value', unknown>>, at: string): Problem[] {
  const same = entry.sameAs !== undefined;
  const constant = entry.operator !== undefined || entry.value !== undefined;
  if (same ? !constant : entry.operator !== undefined && entry.value !== undefined) return [];
  return [problem(at, 'field.filter.shape', 'Compare the field either with a field of this form ("sameAs") or with a value ("operator" and "value"): give one of them, complete.', '请将字段与本表单的字段比较（"sameAs"），或与取值比较（"operator" 和 "value"）：二者选其一，并填写完整。')];
}

/**
 * Every problem of the form's reference filters: an entry comparing in two ways or none, a field
 * the target form lacks or that holds several values, a `sameAs` this form lacks, computes or that
 * holds another kind of value (a reference to customer is compared with a reference to customer),
 * a constant that is not a value of the field (an option a select lacks). A sub-table column has no filter.
 *
 * @example
 * checkReferenceFilters(payment, formCatalog(payment), ctx) // [{ path: '/fields/3/filter/1/value', code: 'condition.value.option', ... }]
 */
export function checkReferenceFilters(def: FormDefinition, own: FieldCatalog, ctx: ReferenceContext): Problem[] {
  return def.fields.flatMap((field, i) => {
    if (field.type === 'sub_table') {
      return field.columns.flatMap((column, j) => (column.type === 'reference' && column.filter !== undefined ? [problem(pointer('/fields', i, 'columns', j, 'filter'), 'field.filter.column', 'A sub-table column\'s records cannot be filtered: remove "filter", or make it a field of the form.', '子表列的记录不能筛选：请删除 "filter"，或将其改为表单字段。')] : []));
    }
    if (field.type !== 'reference' || field.filter === undefined) return [];
    const target = catalogFor(field.target, def, own, ctx);
    return field.filter.flatMap((entry, j) => {
      const at = pointer('/fields', i, 'filter', j);
      const shape = checkShape(entry, at);
      return shape.length > 0 || target === undefined ? shape : checkEntry(entry, at, def, own, field, target);
    });
  });
}
