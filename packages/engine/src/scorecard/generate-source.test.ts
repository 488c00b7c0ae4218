import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeData, codeScope, index, literal } from './generate-source.js';

describe('literal', () => {
  it('prints finite numbers so that they read back exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = literal(n);
        expect(text).toMatch(/^(\(-)?[0-9.e+-]+\)?$/);
        expect(Object.is(Number(text.replace(/[()]/g, '')), n)).toBe(true);
      }),
    );
    expect([literal(0.3), literal(-2), literal(-0), literal(1e21), literal(5e-324)]).toEqual(['0.3', '(-2)', '(-0)', '1e+21', '5e-324']);
  });

  it('refuses anything that is not a finite number', () => {
    for (const bad of [NaN, Infinity, -Infinity, '1', '1); x(', null, undefined, {}]) expect(() => literal(bad as number)).toThrow(TypeError);
  });
});

describe('index', () => {
  it('prints non-negative safe integers only', () => {
    expect(index(0)).toBe('0');
    expect(index(42)).toBe('42');
    for (const bad of [-1, 1.5, NaN, 2 ** 53]) expect(() => index(bad)).toThrow(TypeError);
  });
});

describe('CodeData', () => {
  it('names each value once and binds every name from C', () => {
    const data = new CodeData();
    const table = new Map();
    expect([data.ref('a"b'), data.ref(table), data.ref('a"b'), data.ref(0.5)]).toEqual(['c0', 'c1', 'c0', 'c2']);
    expect(data.values).toEqual(['a"b', table, 0.5]);
    expect(data.declarations()).toBe('const c0 = C[0], c1 = C[1], c2 = C[2];');
    expect(new CodeData().declarations()).toBe('');
  });
});

describe('codeScope', () => {
  it('gives each field a local in order and refuses others', () => {
    const scope = codeScope(new CodeData(), ['debt_ratio', 'constructor']);
    expect([scope.local('debt_ratio'), scope.local('constructor')]).toEqual(['v0', 'v1']);
    expect(() => scope.local('industry')).toThrow();
  });
});
