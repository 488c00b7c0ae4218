import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTypedNumber } from './typed-number.js';

const value = (text: string, unit: 'plain' | 'money' | 'percent' = 'money', decimals?: number) => {
  const parsed = parseTypedNumber(text, unit, decimals);
  return parsed.ok ? parsed.value : 'not a number';
};

describe('parseTypedNumber', () => {
  it('scales 万 and 亿 exactly, with separators, ¥ and spaces', () => {
    expect(value('120万', 'money', 2)).toBe(1_200_000);
    expect(value('1,200.5万', 'money', 2)).toBe(12_005_000);
    expect(value('3.2亿', 'money', 2)).toBe(320_000_000);
    expect(value('¥ 120万', 'money', 2)).toBe(1_200_000);
    expect(value('￥1,200.5万元', 'money', 2)).toBe(12_005_000);
    expect(value('0.0001万', 'money', 2)).toBe(1);
    expect(value('1.23456789亿', 'money', 2)).toBe(123_456_789);
    expect(value('120万', 'plain')).toBe(1_200_000);
    expect(value('0.3万', 'plain')).toBe(3000);
  });

  it('reads plain numbers, signs and full-width characters', () => {
    expect(value('1,234.56')).toBe(1234.56);
    expect(value('-¥1,234.5')).toBe(-1234.5);
    expect(value('¥-5')).toBe(-5);
    expect(value('１２０万')).toBe(1_200_000);
    expect(value('１，２００．５')).toBe(1200.5);
    expect(value('.5', 'plain')).toBe(0.5);
    expect(value('5.', 'plain')).toBe(5);
    expect(value('-0', 'plain')).toBe(0);
  });

  it('gives nothing for an empty input', () => {
    expect(parseTypedNumber('', 'money')).toEqual({ ok: true, value: undefined });
    expect(parseTypedNumber('   ', 'plain')).toEqual({ ok: true, value: undefined });
  });

  it('refuses anything else instead of keeping a part of it', () => {
    for (const text of ['abc', '1.5x', '120w', '12万3', '万', '1,2', '12,34', '1.2.3', '--5', '-¥-5', '1e5', '¥', '.', '12 万 万', '120万%', 'NaN', 'Infinity']) {
      expect(parseTypedNumber(text, 'money', 2), text).toEqual({ ok: false });
    }
    expect(parseTypedNumber('¥5', 'plain')).toEqual({ ok: false });
    expect(parseTypedNumber('5元', 'plain')).toEqual({ ok: false });
  });

  it('rounds half up to the field decimals, on the digits', () => {
    expect(value('1.005', 'money', 2)).toBe(1.01);
    expect(value('1.004', 'money', 2)).toBe(1);
    expect(value('-1.005', 'money', 2)).toBe(-1.01);
    expect(value('1.23456万', 'money', 2)).toBe(12345.6);
    expect(value('1.234567万', 'plain', 0)).toBe(12346);
    expect(value('2.5', 'plain', 0)).toBe(3);
    expect(value('0.1234567', 'plain')).toBe(0.1234567);
  });

  it('keeps percent inputs in percent: 85 is 85%, stored as 0.85', () => {
    expect(value('85', 'percent')).toBe(0.85);
    expect(value('85%', 'percent')).toBe(0.85);
    expect(value('7', 'percent')).toBe(0.07);
    expect(value('35.55', 'percent', 1)).toBe(0.356);
    expect(value('-12.5', 'percent')).toBe(-0.125);
    for (const text of ['abc', '85万', '8 5x', '¥85']) expect(parseTypedNumber(text, 'percent'), text).toEqual({ ok: false });
  });

  it('reads any amount of fen shown with separators back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (fen) => {
        const yuan = fen / 100;
        const shown = `${yuan < 0 ? '-' : ''}${Math.abs(yuan).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
        return value(shown, 'money', 2) === yuan;
      }),
    );
  });

  it('scales 万 as if the point were moved by hand', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => value(`${(n / 10 ** d).toFixed(d)}万`, 'plain') === Number(`${n}e${4 - d}`)));
  });
});
