import { describe, expect, it } from 'vitest';
import { formatSerial, serialPeriod } from './serial.js';
import { label } from './test-kit.js';
import type { SerialField, SerialPart, SerialReset } from './types.js';

const numbered = (parts: SerialPart[]): SerialField => ({ id: 'no', type: 'serial', label: label('No.'), parts });
const orderNo = numbered([{ type: 'text', text: 'SO-' }, { type: 'date', format: 'yyyyMMdd' }, { type: 'text', text: '-' }, { type: 'sequence', digits: 4, reset: 'daily' }]);

describe('formatSerial', () => {
  it('writes each part in order, the sequence zero-padded', () => {
    expect(formatSerial(orderNo, '2026-11-24', 1)).toBe('SO-20261124-0001');
    expect(formatSerial(numbered([{ type: 'text', text: 'PAY' }, { type: 'date', format: 'yyyyMM' }, { type: 'sequence', digits: 5, reset: 'monthly' }]), '2026-01-05', 42)).toBe('PAY20260100042');
    expect(formatSerial(numbered([{ type: 'date', format: 'yyyy' }, { type: 'sequence', digits: 3, reset: 'yearly' }]), '2026-01-05', 7)).toBe('2026007');
  });

  it('writes a sequence that outgrew its digits with more', () => {
    expect(formatSerial(orderNo, '2026-11-24', 12345)).toBe('SO-20261124-12345');
  });
});

describe('serialPeriod', () => {
  it('is the part of the day the sequence starts again on', () => {
    const by = (reset: SerialReset) => serialPeriod(numbered([{ type: 'sequence', digits: 4, reset }]), '2026-11-24');
    expect([by('daily'), by('monthly'), by('yearly'), by('never')]).toEqual(['20261124', '202611', '2026', '']);
  });
});
