import { describe, expect, it } from 'vitest';
import { codes, defAt, label, refs, valueAt } from '../test-kit.js';
import type { ReferenceField } from '../types.js';
import { reference } from './reference.js';

const order: ReferenceField = { id: 'last_order', type: 'reference', label: label('Last order', '最近订单'), target: 'order' };

describe('reference', () => {
  it('accepts a record id', () => {
    expect(reference.checkValue('rec_01HX', order, valueAt())).toEqual([]);
    expect(codes(reference.checkValue(12, order, valueAt()))).toEqual(['value.type']);
    expect(reference.checkValue(12, order, valueAt())[0]?.message).toBe('Amount must be a record id, not the number 12: choose the record again.');
  });

  it('needs a known target form, or its own form', () => {
    expect(reference.checkDefinition(order, defAt(refs()))).toEqual([]);
    expect(reference.checkDefinition({ ...order, target: 'customer' }, defAt(refs(), 'customer'))).toEqual([]);
    const [p] = reference.checkDefinition({ ...order, target: 'ordr' }, defAt(refs()));
    expect(p?.path).toBe('/fields/0/target');
    expect(p?.message).toBe('"Last order" refers to unknown form "ordr". Did you mean "order"?');
  });
});
