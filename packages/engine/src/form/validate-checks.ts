/** @module Semantic checks of a form's rules across fields (`checks`): unique ids, a field to show the problem on, a condition on this form's fields. */
import { operators, validateCondition } from '../condition/index.js';
import type { Operator } from '../condition/index.js';
import type { FieldCatalog } from '../core/catalog.js';
import { isPlainObject } from '../core/json.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import type { FormDefinition } from './types.js';

/**
 * Problems with the form's `checks`: an id used twice, a field the form lacks, a condition that
 * names a field the form lacks or compares it with a value of another kind.
 *
 * @example
 * checkChecks(payment, formCatalog(payment)) // [{ path: '/checks/0/field', code: 'form.check.field', ... }]
 */
export function checkChecks(def: FormDefinition, own: FieldCatalog): Problem[] {
  const seen = new Set<string>();
  return (def.checks ?? []).flatMap((check, i) => {
    const at = pointer('/checks', i);
    const out: Problem[] = [];
    if (seen.has(check.id)) out.push(problem(pointer(at, 'id'), 'form.check.duplicate', `Another check already has the id "${check.id}": give each check its own.`, `已有校验规则使用标识 "${check.id}"：请为每条规则取不同的标识。`));
    seen.add(check.id);
    if (!def.fields.some((f) => f.id === check.field)) {
      const h = hint(check.field, def.fields.map((f) => f.id));
      out.push(problem(pointer(at, 'field'), 'form.check.field', `The form has no field "${check.field}" to show this check's message on: pick one of its fields.${h.en}`, `表单中没有字段 "${check.field}" 来显示该校验规则的提示：请选择本表单的字段。${h.zh}`));
    }
    out.push(...validateCondition(check.condition, own, pointer(at, 'condition')));
    out.push(...emptinessTests(check.condition, pointer(at, 'condition')));
    return out;
  });
}

/**
 * An emptiness test in a check, refused: a check is skipped while a field it names is empty, so
 * "is empty" would refuse every filled value and "is not empty" nothing. Required is the tool.
 */
function emptinessTests(c: unknown, at: string): Problem[] {
  // Read as any value: a malformed condition has its problems from validateCondition already.
  if (!isPlainObject(c)) return [];
  if (Array.isArray(c.all)) return c.all.flatMap((x: unknown, i) => emptinessTests(x, pointer(at, 'all', i)));
  if (Array.isArray(c.any)) return c.any.flatMap((x: unknown, i) => emptinessTests(x, pointer(at, 'any', i)));
  if ('not' in c) return emptinessTests(c.not, pointer(at, 'not'));
  const op = typeof c.operator === 'string' && Object.hasOwn(operators, c.operator) ? operators[c.operator as Operator] : undefined;
  if (op?.value !== 'none') return [];
  return [
    problem(
      pointer(at, 'operator'),
      'form.check.empty',
      `A check cannot test "${op.label.en}": it is skipped while a field it names is empty. To have a field filled in, make it required, or required when another field says so.`,
      `校验规则不能使用“${op.label['zh-CN']}”：所涉字段为空时校验规则不生效。要求填写某字段，请将其设为必填，或在满足条件时必填。`,
    ),
  ];
}
