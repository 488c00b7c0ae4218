/** @module A record checked against its form: unknown fields, computed fields, required (always or by a condition) when visible, values, the form's checks across fields. */
import { compileCondition, conditionFacts } from '../condition/index.js';
import { pointer } from '../core/json-pointer.js';
import type { LocalizedText } from '../core/localized.js';
import { problem, type Problem } from '../core/problem.js';
import { isPlainObject } from '../core/json.js';
import { ownValue } from '../core/own.js';
import { hint } from '../core/suggest.js';
import { fieldAccess } from './access.js';
import type { Computer } from './compute.js';
import { checkFieldValue, computedProblem, requiredProblem, requiredWhenProblem } from './record-values.js';
import type { FieldDefinition, FormDefinition, RecordCheckOptions } from './types.js';
import type { Requirement, Visibility } from './visibility.js';
import { isEmpty, sameValue } from './values.js';

/** The label of the field `id` names (a condition's fact), or the id itself. */
function labelOf(fields: readonly FieldDefinition[], id: string): LocalizedText {
  return fields.find((f) => f.id === id)?.label ?? { en: id, 'zh-CN': id };
}

/** Validates records of one compiled form. */
export type RecordChecker = (record: unknown, options: RecordCheckOptions) => Problem[];

/**
 * Builds the record validator of a form. A field must be filled when it is required (always, or
 * because its `requiredWhen` holds), shown
 * (its condition evaluated on the record with formulas computed) and, if a role is given,
 * writable by that role: nobody is asked for what they cannot enter. Values are checked even
 * when hidden, so nothing malformed is stored. Formula values sent by the client must match
 * what the engine computes (sending back a record read from the server is fine). Each of the
 * form's checks whose fields are all filled must hold, else its message is the problem on its field.
 *
 * @example
 * const check = recordChecker(form, computer(form), visibility(form.fields), requirement(form.fields));
 * check({ annual_sales: -1 }, { today: '2024-05-01' })
 * // [{ path: '/annual_sales', code: 'value.min', message: 'Annual sales must be at least 0: enter 0 or more.', messageZh: '年销售额不能小于 0：请填写不小于 0 的值。' }, ...]
 */
export function recordChecker(def: FormDefinition, compute: Computer, isVisible: Visibility, isRequired: Requirement): RecordChecker {
  const ids = def.fields.map((f) => f.id);
  const because = new Map(def.fields.map((f) => [f.id, f.requiredWhen === undefined ? [] : conditionFacts(f.requiredWhen).map((id) => labelOf(def.fields, id))]));
  const checks = (def.checks ?? []).map((c) => ({ ...c, holds: compileCondition(c.condition), facts: conditionFacts(c.condition) }));
  return (record, options) => {
    if (!isPlainObject(record)) {
      return [problem('', 'record.type', 'A record must be an object of field values, like { "company_name": "…" }.', '记录应为字段取值组成的对象，如 { "company_name": "…" }。')];
    }
    const out: Problem[] = [];
    for (const key of Object.keys(record)) {
      if (ids.includes(key)) continue;
      const h = hint(key, ids);
      out.push(problem(pointer('', key), 'record.field.unknown', `Unknown field "${key}": remove it.${h.en}`, `未知字段 "${key}"，请删除。${h.zh}`));
    }
    const computed = compute(record, { today: options.today });
    for (const field of def.fields) {
      const at = { path: pointer('', field.id), label: field.label, today: options.today };
      const value = ownValue(record, field.id);
      const done = ownValue(computed, field.id);
      if (field.type === 'formula') {
        if (value !== undefined && !sameValue(value, done)) out.push(computedProblem(at, done));
      } else if (!isEmpty(value)) {
        // One by one: a sub-table may hold more problems than a spread can pass as arguments.
        for (const p of checkFieldValue(field, value, at, done)) out.push(p);
      } else if (isRequired(field.id, computed) && isVisible(field.id, computed) && (options.role === undefined || fieldAccess(field, options.role) === 'write')) {
        out.push(field.required === true ? requiredProblem(at) : requiredWhenProblem(at, because.get(field.id) ?? []));
      }
    }
    for (const c of checks) {
      if (c.facts.some((f) => isEmpty(ownValue(computed, f))) || c.holds(computed)) continue;
      out.push(problem(pointer('', c.field), 'record.check', c.message.en, c.message['zh-CN']));
    }
    return out;
  };
}
