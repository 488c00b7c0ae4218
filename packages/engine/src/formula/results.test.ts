import { describe, expect, it } from 'vitest';
import { formulaResults } from './results.js';

describe('formulaResults', () => {
  it('lists the text literals and fields an IF can give, with their columns', () => {
    expect(formulaResults('IF(days > 90, "legal", IF(days > 30, "notice", stage))')).toEqual([
      { kind: 'text', value: 'legal', column: 15 },
      { kind: 'text', value: 'notice', column: 38 },
      { kind: 'field', id: 'stage', column: 48 },
    ]);
  });

  it('sees a lone literal or field', () => {
    expect(formulaResults('"legal"')).toEqual([{ kind: 'text', value: 'legal', column: 1 }]);
    expect(formulaResults('  customer_name')).toEqual([{ kind: 'field', id: 'customer_name', column: 3 }]);
  });

  it('calls anything else computed, since its value is not known before it runs', () => {
    expect(formulaResults('"A" & grade')).toEqual([{ kind: 'computed', column: 1 }]);
    expect(formulaResults('IF(x, MIN(a, b), 3)')).toEqual([{ kind: 'computed', column: 7 }, { kind: 'number', value: 3, column: 18 }]);
    expect(formulaResults('IF(x, TRUE, y)')).toEqual([{ kind: 'boolean', value: true, column: 7 }, { kind: 'field', id: 'y', column: 13 }]);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(formulaResults('IF(x, "𠀀", "b")')).toEqual([{ kind: 'text', value: '𠀀', column: 7 }, { kind: 'text', value: 'b', column: 12 }]);
  });

  it('is undefined for a formula that does not parse', () => {
    expect(formulaResults('IF(')).toBeUndefined();
  });
});
