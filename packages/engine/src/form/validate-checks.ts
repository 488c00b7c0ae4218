/** @module Semantic checks of a form's rules across fields (`checks`): unique ids, a field to show the problem on, a condition on this form's fields. */
import { validateCondition } from '../condition/index.js';
import type { FieldCatalog } from '../core/catalog.js';
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
    return out;
  });
}
