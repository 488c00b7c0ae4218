import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScorecard } from './compile.js';
import { evaluatorSource, generateEvaluator, newFunction } from './generate.js';
import { scorecardParts } from './parts.js';
import { cardCatalog, randomCard, randomRecord } from './test-cards.js';
import { creditCatalog, creditContext, smallCard } from './test-kit.js';
import type { ScorecardDefinition } from './types.js';
import { validateScorecard } from './validate.js';

const env = { today: '2024-06-30' };

describe('the generated evaluator', () => {
  it('returns exactly what the closure evaluator returns, on random cards and records', () => {
    fc.assert(
      fc.property(randomCard, fc.array(randomRecord, { minLength: 1, maxLength: 8 }), fc.constantFrom('2024-06-30', '2024-02-29', '2031-01-01'), (def, records, today) => {
        const generated = compileScorecard(def, cardCatalog);
        const closures = compileScorecard(def, cardCatalog, { generate: false });
        expect(generated.evaluator).toBe('generated');
        expect(closures.evaluator).toBe('closures');
        for (const rec of records) expect(generated.evaluate(rec, { today })).toStrictEqual(closures.evaluate(rec, { today }));
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to closures where functions cannot be made from code', () => {
    const csp = () => {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    };
    const card = compileScorecard(smallCard(), creditCatalog, { generate: csp });
    expect(card.evaluator).toBe('closures');
    const rec = { debt_ratio: 0.35, lawsuit_pending: false, cooperation_years: 5, annual_sales: 1_000_000 };
    expect(card.evaluate(rec, env)).toMatchObject({ total: 77, grade: 'B' });
    expect(generateEvaluator(scorecardParts(smallCard(), creditCatalog), csp)).toBeUndefined();
  });

  it('makes its function from the source and data it generates', () => {
    const seen: string[][] = [];
    const card = compileScorecard(smallCard(), creditCatalog, {
      generate: (params, body) => {
        seen.push([...params]);
        return newFunction(params, body);
      },
    });
    expect(seen).toEqual([['C']]);
    expect(card.evaluator).toBe('generated');
    expect(card.evaluate({ debt_ratio: 0.35, lawsuit_pending: false, cooperation_years: 5 }, env).total).toBe(77);
  });

  it('scores the small card as its tests say', () => {
    const { source } = evaluatorSource(scorecardParts(smallCard(), creditCatalog));
    expect(source.startsWith('"use strict";')).toBe(true);
    const r = compileScorecard(smallCard(), creditCatalog).evaluate({ debt_ratio: 0.35, lawsuit_pending: true, cooperation_years: 5, annual_sales: 1_000_000 }, env);
    // 70 × 50% + 20 × 30% + 60 × 20% = 53: C already, so the cap fires without effect.
    expect(r).toMatchObject({ total: 53, bandGrade: 'C', grade: 'C', overrides: [{ id: 'lawsuit_cap' }], outputs: { limit: 50_000, terms: 30 } });
  });
});

describe('the generated source', () => {
  const ODD = ['a"b', '</script>', "'); x(); ('", '${x}', '\\'];
  const odd: ScorecardDefinition = {
    ...smallCard(),
    factors: [
      { id: 'odd', name: { 'zh-CN': ODD[2] as string, en: ODD[1] as string }, weight: 4000, method: { kind: 'lookup', field: 'toString', entries: ODD.map((value, i) => ({ value, points: i * 10 })) }, missing: { policy: 'points', points: 0 } },
      {
        id: 'ctor',
        name: { 'zh-CN': 'c', en: 'c' },
        weight: 3000,
        method: { kind: 'bands', field: 'constructor', bands: [{ id: 'lo', max: 1, points: 0 }, { id: 'hi', min: 1, points: 100 }] },
        missing: { policy: 'exclude' },
      },
      {
        id: 'cond',
        name: { 'zh-CN': 'c', en: 'c' },
        weight: 3000,
        method: { kind: 'bands', bands: [{ id: 'odd', when: { fact: 'toString', operator: 'in', value: ODD.slice(0, 2) }, points: 100 }, { id: 'other', when: { all: [] }, points: 50 }] },
        missing: { policy: 'fail' },
      },
    ],
    modifiers: [{ id: 'mod', dimension: 'toString', values: [{ value: ODD[2] as string, multipliers: { odd: 2 } }] }],
    grades: [
      { id: 'a', grade: 'a"b', label: { 'zh-CN': ODD[2] as string, en: ODD[1] as string }, color: '#2e7d32', min: 50 },
      { id: 'b', grade: '</script>', label: { 'zh-CN': ODD[3] as string, en: ODD[4] as string }, color: '#c62828', min: 0, max: 49.9 },
    ],
    overrides: [
      { id: 'cap', when: { fact: 'toString', operator: 'equal', value: ODD[2] as string }, action: { kind: 'cap', grade: '</script>' } },
      { id: 'flag', when: { fact: 'grade', operator: 'equal', value: 'a"b' }, action: { kind: 'flag', flag: 'watch', label: { 'zh-CN': ODD[0] as string, en: ODD[1] as string } } },
    ],
    policies: [{ id: 'terms', name: { 'zh-CN': 't', en: 't' }, type: 'text', byGrade: { 'a"b': '"</script>"', '</script>': '"a\\"b"' } }],
  };

  it('holds no string of the definition, even from a card full of odd ones', () => {
    const ctx = { ...creditContext(), forms: new Map([['customer', cardCatalog]]) };
    expect(validateScorecard(odd, ctx)).toEqual([]);
    const { source, data } = evaluatorSource(scorecardParts(odd, cardCatalog));
    for (const s of [...ODD, 'a"b', '</script>', "');x();('", 'constructor', 'toString', 'watch']) expect(source).not.toContain(s);
    // The only string literals are the directive and the `typeof` answers the code checks.
    for (const text of source.match(/"[^"\n]*"|'[^'\n]*'|`[^`\n]*`/g) ?? []) expect(['"use strict"', '"number"', '"string"']).toContain(text);
    expect(data).toContain(ODD[2]);
    expect(data).toContain('constructor');
  });

  it('scores that card as the closures do, own properties only', () => {
    const generated = compileScorecard(odd, cardCatalog);
    const closures = compileScorecard(odd, cardCatalog, { generate: false });
    expect(generated.evaluator).toBe('generated');
    const records: Record<string, unknown>[] = [{ toString: ODD[2], constructor: 3 }, { toString: ODD[0] }, {}, { toString: 'x', constructor: 0.5 }];
    for (const rec of records) expect(generated.evaluate(rec, env)).toStrictEqual(closures.evaluate(rec, env));
    // `constructor` is Object, inherited: not a value of the record.
    expect(generated.evaluate({}, env).factors[1]).toMatchObject({ raw: undefined, missing: 'empty', weight: 0 });
    expect(generated.evaluate({ toString: ODD[2], constructor: 3 }, env)).toMatchObject({ grade: '</script>', outputs: { terms: 'a"b' } });
  });
});
