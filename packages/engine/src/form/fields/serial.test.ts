import { describe, expect, it } from 'vitest';
import { fieldInfo } from '../catalog.js';
import { validateForm } from '../validate.js';
import { codes, defAt, formOf, label, refs, valueAt, where } from '../test-kit.js';
import type { SerialField, SerialPart } from '../types.js';
import { serial } from './serial.js';

const numbered = (parts: SerialPart[], extra: Partial<SerialField> = {}): SerialField => ({ id: 'order_no', type: 'serial', label: label('Order number', '订单编号'), parts, ...extra });
const orderNo = numbered([{ type: 'text', text: 'SO-' }, { type: 'date', format: 'yyyyMMdd' }, { type: 'text', text: '-' }, { type: 'sequence', digits: 4, reset: 'daily' }]);

describe('serial', () => {
  it('accepts fixed text, a date and one sequence', () => {
    expect(serial.checkDefinition(orderNo, defAt())).toEqual([]);
    expect(validateForm(formOf([orderNo]), refs())).toEqual([]);
  });

  it('needs exactly one sequence', () => {
    expect(where(serial.checkDefinition(numbered([{ type: 'text', text: 'SO' }]), defAt()))).toEqual(['/fields/0/parts field.serial.sequence']);
    const two = numbered([{ type: 'sequence', digits: 3, reset: 'never' }, { type: 'sequence', digits: 3, reset: 'never' }]);
    expect(where(serial.checkDefinition(two, defAt()))).toEqual(['/fields/0/parts/1 field.serial.sequence']);
  });

  it('refuses a reset the number cannot tell apart, which would repeat numbers', () => {
    const monthly = numbered([{ type: 'date', format: 'yyyy' }, { type: 'sequence', digits: 4, reset: 'monthly' }]);
    const problems = serial.checkDefinition(monthly, defAt());
    expect(where(problems)).toEqual(['/fields/0/parts/1/reset field.serial.reset']);
    expect(problems[0]?.message).toBe('A sequence that starts again each month would repeat its numbers: add a date part written yyyyMM (or longer), or reset it less often.');
    expect(problems[0]?.messageZh).toBe('计数每月重置会产生重复编号：请添加格式为 yyyyMM（或更完整）的日期部分，或降低重置频率。');
    expect(serial.checkDefinition(numbered([{ type: 'sequence', digits: 4, reset: 'yearly' }]), defAt())).toHaveLength(1);
    expect(serial.checkDefinition(numbered([{ type: 'date', format: 'yyyyMMdd' }, { type: 'sequence', digits: 4, reset: 'yearly' }]), defAt())).toEqual([]);
    expect(serial.checkDefinition(numbered([{ type: 'sequence', digits: 6, reset: 'never' }]), defAt())).toEqual([]);
  });

  it('is never required and has no default, as it is numbered by the server', () => {
    expect(codes(serial.checkDefinition({ ...orderNo, required: true, default: 'SO-1' }, defAt()))).toEqual(['field.computed.required', 'field.computed.default']);
  });

  it('checks the parts’ shapes structurally', () => {
    const bad = numbered([{ type: 'text', text: '' }, { type: 'date', format: 'ddMMyyyy' } as unknown as SerialPart, { type: 'sequence', digits: 0, reset: 'never' }, { type: 'sequence', reset: 'never' } as unknown as SerialPart]);
    expect(where(validateForm(formOf([bad]), refs()))).toEqual(['/fields/0/parts/0/text schema.minLength', '/fields/0/parts/1/format schema.enum', '/fields/0/parts/2/digits schema.minimum', '/fields/0/parts/3/digits schema.required']);
    const stray = numbered([{ type: 'text', text: 'SO', digits: 3 } as unknown as SerialPart, { type: 'sequence', digits: 3, reset: 'never' }]);
    expect(codes(validateForm(formOf([stray]), refs()))).toEqual(['schema.additionalProperties']);
  });

  it('is a text for formulas and conditions, checked only for its type', () => {
    expect(serial.kind(orderNo)).toBe('text');
    expect(fieldInfo(orderNo)).toEqual({ id: 'order_no', type: 'text', kind: 'text', label: orderNo.label, computed: true });
    expect(serial.checkValue('SO-20261124-0001', orderNo, valueAt())).toEqual([]);
    expect(codes(serial.checkValue(7, orderNo, valueAt()))).toEqual(['value.type']);
  });
});
