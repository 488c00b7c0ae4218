import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorCode, type FactorScope } from './generate-factors.js';
import { CodeData, codeScope } from './generate-source.js';
import { newFunction } from './generate.js';
import { methodSpec } from './methods/index.js';
import type { FactorOutcome } from './methods/spec.js';
import { anyValue, cardCatalog } from './test-cards.js';
import type { FactorMethod } from './types.js';

type Scored = Pick<FactorOutcome, 'raw' | 'points' | 'band' | 'missing'>;

/** One factor's generated code as a function of the field's value, the record and the env. */
function generated(method: FactorMethod): { run: (value: unknown, record: object, today: string) => Scored; source: string } {
  const data = new CodeData();
  const field = methodSpec(method).field(method);
  const scope = codeScope(data, field === undefined ? [] : [field]);
  const factorScope: FactorScope = { data, catalog: cardCatalog, empty: data.ref('empty'), unmatched: data.ref('unmatched'), conditions: { data, fact: () => 'undefined', facts: 'r', usesFacts: false } };
  const at = { p: 'p', x: 'x', b: 'b', m: 'm', v: field === undefined ? 'undefined' : scope.local(field), t: 't' };
  const lines = factorCode(method, methodSpec(method).compile(method, cardCatalog), at, factorScope);
  const source = lines.join('\n');
  const body = ['"use strict";', data.declarations(), `return (${at.v === 'undefined' ? '_' : at.v}, r, env) => {`, 'let p = 0, x, b, m;', source, 'return { raw: x, points: p, band: b, missing: m };', '};'].join('\n');
  return { run: (value, record, today) => (newFunction(['C'], body)(data.values) as (v: unknown, r: object, env: { today: string }) => Scored)(value, record, { today }), source };
}

/** The method's compiled closure, for comparison. */
function reference(method: FactorMethod, value: unknown, record: object, today: string): Scored {
  const out: FactorOutcome = { raw: undefined, points: 0, band: undefined, missing: undefined };
  methodSpec(method).compile(method, cardCatalog)(value, record as Record<string, unknown>, { today }, out);
  return { ...out, points: out.missing === undefined ? out.points : 0 };
}

const METHODS: FactorMethod[] = [
  { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.3, points: 100 }, { id: 'mid', min: 0.3, max: 0.5, points: 70.5 }, { id: 'high', min: 0.5, max: 0.7, points: -5 }] },
  { kind: 'bands', field: 'founded', unit: 'months', bands: [{ id: 'new', max: 24, points: 20 }, { id: 'old', min: 24, points: 90 }] },
  { kind: 'lookup', field: 'industry', entries: [{ value: 'retail', points: 60 }, { value: 'construction', points: 40 }], otherwise: 50 },
  { kind: 'lookup', field: 'lawsuit_pending', entries: [{ value: false, points: 100 }, { value: true, points: 0 }] },
  { kind: 'linear', field: 'cooperation_years', from: { value: 10, points: 100 }, to: { value: 0, points: 20 } },
  { kind: 'linear', field: 'founded', unit: 'days', from: { value: 0, points: 0 }, to: { value: 3650, points: 99.99 } },
  { kind: 'formula', formula: 'debt_ratio * 100', min: 0, max: 100 },
];

describe('factorCode', () => {
  it('scores each method as its compiled closure does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), anyValue, fc.dictionary(fc.constantFrom('debt_ratio', 'industry'), anyValue), fc.constantFrom('2024-06-30', '2025-01-01'), (method, value, record, today) => {
        expect(generated(method).run(value, record, today)).toStrictEqual(reference(method, value, record, today));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes ranges, lookups and scales inline with literals, and calls the closure for a formula', () => {
    expect(generated(METHODS[0] as FactorMethod).source).toContain('if (t < 0.3) { p = 10000;');
    expect(generated(METHODS[0] as FactorMethod).source).toContain('else if (t >= 0.5 && t < 0.7) { p = (-500);');
    expect(generated(METHODS[3] as FactorMethod).source).toContain('else if (v0 === false) { p = 10000; }');
    expect(generated(METHODS[4] as FactorMethod).source).toContain('(t - 10) / (-10)');
    expect(generated(METHODS[6] as FactorMethod).source).toMatch(/^c\d+\.raw = undefined;/);
  });

  it('scores the band edges exactly', () => {
    const { run } = generated(METHODS[0] as FactorMethod);
    expect([0.3, 0.5, 0.7, 0.2999999, null, '0.4'].map((v) => run(v, {}, '2024-06-30'))).toEqual([
      { raw: 0.3, points: 7050, band: 'mid', missing: undefined },
      { raw: 0.5, points: -500, band: 'high', missing: undefined },
      { raw: 0.7, points: 0, band: undefined, missing: 'unmatched' },
      { raw: 0.2999999, points: 10000, band: 'low', missing: undefined },
      { raw: null, points: 0, band: undefined, missing: 'empty' },
      { raw: '0.4', points: 0, band: undefined, missing: 'empty' },
    ]);
  });
});
