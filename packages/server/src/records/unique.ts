/** @module Unique fields, enforced without races: one advisory lock per (tenant, form, field, value). */
import type { CompiledForm } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { json } from '../db/port.js';
import type { FieldProblem } from '../http/app-error.js';

function labelOf(form: CompiledForm, fieldId: string): { en: string; zh: string } {
  const field = form.definition.fields.find((f) => f.id === fieldId);
  return { en: field?.label.en ?? fieldId, zh: field?.label['zh-CN'] ?? fieldId };
}

/**
 * Problems for unique fields of `data` whose value another live record of the form already
 * holds. Each value is locked first (`pg_advisory_xact_lock`, held to the end of the
 * transaction, taken in one sorted order so two writers cannot deadlock), so two
 * transactions writing the same value one after the other: the second waits, then sees the
 * first's committed row (read committed takes a new snapshot per statement). Given the
 * record's stored values (`before`), a field keeping its value is not checked again: the
 * record already holds it.
 *
 * @example
 * const problems = await uniqueProblems(tx, tenantId, 'customer', form, data, recordId);
 */
export async function uniqueProblems(
  tx: Queryable, tenantId: string, formId: string, form: CompiledForm, data: Record<string, unknown>, recordId: string, before?: Readonly<Record<string, unknown>>,
): Promise<FieldProblem[]> {
  const held = form.uniqueFields
    .filter((f) => Object.hasOwn(data, f) && data[f] !== null && data[f] !== '' && (before === undefined || before[f] !== data[f]))
    .map((f) => ({ field: f, key: JSON.stringify([tenantId, formId, f, data[f]]) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const problems: FieldProblem[] = [];
  for (const { field, key } of held) {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
    const taken = await tx.query(
      'SELECT 1 FROM records WHERE tenant_id = $1 AND form_id = $2 AND deleted_at IS NULL AND id <> $3 AND data @> $4 LIMIT 1',
      [tenantId, formId, recordId, json({ [field]: data[field] })],
    );
    if (taken.length > 0) {
      const label = labelOf(form, field);
      problems.push({
        path: `/${field}`,
        code: 'record.unique',
        message: `Another record already has this "${label.en}": it must be unique, so enter a different value or edit that record.`,
        messageZh: `已有其他记录使用了相同的"${label.zh}"：该字段必须唯一，请输入其他值或编辑那条记录。`,
      });
    }
  }
  return problems;
}
