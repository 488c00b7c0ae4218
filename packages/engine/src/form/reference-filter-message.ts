/** @module What a reference's failed filter entry says to the user who picked the record, in both languages. */
import { operators } from '../condition/operators.js';
import { inSentence } from '../core/localized.js';
import type { LocalizedText } from '../core/localized.js';
import { optionsOf } from './catalog.js';
import type { FieldDefinition, FormDefinition, ReferenceField } from './types.js';

const labelOf = (def: FormDefinition, id: string): LocalizedText => def.fields.find((f) => f.id === id)?.label ?? { en: id, 'zh-CN': id };

/** A constant as the target's field shows it: an option by its label, several joined. */
function shown(field: FieldDefinition | undefined, value: unknown): LocalizedText {
  const options = field === undefined ? undefined : optionsOf(field);
  const one = (v: unknown): LocalizedText => options?.find((o) => o.id === v)?.label ?? { en: String(v), 'zh-CN': String(v) };
  const all = (Array.isArray(value) ? value : [value]).map(one);
  return { en: all.map((l) => l.en).join(', '), 'zh-CN': all.map((l) => l['zh-CN']).join('、') };
}

/**
 * Why the record picked for `field` (of form `target`) is refused: its entry `index` of the
 * filter failed (see `failedEntry`). Named by labels, with the way out: pick one from the list.
 *
 * @example
 * filterMessage(payment.receivable, 1, receivableForm, paymentForm).en
 * // '"Receivable written off" offers only receivable records whose status equals Open: the one picked is not one. Pick one from the list.'
 */
export function filterMessage(field: ReferenceField, index: number, target: FormDefinition, own: FormDefinition): LocalizedText {
  const entry = field.filter?.[index];
  if (entry === undefined) return { en: `"${field.label.en}" does not offer the record picked: pick one from the list.`, 'zh-CN': `"${field.label['zh-CN']}" 不提供所选记录：请从列表中选择。` };
  const theirs = labelOf(target, entry.field);
  const form = inSentence(target.name).en;
  if ('sameAs' in entry) {
    const ours = labelOf(own, entry.sameAs);
    return {
      en: `The ${form} picked for "${field.label.en}" has another ${inSentence(theirs).en} than this record's "${ours.en}": pick one from the list, which offers only those of the same ${inSentence(ours).en}.`,
      'zh-CN': `"${field.label['zh-CN']}" 所选${target.name['zh-CN']}的${theirs['zh-CN']}与本记录的"${ours['zh-CN']}"不同：请从列表中选择，列表只提供同一${ours['zh-CN']}的记录。`,
    };
  }
  const op = operators[entry.operator].label;
  const value = shown(target.fields.find((f) => f.id === entry.field), entry.value);
  return {
    en: `"${field.label.en}" offers only ${form} records whose ${inSentence(theirs).en} ${op.en} ${value.en}: the one picked is not one. Pick one from the list.`,
    'zh-CN': `"${field.label['zh-CN']}" 只提供${theirs['zh-CN']}${op['zh-CN']}${value['zh-CN']}的${target.name['zh-CN']}：所选记录不符合。请从列表中选择。`,
  };
}
