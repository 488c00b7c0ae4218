/** @module What still points at a record: the forms whose live records name it in a reference field, which keep it from being deleted. */
import type { FormDefinition, LocalizedText } from '@heng/engine';
import type { Queryable, SqlParam } from '../db/port.js';
import { latestBodies } from '../definitions/context.js';
import { AppError } from '../http/app-error.js';

/** Where a form's records name a record of another form: a top-level field, or a column of a sub-table. */
interface Pointer {
  readonly form: string;
  readonly field: string;
  readonly column?: string;
}

/** The reference fields and sub-table columns of `forms` that point at form `target`. */
function pointersAt(forms: Iterable<FormDefinition>, target: string): Pointer[] {
  const out: Pointer[] = [];
  for (const form of forms) {
    for (const field of form.fields) {
      if (field.type === 'reference' && field.target === target) out.push({ form: form.id, field: field.id });
      if (field.type === 'sub_table') {
        for (const column of field.columns) if (column.type === 'reference' && column.target === target) out.push({ form: form.id, field: field.id, column: column.id });
      }
    }
  }
  return out;
}

/**
 * The names of the forms (by their latest published version) with a live record other than
 * itself that names record `id` of form `formId`, top-level or in a sub-table row; one query.
 *
 * @example
 * await referringForms(tx, tenantId, 'customer', 'c_42') // [{ en: 'Receivable', 'zh-CN': '应收账款' }]
 */
export async function referringForms(tx: Queryable, tenantId: string, formId: string, id: string): Promise<LocalizedText[]> {
  const forms = await latestBodies<FormDefinition>(tx, tenantId, 'form');
  const pointers = pointersAt(forms.values(), formId);
  if (pointers.length === 0) return [];
  const params: SqlParam[] = [tenantId, id];
  const at = (value: string) => `$${params.push(value)}`;
  const tests = pointers.map((p) =>
    p.column === undefined
      ? `(form_id = ${at(p.form)} AND data ->> ${at(p.field)} = $2)`
      : `(form_id = ${at(p.form)} AND data -> ${at(p.field)} @> jsonb_build_array(jsonb_build_object(${at(p.column)}::text, $2::text)))`,
  );
  const rows = await tx.query<{ formId: string }>(
    `SELECT DISTINCT form_id AS "formId" FROM records WHERE tenant_id = $1 AND deleted_at IS NULL AND id <> $2 AND (${tests.join(' OR ')}) ORDER BY form_id`,
    params,
  );
  return rows.flatMap((r) => {
    const form = forms.get(r.formId);
    return form === undefined ? [] : [form.name];
  });
}

/**
 * 409: records of `forms` still name the record. Said by form, not by count or record: the
 * deleter may not reach them, and their names could tell what they hold.
 *
 * @example
 * throw stillReferenced([{ en: 'Receivable', 'zh-CN': '应收账款' }]);
 */
export function stillReferenced(forms: readonly LocalizedText[]): AppError {
  const en = forms.map((f) => `"${f.en}"`).join(', ');
  const zh = forms.map((f) => `“${f['zh-CN']}”`).join('、');
  return new AppError('record.referenced', 409, `Records of ${en} still refer to this record, and would point at nothing: it is kept while they do. It can be deleted only once they are deleted or point at another record, which may need someone whose role may change them.`, {
    messageZh: `仍有${zh}的记录引用此记录，删除后它们将无所指向，因此保留此记录。只有这些记录都已删除或改为引用其他记录后才能删除它；这可能需要有相应权限的同事处理。`,
  });
}
