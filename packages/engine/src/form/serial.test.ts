import { describe, expect, it } from 'vitest';
import { checkSerialDates, formatSerial, serialDay, serialPeriod } from './serial.js';
import { formOf, label, where } from './test-kit.js';
import { validateForm } from './validate.js';
import { emptyContext } from '../core/context.js';
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

describe('serialDay', () => {
  const byOrderDate: SerialField = { ...orderNo, dateField: 'order_date' };

  it('is the day of the field the number takes its date from, when the record fills it in', () => {
    expect(serialDay(byOrderDate, { order_date: '2025-03-18' }, '2026-11-24')).toBe('2025-03-18');
    expect(formatSerial(byOrderDate, serialDay(byOrderDate, { order_date: '2025-03-18' }, '2026-11-24'), 1)).toBe('SO-20250318-0001');
  });

  it('is the day the record is made when it takes no field, or the record leaves it empty', () => {
    expect(serialDay(orderNo, { order_date: '2025-03-18' }, '2026-11-24')).toBe('2026-11-24');
    expect(serialDay(byOrderDate, {}, '2026-11-24')).toBe('2026-11-24');
    expect(serialDay(byOrderDate, { order_date: null }, '2026-11-24')).toBe('2026-11-24');
  });
});

describe('checkSerialDates', () => {
  const orderDate = { id: 'order_date', type: 'date' as const, label: label('Order date', '下单日期') };
  const amount = { id: 'amount', type: 'money' as const, label: label('Amount', '金额') };

  it('accepts a date field of the form', () => {
    const form = formOf([{ ...orderNo, dateField: 'order_date' }, orderDate]);
    expect(checkSerialDates(form)).toEqual([]);
    expect(validateForm(form, emptyContext())).toEqual([]);
  });

  it('refuses a field that is missing or no date, naming the nearest date field', () => {
    const problems = checkSerialDates(formOf([{ ...orderNo, dateField: 'order_dat' }, orderDate, amount]));
    expect(where(problems)).toEqual(['/fields/0/dateField field.serial.dateField']);
    expect(problems[0]?.message).toContain('pick one of its date fields');
    expect(problems[0]?.message).toContain('order_date');
    expect(problems[0]?.messageZh).toContain('不是本表单的日期字段');
    expect(where(validateForm(formOf([{ ...orderNo, dateField: 'amount' }, orderDate, amount]), emptyContext()))).toEqual(['/fields/0/dateField field.serial.dateField']);
  });
});
