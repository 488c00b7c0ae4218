/** @module Pure edits of the fields other records fill: a lookup (a field of the referenced record) and a rollup (an aggregate over the records referencing this one). */
import { optionsOf } from '@heng/engine';
import type { Condition, FieldDefinition, FormDefinition, FormulaResultType, LookupField, RollupAggregate, RollupField } from '@heng/engine';
import { updateField } from './form-fields.js';
import type { FieldRef } from './form-fields.js';

/**
 * What a value of `source` is, as a lookup of it gives it: numbers keep their unit, anything
 * held as text (options, people, records, auto numbers) is text; a list or a table cannot be looked up.
 *
 * @example
 * resultTypeOf({ id: 'credit_limit', type: 'money', label }) // 'money'
 */
export function resultTypeOf(source: FieldDefinition): FormulaResultType | undefined {
  switch (source.type) {
    case 'money':
    case 'percent':
    case 'number':
    case 'date':
    case 'boolean':
      return source.type;
    case 'text':
    case 'long_text':
    case 'single_select':
    case 'user':
    case 'reference':
    case 'datetime':
    case 'serial':
      return 'text';
    case 'formula':
    case 'lookup':
    case 'rollup':
      return source.resultType;
    default:
      return undefined;
  }
}

/**
 * Points a lookup through reference field `via` at field `field` of the referenced form; with
 * the `source` field known, the result type and the value labels follow it.
 *
 * @example
 * setLookup(order, { id: 'limit_then' }, { field: 'credit_limit' }, creditLimit) // resultType 'money'
 * setLookup(order, { id: 'industry' }, { field: 'industry' }, industry)        // resultType 'text', options: industry's
 */
export function setLookup(def: FormDefinition, ref: FieldRef, patch: { readonly via?: string; readonly field?: string }, source?: FieldDefinition): FormDefinition {
  return updateField(def, ref, (f) => {
    if (f.type !== 'lookup') return f;
    const next: LookupField = { ...f, ...patch };
    if (source === undefined) return next;
    const { options: _old, ...rest } = next;
    const resultType = resultTypeOf(source) ?? next.resultType;
    // The words `source`'s values read with, which a lookup of it shows too.
    const options = optionsOf(source);
    return { ...rest, resultType, ...(options === undefined ? {} : { options }) };
  });
}

/** When a lookup is copied; `refreshWhen: undefined` removes its condition. */
export interface LookupCopyPatch {
  readonly copy?: 'on_create' | 'on_write';
  readonly refreshWhen?: Condition | undefined;
}

/**
 * Sets when a lookup is copied: on every save (`on_write`, which needs no condition to copy it
 * again, so drops one) or kept from creation (`on_create`), then copied again while the record
 * meets `refreshWhen`.
 *
 * @example
 * setLookupCopy(order, { id: 'available_credit' }, { copy: 'on_create', refreshWhen: { fact: 'status', operator: 'equal', value: 'pending' } })
 */
export function setLookupCopy(def: FormDefinition, ref: FieldRef, patch: LookupCopyPatch): FormDefinition {
  return updateField(def, ref, (f) => {
    if (f.type !== 'lookup') return f;
    const next: Record<string, unknown> = { ...f, ...patch };
    if (next.copy === 'on_write') delete next.copy;
    if (next.refreshWhen === undefined || next.copy === undefined) delete next.refreshWhen;
    return next as unknown as LookupField;
  });
}

/** What a rollup's result is: a count is a number; a minimum or maximum of dates is a date; money adds up to money. */
function rollupType(aggregate: RollupAggregate, source: FieldDefinition | undefined, current: RollupField['resultType']): RollupField['resultType'] {
  if (aggregate === 'count') return 'number';
  const t = source === undefined ? undefined : resultTypeOf(source);
  if (t === undefined) return current;
  if (t === 'date') return aggregate === 'sum' ? current : 'date';
  return t === 'money' ? 'money' : 'number';
}

/** The parts of a rollup an admin picks; `where: undefined` removes the filter. */
export interface RollupPatch {
  readonly from?: string;
  readonly via?: string;
  readonly aggregate?: RollupAggregate;
  readonly field?: string;
  readonly where?: Condition | undefined;
}

/**
 * Edits a rollup. Another source form drops the field and filter (they named the old form's
 * fields; its reference stays until another is picked, as a rollup must name one); a count
 * needs no field; with the `source` field known, the result type follows it.
 *
 * @example
 * setRollup(customer, { id: 'exposure' }, { aggregate: 'sum', field: 'amount' }, amountField) // resultType 'money'
 */
export function setRollup(def: FormDefinition, ref: FieldRef, patch: RollupPatch, source?: FieldDefinition): FormDefinition {
  return updateField(def, ref, (f) => {
    if (f.type !== 'rollup') return f;
    const next: Record<string, unknown> = { ...f, ...patch };
    if (patch.from !== undefined && patch.from !== f.from) {
      if (!('field' in patch)) delete next.field;
      if (!('where' in patch)) delete next.where;
    }
    if (next.where === undefined) delete next.where;
    const aggregate = next.aggregate as RollupAggregate;
    if (aggregate === 'count') delete next.field;
    next.resultType = rollupType(aggregate, source, f.resultType);
    return next as unknown as RollupField;
  });
}
