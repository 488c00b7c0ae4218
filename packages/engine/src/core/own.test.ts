import { describe, expect, it } from 'vitest';
import { ownValue } from './own.js';

describe('ownValue', () => {
  it('reads own values, including falsy ones', () => {
    expect(ownValue({ a: 0, b: null }, 'a')).toBe(0);
    expect(ownValue({ a: 0, b: null }, 'b')).toBeNull();
  });

  it('never reads inherited members', () => {
    for (const key of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) expect(ownValue({}, key)).toBeUndefined();
    expect(ownValue(Object.create({ inherited: 1 }) as Record<string, number>, 'inherited')).toBeUndefined();
    expect(ownValue(JSON.parse('{"__proto__": 1}') as Record<string, number>, '__proto__')).toBe(1);
  });
});
