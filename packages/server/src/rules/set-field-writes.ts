/** @module The fields rules set, and the 422 when they would leave a record invalid. */
import { appendLine } from '@heng/engine';
import { AppError } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { RuleRef } from '../records/store.js';

/** A field a rule sets, and which rule set and rule set it. */
export interface FieldWrite {
  readonly value: unknown;
  readonly ruleSet: string;
  readonly rule: string;
}

/**
 * Puts what a rule sets in `field` into `writes`: `w`'s value, or with `append` its line after
 * what an earlier write of the round left there (a cleared field: the line alone), else after
 * what the record holds (`data`).
 *
 * @example
 * putWrite(writes, 'notes', { value: 'Written off', ruleSet: 'write_off', rule: 'bad_debt' }, true, rec.data)
 */
export function putWrite(writes: Map<string, FieldWrite>, field: string, w: FieldWrite, append: boolean, data: Readonly<Record<string, unknown>> | undefined): void {
  writes.set(field, append ? { ...w, value: appendLine((writes.get(field) ?? { value: data?.[field] }).value, w.value) } : w);
}

/**
 * The rules that made `writes`, each once: what the revision they write keeps as its `via`.
 *
 * @example
 * rulesOf(new Map([['stage', { value: 'review', ruleSet: 'risk', rule: 'sued' }]])) // [{ ruleSet: 'risk', rule: 'sued' }]
 */
export function rulesOf(writes: ReadonlyMap<string, FieldWrite>): RuleRef[] {
  return [...new Map([...writes.values()].map((w) => [JSON.stringify([w.ruleSet, w.rule]), { ruleSet: w.ruleSet, rule: w.rule }])).values()];
}

/**
 * The 422 for a record the rules' `writes` would leave invalid: each problem says which rule set
 * its field, and the detail names the record when it is not the one the rules ran on (`other`).
 *
 * @example
 * throw invalidSetField(problems, new Map([['points', { value: 120, ruleSet: 'overshoot', rule: 'boost' }]]));
 */
export function invalidSetField(problems: readonly FieldProblem[], writes: ReadonlyMap<string, FieldWrite>, other?: { formId: string; id: string }): AppError {
  const named = problems.map((p) => {
    const w = writes.get(p.path.split('/')[1] ?? '');
    const by = w === undefined ? 'rules' : `rule "${w.rule}" of rule set "${w.ruleSet}"`;
    const byZh = w === undefined ? '规则' : `规则集 "${w.ruleSet}" 的规则 "${w.rule}"`;
    return { ...p, message: `Set by ${by}: ${p.message}`, messageZh: `由${byZh}设置：${p.messageZh}` };
  });
  const first = [...writes.entries()].find(([f]) => named.some((p) => p.path.split('/')[1] === f));
  const who = first === undefined ? 'a rule' : `rule "${first[1].rule}" of rule set "${first[1].ruleSet}" (field "${first[0]}")`;
  const record = other === undefined ? 'The record' : `The ${other.formId} record "${other.id}"`;
  const recordZh = other === undefined ? '记录' : `${other.formId} 记录 "${other.id}"`;
  return new AppError('rules.invalid_set_field', 422, `${record} would be invalid after ${who} set it: fix the rule's value, or the form's validation. Nothing was saved.`, {
    messageZh: `规则设置字段后${recordZh}将不合法：${who}。请修改规则的取值或表单校验。未保存任何内容。`,
    problems: named,
  });
}
