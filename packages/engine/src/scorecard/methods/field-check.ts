/** @module Checks that a method's field exists on the form and has a kind the method can use. */
import { KIND_NAMES, type FieldInfo, type ValueKind } from '../../core/catalog.js';
import { problem, type Problem } from '../../core/problem.js';
import { hint } from '../../core/suggest.js';
import type { FieldScope } from './spec.js';

/** How a list of kinds reads in a message. */
export function kindsText(kinds: readonly ValueKind[]): { en: string; zh: string } {
  return { en: kinds.map((k) => KIND_NAMES[k].en).join(' or '), zh: kinds.map((k) => KIND_NAMES[k].zh).join('或') };
}

/**
 * The field `id` of the scope's form, or a problem saying it is missing or of the wrong kind.
 * With no catalog (the form itself is unknown) there is nothing to check.
 *
 * @example
 * checkField(scope, '/factors/0/method/field', 'debt_ratoi', ['number'], { en: 'the bands method', zh: '区间法' })
 * // { problems: [{ code: 'scorecard.field.unknown', message: 'Factor "debt" reads field "debt_ratoi", which form "customer" does not have. Did you mean "debt_ratio"?', ... }] }
 */
export function checkField(
  scope: FieldScope,
  path: string,
  id: string,
  kinds: readonly ValueKind[],
  needer: { readonly en: string; readonly zh: string },
): { field?: FieldInfo; problems: Problem[] } {
  if (scope.catalog === undefined) return { problems: [] };
  const field = scope.catalog.get(id);
  if (field === undefined) {
    const h = hint(id, [...scope.catalog.keys()]);
    return {
      problems: [
        problem(
          path,
          'scorecard.field.unknown',
          `${scope.owner.en} reads field "${id}", which form "${scope.formId}" does not have.${h.en}`,
          `${scope.owner.zh} 引用的字段 "${id}" 不在表单 "${scope.formId}" 中。${h.zh}`,
        ),
      ],
    };
  }
  if (!kinds.includes(field.kind)) {
    const want = kindsText(kinds);
    const is = KIND_NAMES[field.kind];
    return {
      field,
      problems: [
        problem(
          path,
          'scorecard.field.kind',
          `${scope.owner.en}: field "${id}" is ${is.en} (${field.type}); ${needer.en} needs ${want.en} field. Pick another field or method.`,
          `${scope.owner.zh}：字段 "${id}" 是${is.zh}（${field.type}），${needer.zh}需要${want.zh}字段。请换一个字段或方法。`,
        ),
      ],
    };
  }
  return { field, problems: [] };
}
