/** @module A user's write may point its reference fields only at live records of their forms that the user reaches. */
import type { FormDefinition, ReferenceField } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import type { FieldProblem } from '../http/app-error.js';
import { latestForm } from './form.js';
import { reaches } from './row-access.js';
import type { RowReader } from './row-access.js';
import { findRecord } from './store.js';

/**
 * Problems with the references `input` sets (all when `creating`, else those that changed from
 * `before`): each must name a live record of the field's form that `who` reaches. A record out of
 * their reach gets the same words as one that does not exist, so nothing leaks.
 *
 * @example
 * await referenceProblems(tx, def, {}, { customer: 'c_42' }, writer, true) // [] or [{ path: '/customer', code: 'record.reference.unknown', ... }]
 */
export async function referenceProblems(
  tx: Queryable, def: FormDefinition, before: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>, who: RowReader & { readonly tenantId: string }, creating: boolean,
): Promise<FieldProblem[]> {
  const out: FieldProblem[] = [];
  for (const field of def.fields.filter((f): f is ReferenceField => f.type === 'reference')) {
    const id = input[field.id];
    if (typeof id !== 'string' || id === '' || (!creating && before[field.id] === id)) continue;
    const target = await latestForm(tx, compiledDefinitions, who.tenantId, field.target);
    const rec = await findRecord(tx, who.tenantId, field.target, id);
    if (rec !== undefined && reaches(target.compiled.definition, rec.data, who)) continue;
    out.push({
      path: `/${field.id}`,
      code: 'record.reference.unknown',
      message: `"${field.label.en}" names ${field.target} "${id}", which does not exist or is not yours to see: pick one from the list.`,
      messageZh: `"${field.label['zh-CN']}" 所填的 ${field.target} "${id}" 不存在或您无权查看：请从列表中选择。`,
    });
  }
  return out;
}
