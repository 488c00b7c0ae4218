/**
 * @module Built-in formats of a text field (`rules.format`): e-mail, a mainland mobile number, and
 * the two Chinese codes whose last character is a check character — the unified social credit
 * code (GB 32100-2015) and the resident identity card number (GB 11643-1999) — so a mistyped
 * character is caught, which a pattern cannot do.
 */
import type { LocalizedText } from '../../core/localized.js';

/** The formats a text field may require. */
export const TEXT_FORMATS = ['uscc', 'cn_id_card', 'cn_mobile', 'email'] as const;

export type TextFormat = (typeof TEXT_FORMATS)[number];

/** The 31 characters of a unified social credit code, in the order of their values. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECKS = '10X98765432';
const ID_SHAPE = /^\d{17}[\dX]$/;

/**
 * The check character of a unified social credit code's first 17 characters (GB 32100-2015);
 * undefined when one of them is not a character such codes use.
 *
 * @example
 * usccCheck('91440300192203821') // '6' (the code 914403001922038216)
 */
export function usccCheck(first17: string): string | undefined {
  let sum = 0;
  for (const [i, ch] of [...first17].entries()) {
    const value = USCC_CHARS.indexOf(ch);
    if (value < 0 || i >= USCC_WEIGHTS.length) return undefined;
    sum += value * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** The check character of an identity card number's first 17 digits (ISO 7064 MOD 11-2). */
function idCheck(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i]!, 0);
  return ID_CHECKS[sum % 11]!;
}

/** Whether `yyyymmdd` is a real day. */
function realDay(yyyymmdd: string): boolean {
  const [y, m, d] = [Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8))];
  const day = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

type Verdict = { readonly ok: true } | { readonly ok: false; readonly message: LocalizedText };

const OK: Verdict = { ok: true };
const bad = (en: string, zh: string): Verdict => ({ ok: false, message: { en, 'zh-CN': zh } });

const checks: Readonly<Record<TextFormat, (value: string) => Verdict>> = {
  uscc: (v) => {
    if (!USCC_SHAPE.test(v)) return bad('is not in the form of a unified social credit code: 18 characters, digits and capital letters except I, O, S, V and Z. Copy it from the business licence.', '格式不对：统一社会信用代码应为 18 位，由数字和除 I、O、S、V、Z 外的大写字母组成。请照营业执照填写。');
    return usccCheck(v.slice(0, 17)) === v[17] ? OK : bad('does not add up: its last (check) character does not match the 17 before it, so one of them is mistyped. Check it against the business licence.', '校验位不符：最后一位校验码与前 17 位不匹配，应有字符输错。请对照营业执照核对。');
  },
  cn_id_card: (v) => {
    if (!ID_SHAPE.test(v) || !realDay(v.slice(6, 14))) return bad('is not in the form of a resident identity card number: 17 digits (the 7th to 14th a date of birth), then a digit or X.', '格式不对：居民身份证号码应为 17 位数字（第 7 至 14 位为出生日期），加一位数字或 X。');
    return idCheck(v.slice(0, 17)) === v[17] ? OK : bad('does not add up: its last (check) character does not match the digits before it, so one of them is mistyped.', '校验位不符：最后一位校验码与前面的数字不匹配，应有数字输错。');
  },
  cn_mobile: (v) => (/^1[3-9]\d{9}$/.test(v) ? OK : bad('is not in the form of a mobile number: 11 digits starting with 13 to 19, without spaces or +86.', '格式不对：手机号码应为以 13 至 19 开头的 11 位数字，不含空格和 +86。')),
  email: (v) => (/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v) ? OK : bad('is not in the form of an e-mail address: write it as name@example.com.', '格式不对：电子邮箱地址请按 name@example.com 的形式填写。')),
};

/**
 * Whether `value` is in `format`; when not, what is wrong with it, to follow the field's label.
 *
 * @example
 * checkFormat('uscc', '914403001922038216') // { ok: true }
 * checkFormat('uscc', '914403001922038217') // { ok: false, message: { en: 'does not add up: …', … } }
 */
export function checkFormat(format: TextFormat, value: string): Verdict {
  return checks[format](value);
}

/** Each format's name, for the designer and for messages. */
export const TEXT_FORMAT_LABELS: Readonly<Record<TextFormat, LocalizedText>> = {
  uscc: { en: 'Unified social credit code', 'zh-CN': '统一社会信用代码' },
  cn_id_card: { en: 'Resident identity card number', 'zh-CN': '居民身份证号码' },
  cn_mobile: { en: 'Mobile number (mainland China)', 'zh-CN': '手机号码（中国大陆）' },
  email: { en: 'E-mail address', 'zh-CN': '电子邮箱' },
};
