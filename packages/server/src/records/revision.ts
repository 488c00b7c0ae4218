/**
 * @module The one write pipeline of a record, for users' writes and the system's rewrites (rules,
 * approvals, rollups): lookups and rollups filled, checked, formulas computed, unique values held,
 * then the next revision kept and scored.
 */
import { sameJson, tidyText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import type { AppError, FieldProblem } from '../http/app-error.js';
import { scoredWrite } from '../scoring/on-write.js';
import { fillDerived } from './derived.js';
import { businessDay } from './form.js';
import type { LoadedForm } from './form.js';
import { writeRevision } from './store.js';
import type { Change, StoredRecord } from './store.js';
import { uniqueProblems } from './unique.js';

/** Who writes, in which tenant, and when. */
type Author = Change & { readonly tenantId: string };

/**
 * A JSON merge patch (RFC 7386) of a record's top-level fields: null removes a field.
 *
 * @example
 * merged({ a: 1, b: 2 }, { b: null, c: 3 }) // { a: 1, c: 3 }
 */
export function merged(before: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out = { ...before };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/**
 * The input of a write to a stored record: its values less its formula fields (computed again
 * from the result), with `patch` merged in, its text tidied (`tidyText`: a user's change, an
 * approver's edits and a rule's writes alike).
 *
 * @example
 * patched(form, rec.data, { annual_sales: null }) // rec.data without annual_sales and the formulas
 */
export function patched(form: LoadedForm, data: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out = { ...data };
  const { fields } = form.compiled.definition;
  for (const f of fields) if (f.type === 'formula') delete out[f.id];
  return merged(out, tidyText(fields, patch));
}

/** How one write is checked. */
interface WriteCheck {
  /** The problems of the filled record on the business day `today`: the form's validation, and for a user's write their field access and row rules. */
  readonly problems: (filled: Record<string, unknown>, today: string) => readonly FieldProblem[];
  /** The stored values, when the record exists (absent for a new record): a unique field keeping its value is not checked again, an `on_create` lookup keeping its reference not copied again unless its `refreshWhen` holds. */
  readonly before?: Readonly<Record<string, unknown>>;
  /** The error problems become; a 422 `validation_failed` unless given. */
  readonly invalid?: (problems: readonly FieldProblem[]) => AppError;
}

/**
 * The data a write of `input` to record `recordId` stores: lookups and rollups filled, refused
 * when `check.problems` finds any, formulas computed, unique values held (to the end of the
 * transaction) and refused when another record has them.
 *
 * @example
 * const data = await checkedData(tx, form, id, input, by, { problems: (filled, today) => form.compiled.validateRecord(filled, { today }) });
 */
export async function checkedData(tx: Queryable, form: LoadedForm, recordId: string, input: Record<string, unknown>, by: Author, check: WriteCheck): Promise<Record<string, unknown>> {
  const invalid = check.invalid ?? validationFailed;
  const today = businessDay(by.now);
  const filled = await fillDerived(tx, by.tenantId, form.compiled.definition, recordId, input, check.before);
  const problems = check.problems(filled, today);
  if (problems.length > 0) throw invalid(problems);
  const data = form.compiled.computeRecord(filled, { today });
  const taken = await uniqueProblems(tx, by.tenantId, form.compiled.definition.id, form.compiled, data, recordId, check.before);
  if (taken.length > 0) throw invalid(taken);
  return data;
}

/**
 * Writes `data` as the next revision of `current` (locked by this transaction), pinned to
 * `form`'s version, with its scores sent right behind it.
 *
 * @example
 * const stored = await storeRevision(tx, form, current, data, by);
 */
export function storeRevision(tx: Queryable, form: LoadedForm, current: StoredRecord, data: Record<string, unknown>, by: Author): Promise<StoredRecord> {
  const next = { id: current.id, formId: current.formId, formVersion: form.version, data, revision: current.revision + 1 };
  return scoredWrite(tx, by.tenantId, writeRevision(tx, by.tenantId, current, next, 'update', by), next, by.now);
}

const problemKey = (p: FieldProblem): string => `${p.path} ${p.code}`;

/**
 * Writes `fields` (null empties a field) into `rec` (locked by this transaction) as the system,
 * outside a user's request (rules, approvals, rollups): checked against `form` without field
 * access or row rules, then stored and scored. Returns `rec` itself, unwritten, when nothing
 * would change. Problems it brings (not those the stored record already had under this form)
 * become `invalid(problems)` (a 422 that rolls the whole transaction back).
 *
 * @example
 * const next = await rewriteRecord(tx, form, rec, { approval_status: 'approved' }, { tenantId, userId, now });
 */
export async function rewriteRecord(
  tx: Queryable, form: LoadedForm, rec: StoredRecord, fields: Readonly<Record<string, unknown>>, by: Author,
  invalid: (problems: readonly FieldProblem[]) => AppError = validationFailed,
): Promise<StoredRecord> {
  const problems = (filled: Record<string, unknown>, today: string): FieldProblem[] => {
    const found = form.compiled.validateRecord(filled, { today });
    if (found.length === 0) return found;
    // What the stored record already broke (a field a later form version made required) is not this
    // rewrite's doing: only the problems it brings refuse it.
    const had = new Set(form.compiled.validateRecord(patched(form, rec.data, {}), { today }).map(problemKey));
    return found.filter((p) => !had.has(problemKey(p)));
  };
  // An unchanged record keeps every unique value, so holding them asks nothing of the database.
  const data = await checkedData(tx, form, rec.id, patched(form, rec.data, fields), by, { problems, before: rec.data, invalid });
  return sameJson(data, rec.data) ? rec : storeRevision(tx, form, rec, data, by);
}
