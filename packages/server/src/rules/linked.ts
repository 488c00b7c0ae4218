/** @module Rules' writes into the records their record references (set_field with `on`), made once that record has settled. */
import type { SetFieldEffect } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { findRecord } from '../records/store.js';
// Mutual recursion, as rules and rollups are: a write into a referenced record settles that record (its rules run) in turn.
import { MAX_CASCADE, reviseRecord } from './rollups.js';
import type { RuleWriter } from './run.js';
import { invalidSetField, putWrite, rulesOf } from './set-field-writes.js';
import type { FieldWrite } from './set-field-writes.js';

/** A field rules set in another record: the effect's target, which the applier found live. */
export interface LinkedWrite extends FieldWrite {
  readonly field: string;
  readonly form: string;
  readonly record: string;
  /** true: `value` is a line added to what the field holds once the record is locked. */
  readonly append?: true;
}

/**
 * The linked write of an applied set_field effect with a target; undefined for one on the
 * rule's own record or with an empty reference.
 *
 * @example
 * linkedWrite(effect, 'credit_application_outcome') // { form: 'customer', record: 'c_42', field: 'credit_limit', value: 800000, … }
 */
export function linkedWrite(effect: SetFieldEffect, ruleSet: string): LinkedWrite | undefined {
  const t = effect.target;
  if (t === undefined || t.record === null) return undefined;
  return { value: effect.value, ruleSet, rule: effect.rule, field: effect.field, form: t.form, record: t.record, ...(effect.append ? { append: true } : {}) };
}

function tooDeep(formId: string, id: string): AppError {
  return new AppError('rules.linked_depth', 422, `Rules kept writing into referenced records ${MAX_CASCADE} records deep (last: "${id}" of form "${formId}"): a rule that writes another record must not, through that record's rules, write back in a loop. Change the rule sets so the chain ends.`, {
    messageZh: `规则对关联记录的写入已连锁 ${MAX_CASCADE} 层（最后为表单 "${formId}" 的记录 "${id}"）：写入其他记录的规则不能经由该记录的规则循环写回。请修改规则集使链条终止。`,
  });
}

/**
 * Writes what rules set in referenced records, one revision per record (later rules win on a
 * field; a line added goes after what the record holds once locked), each checked against its form's latest version and settled in turn: scored, its own
 * rules run, rollups over it refreshed. One level of the cascade rollups count (then 422
 * `rules.linked_depth`); a value the record's form refuses is a 422 naming the record and rule.
 *
 * @example
 * await writeLinked(tx, [{ form: 'customer', record: 'c_42', field: 'credit_limit', value: 800000, ruleSet: 'outcome', rule: 'approved' }], by);
 */
export async function writeLinked(tx: Queryable, linked: readonly LinkedWrite[], by: RuleWriter): Promise<void> {
  const byRecord = new Map<string, { formId: string; id: string; writes: LinkedWrite[] }>();
  for (const w of linked) {
    const key = JSON.stringify([w.form, w.record]);
    byRecord.set(key, { formId: w.form, id: w.record, writes: [...(byRecord.get(key)?.writes ?? []), w] });
  }
  const cascade = (by.cascade ?? 0) + 1;
  const first = [...byRecord.values()][0];
  if (first !== undefined && cascade > MAX_CASCADE) throw tooDeep(first.formId, first.id);
  for (const { formId, id, writes: list } of byRecord.values()) {
    // A line is added to what the record holds once it is locked, not to what the rule read: two write-offs at once both keep theirs.
    const held = await findRecord(tx, by.tenantId, formId, id, 'no key update');
    const writes = new Map<string, FieldWrite>();
    for (const w of list) putWrite(writes, w.field, { value: w.value, ruleSet: w.ruleSet, rule: w.rule }, w.append === true, held?.data);
    const fields = Object.fromEntries([...writes].map(([field, w]) => [field, w.value]));
    await reviseRecord(tx, formId, id, fields, { ...by, cascade, via: rulesOf(writes) }, held, (problems) => invalidSetField(problems, writes, { formId, id }));
  }
}
