import type { FormDefinition, SerialField } from '@heng/engine';
import { formatSerial } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { fieldAt, newField } from './form-fields.js';
import { moveSerialPart, newSerialPart, setSerialPart } from './form-serial.js';

const t = (en: string) => ({ 'zh-CN': en, en });
const empty: FormDefinition = { kind: 'form', id: 'order', name: t('Order'), fields: [], sections: [{ id: 'main', label: t('Main'), columns: 2, fields: [] }] };
const order: FormDefinition = { ...empty, fields: [newField('serial', 'order_no', t('Order number'), empty)], sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['order_no'] }] };
const ref = { id: 'order_no' };
const serialOf = (def: FormDefinition) => fieldAt(def, ref) as SerialField;

describe('a serial field in the form designer', () => {
  it('starts as the day and a daily four-digit sequence', () => {
    expect(formatSerial(serialOf(order), '2026-11-24', 1)).toBe('20261124-0001');
  });

  it('adds, changes, moves and removes parts', () => {
    const prefixed = moveSerialPart(moveSerialPart(setSerialPart(order, ref, 9, { type: 'text', text: 'SO-' }), ref, 3, -1), ref, 2, -1);
    expect(formatSerial(serialOf(prefixed), '2026-11-24', 1)).toBe('20261124SO--0001');
    const first = moveSerialPart(prefixed, ref, 1, -1);
    expect(formatSerial(serialOf(first), '2026-11-24', 1)).toBe('SO-20261124-0001');
    expect(moveSerialPart(first, ref, 0, -1)).toBe(first);
    const monthly = setSerialPart(setSerialPart(first, ref, 1, { type: 'date', format: 'yyyyMM' }), ref, 2, undefined);
    expect(serialOf(monthly).parts).toEqual([{ type: 'text', text: 'SO-' }, { type: 'date', format: 'yyyyMM' }, { type: 'sequence', digits: 4, reset: 'daily' }]);
  });

  it('switches a part to another type with that type’s defaults', () => {
    expect(['text', 'date', 'sequence'].map((type) => newSerialPart(type as 'text'))).toEqual([{ type: 'text', text: 'NO-' }, { type: 'date', format: 'yyyyMMdd' }, { type: 'sequence', digits: 4, reset: 'never' }]);
  });

  it('leaves other fields alone', () => {
    const withText: FormDefinition = { ...order, fields: [...order.fields, { id: 'note', type: 'text', label: t('Note') }] };
    expect(setSerialPart(withText, { id: 'note' }, 0, undefined)).toBe(withText);
  });
});
