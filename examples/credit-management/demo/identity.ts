/** @module Who a demo company is: its name, its unified social credit code (check digits included), its people and phones. */
import { usccCheck } from '@heng/engine';
import type { Random } from './random.js';
import { GIVEN_NAMES, INDUSTRY_WORDS, SURNAMES, TRADE_NAMES } from './words.js';
import type { City } from './words.js';

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The check character of an organisation code's first 8 digits (GB 11714).
 *
 * @example
 * orgCheck('12345678') // '8'
 */
export function orgCheck(digits: string): string {
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * ORG_WEIGHTS[i]!, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A unified social credit code of a company registered in `city`: "91" (a company registered
 * with the market regulator), the division code, an organisation code with its check, the check.
 *
 * @example
 * creditCode(r, { name: '上海', code: '310115' }) // '91310115' + 9 + 1 characters
 */
export function creditCode(r: Random, city: City): string {
  const org = String(r.int(10_000_000, 99_999_999));
  const first17 = `91${city.code}${org}${orgCheck(org)}`;
  return first17 + usccCheck(first17)!;
}

/**
 * A company name: city, trade name, trade and form, e.g. 苏州恒信精密机械有限公司. Names already
 * `taken` are avoided (another trade name is drawn).
 *
 * @example
 * companyName(r, city, 'manufacturing', 'private', taken) // '苏州恒信精密机械有限公司'
 */
export function companyName(r: Random, city: City, industry: string, type: string, taken: Set<string>): string {
  const suffix = type === 'state_owned' ? r.pick(['集团有限公司', '股份有限公司']) : type === 'foreign' ? r.pick(['有限公司', '（中国）有限公司']) : r.pick(['有限公司', '有限公司', '股份有限公司']);
  for (;;) {
    const name = `${city.name}${r.pick(TRADE_NAMES)}${r.pick(INDUSTRY_WORDS[industry] ?? ['实业'])}${suffix}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** A person's name: a surname and a given name. */
export const personName = (r: Random): string => r.pick(SURNAMES) + r.pick(GIVEN_NAMES);

/** A Chinese mobile number. */
export const mobile = (r: Random): string => `1${r.pick(['35', '36', '38', '39', '50', '58', '77', '86', '88', '89'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
