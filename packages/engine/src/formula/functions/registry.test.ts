import { describe, it, expect } from 'vitest';
import { FUNCTION_NAMES, lookupFunction } from './registry.js';

describe('function registry', () => {
  it('holds every function of the language', () => {
    expect(FUNCTION_NAMES).toEqual(['IF', 'AND', 'OR', 'NOT', 'ISBLANK', 'MIN', 'MAX', 'ROUND', 'ABS', 'SUM', 'AVG', 'COUNT', 'DAYS', 'ADDDAYS', 'TODAY']);
  });

  it('looks up own entries only', () => {
    expect(lookupFunction('ROUND')?.arity).toEqual([2, 2]);
    expect(lookupFunction('round')).toBeUndefined();
    expect(lookupFunction('constructor')).toBeUndefined();
    expect(lookupFunction('__proto__')).toBeUndefined();
  });

  it('gives each spec parameters for its whole arity and a usage naming it', () => {
    for (const name of FUNCTION_NAMES) {
      const spec = lookupFunction(name);
      expect(spec?.usage.startsWith(`${name}(`)).toBe(true);
      expect(spec === undefined || spec.arity[0] === 0 || spec.params.length > 0).toBe(true);
    }
  });
});
