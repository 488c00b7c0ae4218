/** @module Writing fields into a stored record outside a user's request (rules, approvals, rollups): checked, computed, scored. */
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import type { AppError, FieldProblem } from '../http/app-error.js';
import { fillDerived } from '../records/derived.js';
import { businessDay } from '../records/form.js';
import type { LoadedForm } from '../records/form.js';
import { writeRevision } from '../records/store.js';
import type { Change, StoredRecord } from '../records/store.js';
import { uniqueProblems } from '../records/unique.js';
import { scoredWrite } from '../scoring/on-write.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes `fields` (null empties a field) into `rec` as a new revision checked against `form`:
 * lookups and rollups filled again, formulas computed, unique values checked, then scored.
 * Returns `rec` itself, unwritten, when nothing would change. Problems become `invalid(problems)`
 * (a 422 that rolls the whole transaction back).
 *
 * @example
 * const next = await rewriteRecord(tx, form, rec, new Map([['approval_status', 'approved']]), { tenantId, userId, now });
 */
export async function rewriteRecord(
  tx: Queryable, form: LoadedForm, rec: StoredRecord, fields: ReadonlyMap<string, unknown>, by: Change & { readonly tenantId: string },
  invalid: (problems: readonly FieldProblem[]) => AppError = validationFailed,
): Promise<StoredRecord> {
  const today = businessDay(by.now);
  const input: Record<string, unknown> = { ...rec.data };
  for (const f of form.compiled.definition.fields) if (f.type === 'formula') delete input[f.id];
  for (const [field, value] of fields) {
    if (value === null) delete input[field];
    else input[field] = value;
  }
  const filled = await fillDerived(tx, by.tenantId, form.compiled.definition, rec.id, input, false);
  const problems = form.compiled.validateRecord(filled, { today });
  if (problems.length > 0) throw invalid(problems);
  const data = form.compiled.computeRecord(filled, { today });
  if (same(data, rec.data)) return rec;
  const taken = await uniqueProblems(tx, by.tenantId, rec.formId, form.compiled, data, rec.id, rec.data);
  if (taken.length > 0) throw invalid(taken);
  const next = { id: rec.id, formId: rec.formId, formVersion: form.version, data, revision: rec.revision + 1 };
  return scoredWrite(tx, by.tenantId, writeRevision(tx, by.tenantId, rec, next, 'update', by), next, by.now);
}
