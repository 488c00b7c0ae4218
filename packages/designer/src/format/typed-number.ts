/**
 * @module A number as a person types it into a number, money or percent input: thousands separators,
 * ¥, full-width characters, and in Chinese amounts 万 (×10,000) and 亿 (×100,000,000), scaled exactly
 * on the digits (no binary noise) and rounded half up to the field's decimals.
 */
import type { NumberUnit } from './units.js';

/** What a typed text means: a number, nothing (an empty input), or text that is no number (kept as typed). */
export type TypedNumber = { readonly ok: true; readonly value: number | undefined } | { readonly ok: false };

/** Full-width characters a Chinese keyboard types (１２０，５％ ￥), read as their ASCII counterparts. */
const halfWidth = (s: string): string => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/** Digits, grouped by threes or not at all, then an optional fraction (`1,200.5`, `1200.`, `.5`). */
const DIGITS = String.raw`(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?`;
const PLAIN = new RegExp(String.raw`^([+-])?${DIGITS}(万|亿)?$`);
const MONEY = new RegExp(String.raw`^([+-])?[¥￥]?([+-])?${DIGITS}(万|亿)?元?$`);
const PERCENT = new RegExp(String.raw`^([+-])?${DIGITS}%?$`);

/** How many places each unit word moves the decimal point. */
const SCALE: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/**
 * The number `text` means in an input of `unit` (a percent input's `85` is the fraction 0.85),
 * rounded half up to `decimals` as stored (for percent, decimals of the percentage). Percent
 * inputs take no 万/亿. Anything else that is not a number is `{ ok: false }`, never a part of it.
 *
 * @example
 * parseTypedNumber('1,200.5万', 'money', 2) // { ok: true, value: 12005000 }
 * parseTypedNumber('¥ 3.2亿', 'money', 2) // { ok: true, value: 320000000 }
 * parseTypedNumber('85', 'percent') // { ok: true, value: 0.85 }
 * parseTypedNumber('1.5x', 'plain') // { ok: false }
 */
export function parseTypedNumber(text: string, unit: NumberUnit, decimals?: number): TypedNumber {
  const s = halfWidth(text).replace(/\s/g, '');
  if (s === '') return { ok: true, value: undefined };
  const m = (unit === 'money' ? MONEY : unit === 'percent' ? PERCENT : PLAIN).exec(s);
  if (m === null) return { ok: false };
  // Money may have its sign before or after ¥ (-¥5, ¥-5), but only once.
  const [signA, signB, int, frac, word] = unit === 'money' ? [m[1], m[2], m[3], m[4], m[5]] : [m[1], undefined, m[2], m[3], m[4]];
  if (signA !== undefined && signB !== undefined) return { ok: false };
  if ((int ?? '') === '' && (frac ?? '') === '') return { ok: false };
  const fraction = frac ?? '';
  let mantissa = BigInt(`${(int ?? '').replace(/,/g, '')}${fraction}` || '0');
  // The value is mantissa × 10^-places.
  let places = fraction.length - (word === undefined ? 0 : (SCALE[word] ?? 0)) + (unit === 'percent' ? 2 : 0);
  if (places < 0) {
    mantissa *= 10n ** BigInt(-places);
    places = 0;
  }
  const keep = decimals === undefined ? undefined : decimals + (unit === 'percent' ? 2 : 0);
  if (keep !== undefined && places > keep) {
    const div = 10n ** BigInt(places - keep);
    const rest = mantissa % div;
    mantissa = mantissa / div + (2n * rest >= div ? 1n : 0n);
    places = keep;
  }
  const sign = (signA ?? signB) === '-' && mantissa !== 0n ? '-' : '';
  const value = Number(`${sign}${mantissa}e-${places}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
