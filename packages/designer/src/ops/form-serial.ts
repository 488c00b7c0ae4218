/** @module Pure edits of a serial field's parts: fixed text, the creation date, the sequence. */
import type { FormDefinition, SerialPart } from '@heng/engine';
import { fieldAt } from './form-fields.js';
import type { FieldRef } from './form-fields.js';
import { patchField } from './form-props.js';
import { moveAt } from './ids.js';

/**
 * A part of `type` as one added or switched to starts.
 *
 * @example
 * newSerialPart('sequence') // { type: 'sequence', digits: 4, reset: 'never' }
 */
export function newSerialPart(type: SerialPart['type']): SerialPart {
  if (type === 'text') return { type, text: 'NO-' };
  if (type === 'date') return { type, format: 'yyyyMMdd' };
  return { type, digits: 4, reset: 'never' };
}

/**
 * Sets part `index` of serial field `ref` (`index` past the end adds it), or with `undefined`
 * removes it.
 *
 * @example
 * setSerialPart(order, { id: 'order_no' }, 0, { type: 'text', text: 'SO-' })
 */
export function setSerialPart(def: FormDefinition, ref: FieldRef, index: number, part: SerialPart | undefined): FormDefinition {
  const field = fieldAt(def, ref);
  if (field?.type !== 'serial') return def;
  const parts = [...field.parts];
  if (part === undefined) parts.splice(index, 1);
  else parts[Math.min(index, parts.length)] = part;
  return patchField(def, ref, { parts });
}

/**
 * Moves part `index` of serial field `ref` one place earlier (`-1`) or later (`1`); the same form
 * at either end.
 *
 * @example
 * moveSerialPart(order, { id: 'order_no' }, 1, -1) // the second part first
 */
export function moveSerialPart(def: FormDefinition, ref: FieldRef, index: number, by: -1 | 1): FormDefinition {
  const field = fieldAt(def, ref);
  if (field?.type !== 'serial') return def;
  const parts = moveAt(field.parts, index, by);
  return parts === field.parts ? def : patchField(def, ref, { parts });
}
