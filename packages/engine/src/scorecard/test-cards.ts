/** @module Test material: random scorecards using every method, policy and rule, and random records for them. */
import fc from 'fast-check';
import { catalogOf, type FieldCatalog } from '../core/catalog.js';
import type { Condition } from '../condition/index.js';
import { creditCatalog } from './test-kit.js';
import type { Factor, FactorMethod, GradeBand, MissingPolicy, Override, Policy, ScorecardDefinition, WeightModifier } from './types.js';
import { normaliseWeights } from './weights.js';

const PROVINCES = ['bj', 'sh', 'gd', 'zj', 'js', 'sc', 'hb', 'hn', 'sd', 'fj', 'ah', 'jx'];
const ODD = ['a"b', '</script>', "'); x(); ('", '${x}', '\\'];

/** The credit profile plus fields named like `Object.prototype`'s properties, and a long choice. */
export const cardCatalog: FieldCatalog = catalogOf([
  ...creditCatalog.values(),
  { id: 'constructor', type: 'number', kind: 'number' },
  { id: 'toString', type: 'single_select', kind: 'text', options: ODD },
  { id: 'hasOwnProperty', type: 'boolean', kind: 'boolean' },
  { id: 'province', type: 'single_select', kind: 'text', options: PROVINCES },
]);

const NUMBERS = ['debt_ratio', 'current_ratio', 'quick_ratio', 'cooperation_years', 'annual_sales', 'constructor'];
const EDGES = [-1, 0, 0.3, 0.5, 1, 1.5, 2, 5, 10, 1e6];
const CHOICES: Record<string, readonly string[]> = {
  industry: ['manufacturing', 'retail', 'construction', 'services', 'technology'],
  enterprise_type: ['state', 'private', 'foreign'],
  toString: ODD,
  province: PROVINCES,
};
const DATES = ['2024-06-30', '2024-02-29', '2015-06-30', '2023-07-01', '2030-01-01', '2024-6-30', '2024-13-01', ''];

const points = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: -500, max: 10_500 }).map((h) => h / 100));

/** Values a record may hold in any field: right and wrong types, edges, blanks. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.double({ min: -2, max: 20 }),
  fc.constantFrom(null, undefined, '', NaN, Infinity, true, false, -0),
  fc.constantFrom(...Object.values(CHOICES).flat(), ...DATES, 'x'),
  fc.constantFrom(['vip'], [], ['watch', 'vip']),
);

const fact = (fields: readonly string[]): fc.Arbitrary<Condition> =>
  fc.oneof(
    fc.record({ fact: fc.constantFrom(...fields), operator: fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual'), value: fc.constantFrom(...EDGES, null) }),
    fc.record({ fact: fc.constantFrom('lawsuit_pending', 'hasOwnProperty', 'negative_news'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.boolean() }),
    fc.record({ fact: fc.constantFrom('industry', 'toString'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray([...ODD, 'retail', 'construction']) }),
    fc.record({ fact: fc.constantFrom('industry', 'toString', 'company_name'), operator: fc.constantFrom('equal', 'lessThan'), value: fc.constantFrom(...ODD, 'retail') }),
    // Parts the generated code hands to their compiled closure: paths, fact references, lists.
    fc.record({ fact: fc.constant('tags'), operator: fc.constantFrom('contains', 'doesNotContain'), value: fc.constantFrom('vip', 'watch') }),
    fc.record({ fact: fc.constant('tags'), path: fc.constant('$.0'), operator: fc.constant('equal'), value: fc.constant('vip') }),
    fc.record({ fact: fc.constantFrom(...fields, 'tags', 'industry', 'company_name'), operator: fc.constantFrom('isEmpty', 'isNotEmpty'), value: fc.constant(null) }),
    fc.record({ fact: fc.constantFrom(...fields), operator: fc.constantFrom('lessThan', 'equal'), value: fc.constantFrom(...fields).map((f) => ({ fact: f })) }),
  ) as fc.Arbitrary<Condition>;

/** Conditions over `fields`: all/any/not, nested a little. */
export const conditionOver = (fields: readonly string[]): fc.Arbitrary<Condition> =>
  fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fact(fields),
      fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
      fc.record({ not: tie('c') }),
    ),
  })).c;

const ranges = fc.uniqueArray(fc.constantFrom(...EDGES), { maxLength: 4 }).chain((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  return fc.array(points, { minLength: sorted.length + 1, maxLength: sorted.length + 1 }).map((pts) =>
    pts.map((p, i) => ({ id: `r${i}`, ...(i > 0 ? { min: sorted[i - 1] } : {}), ...(i < sorted.length ? { max: sorted[i] } : {}), points: p })),
  );
});
const unit = fc.constantFrom(undefined, 'years' as const, 'months' as const, 'days' as const);
const withUnit = <T extends object>(m: T, u: string | undefined): T => (u === undefined ? m : { ...m, unit: u });

const lookup = fc.constantFrom(...Object.keys(CHOICES)).chain((field) =>
  fc.record({
    entries: fc.subarray([...(CHOICES[field] as string[])], { minLength: 1 }).chain((vs) => fc.tuple(...vs.map((value) => points.map((p) => ({ value, points: p }))))),
    otherwise: fc.option(points, { nil: undefined }),
  }).map(({ entries, otherwise }): FactorMethod => ({ kind: 'lookup', field, entries, ...(otherwise === undefined ? {} : { otherwise }) })),
);

const method: fc.Arbitrary<FactorMethod> = fc.oneof(
  fc.tuple(fc.constantFrom(...NUMBERS), ranges).map(([field, bands]): FactorMethod => ({ kind: 'bands', field, bands })),
  fc.tuple(ranges, unit).map(([bands, u]): FactorMethod => withUnit({ kind: 'bands', field: 'founded', bands }, u)),
  fc.tuple(fc.option(fc.constantFrom(...NUMBERS), { nil: undefined }), fc.array(fc.tuple(conditionOver(NUMBERS), points), { minLength: 1, maxLength: 3 })).map(
    ([field, cs]): FactorMethod => ({ kind: 'bands', ...(field === undefined ? {} : { field }), bands: cs.map(([when, p], i) => ({ id: `c${i}`, when, points: p })) }),
  ),
  lookup,
  fc.tuple(...PROVINCES.map(() => points)).map((pts): FactorMethod => ({ kind: 'lookup', field: 'province', entries: PROVINCES.map((value, i) => ({ value, points: pts[i] as number })) })),
  fc.constant<FactorMethod>({ kind: 'lookup', field: 'lawsuit_pending', entries: [{ value: false, points: 100 }, { value: true, points: 20 }] }),
  fc.constant<FactorMethod>({ kind: 'lookup', field: 'cooperation_years', entries: [{ value: 0, points: 10 }, { value: 5, points: 50 }], otherwise: 30 }),
  fc.tuple(fc.constantFrom(...NUMBERS, 'founded'), fc.constantFrom(...EDGES), fc.constantFrom(...EDGES), points, points, unit)
    .filter(([, a, b]) => a !== b)
    .map(([field, a, b, pa, pb, u]): FactorMethod => withUnit({ kind: 'linear', field, from: { value: a, points: pa }, to: { value: b, points: pb } }, field === 'founded' ? u : undefined)),
  fc.tuple(fc.constantFrom('debt_ratio * 100', 'current_ratio / quick_ratio * 10', 'IF(lawsuit_pending, 10, 90.555)', 'annual_sales / 1000000'), fc.boolean()).map(
    ([formula, clamp]): FactorMethod => ({ kind: 'formula', formula, ...(clamp ? { min: 0, max: 100 } : {}) }),
  ),
);

const missing: fc.Arbitrary<MissingPolicy> = fc.oneof(points.map((p) => ({ policy: 'points' as const, points: p })), fc.constant({ policy: 'exclude' as const }), fc.constant({ policy: 'fail' as const }));
const t = (s: string) => ({ 'zh-CN': s, en: s });
const grade = (g: string, min: number, max: number | undefined): GradeBand => ({ id: g.toLowerCase(), grade: g, label: t(g), color: '#123456', min, ...(max === undefined ? {} : { max }) });
const GRADES = ['A', 'B', 'C', 'D'];

const override = fc.tuple(conditionOver([...NUMBERS, 'score', 'grade']), fc.constantFrom('cap', 'force', 'flag'), fc.constantFrom(...GRADES)).map(
  ([when, kind, g]): Omit<Override, 'id'> => ({ when, action: kind === 'flag' ? { kind, flag: g < 'C' ? 'watch' : 'risk', label: t(g) } : { kind, grade: g } }),
);

const policies: Policy[] = [
  { id: 'limit', name: t('limit'), type: 'money', byGrade: { A: 'annual_sales * 0.2', B: 'annual_sales * 0.1', C: 'score * 1.005' } },
  { id: 'terms', name: t('terms'), type: 'text', byGrade: { A: '"90 days"', D: 'IF(grade = "D", "cash", "none")' } },
];

/** Random scorecards over {@link cardCatalog}: every method, missing policy, modifiers, overrides, policies. */
export const randomCard: fc.Arbitrary<ScorecardDefinition> = fc
  .record({
    factors: fc.array(fc.record({ weight: fc.integer({ min: 0, max: 5000 }), method, missing }), { minLength: 1, maxLength: 6 }),
    precision: fc.integer({ min: 0, max: 2 }),
    modifiers: fc.array(fc.tuple(fc.constantFrom('industry', 'province', 'toString'), fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(0, 0.5, 1.2, 3)), { maxLength: 3 })), { maxLength: 2 }),
    overrides: fc.array(override, { maxLength: 4 }),
    withPolicies: fc.boolean(),
  })
  .map(({ factors, precision, modifiers, overrides, withPolicies }): ScorecardDefinition => {
    const step = 10 ** -precision;
    const all: Factor[] = factors.map((f, i) => ({ id: `f${i}`, name: t(`f${i}`), ...f }));
    const mods: WeightModifier[] = modifiers.map(([dimension, mults], k) => ({
      id: `m${k}`,
      dimension,
      // Province has more values than the generated code compares one by one.
      values: (CHOICES[dimension] as string[]).slice(0, dimension === 'province' ? 12 : 2).map((value, j) => ({ value, multipliers: j % 2 === 0 ? Object.fromEntries(mults.map(([i, x]) => [`f${i}`, x])) : {} })),
    }));
    return {
      kind: 'scorecard',
      id: 'random',
      name: t('random'),
      form: 'customer',
      precision,
      factors: normaliseWeights(all),
      modifiers: mods,
      grades: [grade('A', 85, undefined), grade('B', 70, 85 - step), grade('C', 50, 70 - step), grade('D', -1000, 50 - step)],
      overrides: overrides.map((o, i) => ({ id: `o${i}`, ...o })),
      policies: withPolicies ? policies : [],
    };
  });

/** Records for {@link cardCatalog}: any field absent, blank, wrongly typed or at a band edge; odd prototypes now and then. */
export const randomRecord: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.dictionary(fc.constantFrom(...cardCatalog.keys()), anyValue, { maxKeys: 30 }), fc.constantFrom('plain', 'plain', 'plain', 'null', 'inherits'))
  .map(([values, proto]) => {
    if (proto === 'plain') return values;
    const base: object | null = proto === 'null' ? null : { debt_ratio: 0.1, industry: 'retail', lawsuit_pending: true };
    return Object.assign(Object.create(base) as Record<string, unknown>, values);
  });
