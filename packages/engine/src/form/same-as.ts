/** @module Which fields of a form a reference filter's `sameAs` may name: the one rule its check and the form designer's choices share. */
import { KIND_NAMES } from '../core/catalog.js';
import type { FieldInfo } from '../core/catalog.js';

/** What a field holds, as a message names it: a reference names its form, since only the same form's records can be the same; options only match options. */
export const holds = (info: FieldInfo): { en: string; zh: string } => {
  if (info.target !== undefined) return { en: `a reference to ${info.target}`, zh: `关联到 ${info.target} 的记录` };
  return info.options === undefined ? KIND_NAMES[info.kind] : { en: 'an option', zh: '选项' };
};

/**
 * Why this form's field `ours` cannot be named as the same as the target's field `theirs`: it is
 * `computed` (not known yet while the record is picked), or it holds other `values` (another kind,
 * a reference to another form, free text against options); undefined when it can.
 *
 * @example
 * sameAsMismatch(receivableCustomer, paymentCustomer) // undefined
 * sameAsMismatch(receivableStatus, paymentNotes) // 'values' (options against free text)
 */
export function sameAsMismatch(theirs: FieldInfo, ours: FieldInfo): 'computed' | 'values' | undefined {
  if (ours.computed === true) return 'computed';
  const same = theirs.kind === ours.kind && theirs.target === ours.target && (theirs.options === undefined) === (ours.options === undefined);
  return same ? undefined : 'values';
}
