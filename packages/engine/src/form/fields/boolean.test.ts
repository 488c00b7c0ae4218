import { describe, expect, it } from 'vitest';
import { codes, label, valueAt } from '../test-kit.js';
import type { BooleanField } from '../types.js';
import { boolean } from './boolean.js';

const lawsuit: BooleanField = { id: 'lawsuits_pending', type: 'boolean', label: label('Lawsuits pending', '存在未决诉讼') };

describe('boolean', () => {
  it('accepts true and false only', () => {
    expect(boolean.checkValue(true, lawsuit, valueAt())).toEqual([]);
    expect(boolean.checkValue(false, lawsuit, valueAt())).toEqual([]);
    for (const v of ['true', 1, 0]) expect(codes(boolean.checkValue(v, lawsuit, valueAt()))).toEqual(['value.type']);
    expect(boolean.checkValue('true', lawsuit, valueAt())[0]?.message).toBe('Amount must be true or false, not the text "true": use true or false, without quotes.');
  });

  it('has a boolean value schema and kind', () => {
    expect(boolean.valueSchema(lawsuit, () => ({}))).toEqual({ type: 'boolean' });
    expect(boolean.kind(lawsuit)).toBe('boolean');
  });
});
