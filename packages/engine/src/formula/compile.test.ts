import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Big from 'big.js';
import { compileFormula, formulaReferences } from './compile.js';
import { checkFormula } from './checker.js';
import { parseFormula } from './parser.js';
import { FUNCTION_NAMES } from './functions/registry.js';
import { catalog, env, problemsOf, run } from './test-kit.js';

const profile = {
  annual_sales: 1234.56,
  total_liabilities: 700,
  total_assets: 1000,
  name: 'ACME',
  industry: 'retail',
  listed: true,
  founded: '2020-01-15',
  financials: [
    { year: '2022', revenue: 0.1 },
    { year: '2023', revenue: 0.2 },
  ],
};

describe('compileFormula', () => {
  it('computes policy outputs exactly', () => {
    expect(run('annual_sales * 0.2', profile)).toBe(246.912);
    expect(run('total_liabilities / total_assets', profile)).toBe(0.7);
    expect(run('0.1 + 0.2')).toBe(0.3);
    expect(run('SUM(financials.revenue)', profile)).toBe(0.3);
    expect(run('ROUND(annual_sales * 0.2, -1)', profile)).toBe(250);
  });

  it('evaluates text, comparisons and logic', () => {
    expect(run('name & " / " & industry & " / " & annual_sales & " / " & listed', profile)).toBe('ACME / retail / 1234.56 / TRUE');
    expect(run('industry = "retail"', profile)).toBe(true);
    expect(run('industry <> "retail"', profile)).toBe(false);
    expect(run('total_liabilities / total_assets > 0.7', profile)).toBe(false);
    expect(run('total_liabilities / total_assets >= 0.7', profile)).toBe(true);
    expect(run('founded < TODAY()', profile)).toBe(true);
    expect(run('-annual_sales + 1', profile)).toBe(-1233.56);
  });

  it('yields null for missing input and division by zero, and propagates it', () => {
    expect(run('annual_sales * 0.2')).toBeNull();
    expect(run('total_liabilities / total_assets', { total_liabilities: 5, total_assets: 0 })).toBeNull();
    expect(run('(total_liabilities / total_assets) * 100 + 1', { total_liabilities: 5, total_assets: 0 })).toBeNull();
    expect(run('annual_sales > 10')).toBeNull();
    expect(run('-annual_sales')).toBeNull();
    expect(run('"limit: " & annual_sales')).toBe('limit: ');
  });

  it('reads values of the wrong shape as missing', () => {
    expect(run('annual_sales + 1', { annual_sales: '1000' })).toBeNull();
    expect(run('annual_sales + 1', { annual_sales: Number.NaN })).toBeNull();
    expect(run('DAYS(TODAY(), founded)', { founded: '2024-02-30' })).toBeNull();
    expect(run('SUM(financials.revenue)', { financials: 'oops' })).toBe(0);
    expect(run('SUM(financials.revenue)', { financials: [null, 3, { revenue: 'x' }, { revenue: 2 }] })).toBe(2);
  });

  it('never reads inherited properties', () => {
    const compiled = compileFormula('ISBLANK(constructor)', new Map([['constructor', { id: 'constructor', type: 'text', kind: 'text' }]]));
    expect(compiled.ok && compiled.value.evaluate({}, env)).toBe(true);
  });

  it('returns null when a record throws on read', () => {
    const hostile = Object.defineProperty({}, 'annual_sales', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(run('annual_sales + 1', hostile)).toBeNull();
  });

  it('handles the longest flat formula allowed', () => {
    expect(run('0.1+'.repeat(499) + '0.1')).toBe(50);
  });

  it('lists the fields it reads, once each, columns as their sub-table', () => {
    const compiled = compileFormula('IF(listed, annual_sales, SUM(financials.revenue)) + annual_sales', catalog);
    expect(compiled.ok && compiled.value.references).toEqual(['listed', 'annual_sales', 'financials']);
    expect(compiled.ok && compiled.value).toMatchObject({ source: 'IF(listed, annual_sales, SUM(financials.revenue)) + annual_sales', kind: 'number' });
  });

  it('returns every problem with the path when it does not check', () => {
    expect(compileFormula('anual_sales + nme', catalog, '/fields/4/formula')).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ path: '/fields/4/formula', code: 'formula.unknown_field' }),
        expect.objectContaining({ path: '/fields/4/formula', message: expect.stringContaining('Did you mean name?') }),
      ],
    });
    expect(problemsOf('1 +')[0]?.path).toBe('/formula');
  });
});

describe('formulaReferences', () => {
  it('lists references without a catalog, and none for a formula that does not parse', () => {
    expect(formulaReferences('a + SUM(t.x) * COUNT(u) + a')).toEqual(['a', 't', 'u']);
    expect(formulaReferences('a +')).toEqual([]);
  });
});

describe('properties', () => {
  const tokens = fc.constantFrom(
    ...'()+-*/&=<>,."\\ 0123456789'.split(''),
    'annual_sales', 'name', 'listed', 'tags', 'founded', 'reviewed_at', 'financials', 'financials.revenue', 'financials.year',
    'IF(', 'AND(', 'OR(', 'NOT(', 'SUM(', 'AVG(', 'COUNT(', 'MIN(', 'MAX(', 'ROUND(', 'ABS(', 'DAYS(', 'TODAY()', 'ISBLANK(',
    'TRUE', 'FALSE', '"x"', '0.1', '<=', '<>', 'constructor', '__proto__', 'toString(',
  );
  /** Formulas that parse, so the checker and evaluation see every combination of kinds. */
  const { formula } = fc.letrec<{ formula: string }>((tie) => ({
    formula: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('annual_sales', 'name', 'industry', 'listed', 'tags', 'founded', 'reviewed_at', 'financials', 'financials.revenue', 'financials.year', '"x"', '"retail"', '0', '0.1', '-3', 'TRUE', 'nope'),
      fc.tuple(tie('formula'), fc.constantFrom('+', '-', '*', '/', '&', '=', '<>', '<', '<=', '>', '>='), tie('formula')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      tie('formula').map((a) => `-${a}`),
      fc.tuple(fc.constantFrom(...FUNCTION_NAMES, 'FOO'), fc.array(tie('formula'), { maxLength: 4 })).map(([name, args]) => `${name}(${args.join(', ')})`),
    ),
  }));
  const junk = fc.oneof(formula, fc.string({ maxLength: 200 }), fc.array(tokens, { maxLength: 60 }).map((t) => t.join(' ')), fc.array(tokens, { maxLength: 60 }).map((t) => t.join('')));
  const anyValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.double(), fc.string(), fc.boolean(), fc.constant('2024-02-29'), fc.constant('2024-01-01T08:00:00+08:00'), fc.array(fc.oneof(fc.string(), fc.integer())), fc.array(fc.dictionary(fc.constantFrom('revenue', 'year'), fc.oneof(fc.double(), fc.string(), fc.constant(null)))));
  const record = fc.record({ annual_sales: anyValue, name: anyValue, listed: anyValue, tags: anyValue, founded: anyValue, reviewed_at: anyValue, financials: anyValue }, { requiredKeys: [] });

  it('random sources never make parse, check, compile or evaluate throw, and values fit their kind', () => {
    fc.assert(
      fc.property(junk, record, fc.oneof(fc.constant('2024-05-01'), fc.string()), (source, rec, today) => {
        const parsed = parseFormula(source, '/f');
        const checked = checkFormula(source, catalog, '/f');
        const compiled = compileFormula(source, catalog, '/f');
        if (parsed.ast === undefined) expect(checked.problems).toEqual(parsed.problems);
        expect(compiled.ok).toBe(checked.kind !== undefined);
        if (compiled.ok) {
          expect(compiled.value.kind).toBe(checked.kind);
          const value = compiled.value.evaluate(rec, { today });
          const shape = { number: 'number', text: 'string', date: 'string', datetime: 'string', boolean: 'boolean', list: 'object', table: 'none' }[compiled.value.kind];
          if (value !== null) expect(typeof value).toBe(shape);
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        } else {
          expect(compiled.problems.length).toBeGreaterThan(0);
          for (const p of compiled.problems) expect(p).toMatchObject({ path: '/f', message: expect.any(String), messageZh: expect.any(String) });
        }
      }),
      { numRuns: 3000, endOnFailure: true },
    );
  });

  /** A random arithmetic expression and its value computed with big.js, rounding each step to a number. */
  interface Sample {
    readonly source: string;
    readonly value: Big | null;
  }
  const Ref = Big();
  Ref.DP = 800;
  const step = (x: Big): Big | null => {
    const n = x.toNumber();
    return Number.isFinite(n) ? new Ref(n) : null;
  };
  const leaf = fc.integer({ min: -99_999, max: 99_999 }).chain((n) =>
    fc.constantFrom(0, 1, 2, 3).map((places): Sample => {
      const value = new Ref(n).div(10 ** places);
      return { source: value.lt(0) ? `(${value.toFixed()})` : value.toFixed(), value };
    }),
  );
  const { expr } = fc.letrec<{ expr: Sample }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/'), tie('expr')).map(([a, op, b]): Sample => {
        const source = `(${a.source} ${op} ${b.source})`;
        if (a.value === null || b.value === null) return { source, value: null };
        if (op === '/') return { source, value: b.value.eq(0) ? null : step(a.value.div(b.value).prec(20, Ref.roundHalfUp)) };
        return { source, value: step(op === '+' ? a.value.plus(b.value) : op === '-' ? a.value.minus(b.value) : a.value.times(b.value)) };
      }),
      tie('expr').map((a): Sample => ({ source: `-${a.source}`, value: a.value === null ? null : a.value.times(-1) })),
    ),
  }));

  it('arithmetic over small decimals equals big.js computing the same steps', () => {
    fc.assert(
      fc.property(expr, ({ source, value }) => {
        expect(run(source)).toBe(value === null ? null : value.toNumber() + 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('sums and products of two-place decimals are exact', () => {
    const cents = fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(cents, (values) => {
        const source = values.map((c) => `(${c < 0 ? '-' : ''}${(Math.abs(c) / 100).toFixed(2)})`).join(' + ');
        const exact = values.reduce((a, b) => a + b, 0);
        expect(run(source)).toBe(Number(`${exact}e-2`));
        expect(run(`${source.split(' + ')[0]} * 0.2`)).toBe(Number(`${(values[0] as number) * 20}e-4`));
      }),
    );
  });
});
