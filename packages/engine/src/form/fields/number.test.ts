import { describe, expect, it } from 'vitest';
import { codes, defAt, formOf, label, refs, valueAt, where } from '../test-kit.js';
import { validateForm } from '../validate.js';
import type { NumberField } from '../types.js';
import { number } from './number.js';

const count: NumberField = { id: 'order_count', type: 'number', label: label('Orders', '订单数'), decimals: 0, rules: { min: 0, max: 1000 } };
const at = valueAt('Orders', '订单数');

describe('number', () => {
  it('accepts a number within its rules', () => {
    expect(number.checkValue(214, count, at)).toEqual([]);
  });

  it('rejects non-numbers, NaN and infinities', () => {
    for (const v of ['214', Number.NaN, Infinity, true]) expect(codes(number.checkValue(v, count, at))).toEqual(['value.type']);
    const [p] = number.checkValue('214', count, at);
    expect(p?.message).toBe('Orders must be a number, not the text "214": enter digits such as 12.5, without quotes.');
    expect(p?.messageZh).toBe('订单数应为数字，而不是文本 "214"：请填写数字，如 12.5（不加引号）。');
  });

  it('enforces decimals', () => {
    expect(codes(number.checkValue(2.5, count, at))).toEqual(['value.decimals']);
    expect(number.checkValue(2.5, count, at)[0]?.message).toBe('Orders must be a whole number: round 2.5 to 3.');
    expect(number.checkValue(2.5, count, at)[0]?.messageZh).toBe('订单数应为整数：请将 2.5 四舍五入为 3。');
    const ratio: NumberField = { ...count, decimals: 2 };
    expect(number.checkValue(1.45, ratio, at)).toEqual([]);
    expect(codes(number.checkValue(1.456, ratio, at))).toEqual(['value.decimals']);
  });

  it('keeps at most 15 digits before the point, as many as stay exact', () => {
    const plain: NumberField = { id: 'units', type: 'number', label: label('Units', '数量') };
    expect(number.checkValue(999_999_999_999_999, plain, at)).toEqual([]);
    expect(number.checkValue(-999_999_999_999_999, plain, at)).toEqual([]);
    const [big] = number.checkValue(1.2e19, plain, at);
    expect(big?.code).toBe('value.range');
    expect(big?.messageZh).toBe('订单数整数部分超过 15 位，无法精确保存：请检查是否多填了位数。');
    expect(codes(number.checkValue(-1e15, plain, at))).toEqual(['value.range']);
  });

  it('enforces min and max, naming the field', () => {
    const [low] = number.checkValue(-1, count, at);
    expect(low?.message).toBe('Orders must be at least 0: enter 0 or more.');
    expect(low?.messageZh).toBe('订单数不能小于 0：请填写不小于 0 的值。');
    expect(codes(number.checkValue(1001, count, at))).toEqual(['value.max']);
  });

  it('checks min ≤ max in its definition', () => {
    expect(number.checkDefinition(count, defAt())).toEqual([]);
    const [p] = number.checkDefinition({ ...count, rules: { min: 10, max: 1 } }, defAt());
    expect(p?.path).toBe('/fields/0/rules/max');
    expect(p?.code).toBe('field.rules.range');
  });

  it('keeps its bounds within the 15-digit limit, saying the largest value allowed', () => {
    const plain: NumberField = { id: 'units', type: 'number', label: label('Units', '数量') };
    expect(number.checkDefinition({ ...plain, rules: { min: -999_999_999_999_999, max: 999_999_999_999_999 } }, defAt())).toEqual([]);
    const [max] = number.checkDefinition({ ...plain, rules: { max: 1e16 } }, defAt());
    expect(max).toEqual({
      path: '/fields/0/rules/max',
      code: 'field.rules.size',
      message: 'The maximum 10000000000000000 is beyond what a value can hold exactly: values go from -999,999,999,999,999 to 999,999,999,999,999. Use a maximum within that.',
      messageZh: '最大值 10000000000000000 超出数值能精确保存的范围（-999,999,999,999,999 至 999,999,999,999,999），请改为此范围内的值。',
    });
    // Just past the limit, and far past it: written out, never as 1e+21.
    expect(number.checkDefinition({ ...plain, rules: { max: 999_999_999_999_999.5 } }, defAt())[0]?.message).toMatch(/^The maximum 999999999999999\.5 is beyond/);
    expect(number.checkDefinition({ ...plain, rules: { min: -1e21 } }, defAt())[0]?.messageZh).toMatch(/^最小值 -1000000000000000000000 超出/);
    // Publishing the form says which field's bound it is; a sub-table's column alike.
    const bad: NumberField = { ...plain, rules: { min: -1e15 } };
    expect(where(validateForm(formOf([bad]), refs()))).toEqual(['/fields/0/rules/min field.rules.size']);
    const table = { id: 'lines', type: 'sub_table', label: label('Lines', '明细'), columns: [bad] } as const;
    expect(where(validateForm(formOf([table]), refs()))).toEqual(['/fields/0/columns/0/rules/min field.rules.size']);
  });

  it('gives a value schema with its bounds', () => {
    expect(number.valueSchema(count, () => ({}))).toEqual({ type: 'number', minimum: 0, maximum: 1000 });
  });

  it('may be shown without thousands separators, as a year is; the setting is a boolean', () => {
    const year: NumberField = { id: 'year', type: 'number', label: label('Year', '年度'), decimals: 0, grouping: false };
    expect(validateForm(formOf([year]), refs())).toEqual([]);
    expect(where(validateForm(formOf([{ ...year, grouping: 'no' } as unknown as NumberField]), refs()))).toEqual(['/fields/0/grouping schema.type']);
  });
});
