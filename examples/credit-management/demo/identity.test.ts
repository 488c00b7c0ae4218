import { describe, expect, it } from 'vitest';
import { usccCheck } from '@heng/engine';
import { creditCode, orgCheck } from './identity.js';
import { seeded } from './random.js';

// Published unified social credit codes of registered companies (Huawei, Alibaba, Tencent), so
// the check characters are known independently of the code under test.
const REAL = ['914403001922038216', '91330100799655058B', '91440300708461136T'];

describe('credit code check characters', () => {
  it('of the organisation code inside a credit code match those of real registered codes (GB 11714)', () => {
    expect(REAL.map((code) => orgCheck(code.slice(8, 16)))).toEqual(['1', '8', '6']);
  });

  it('make codes of the city, with 18 characters of the code alphabet, that the credit code format accepts', () => {
    const codes = [1, 2, 3].map((seed) => creditCode(seeded(seed), { name: '上海', code: '310115' }));
    for (const code of codes) {
      expect(code).toMatch(/^91310115\d{8}[0-9X][0-9A-HJ-NP-RTUW-Y]$/);
      expect(usccCheck(code.slice(0, 17))).toBe(code[17]);
    }
  });
});
