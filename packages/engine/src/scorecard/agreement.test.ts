import fc from 'fast-check';
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { addHengOperators, resolvePath } from '../condition/index.js';
import type { Condition } from '../condition/index.js';
import { compileScorecard } from './compile.js';
import { creditCatalog, smallCard } from './test-kit.js';
import type { Factor, Override, RangeBand, ScorecardDefinition } from './types.js';

// Records hold what their form allows (validated before scoring): numbers or nothing in
// number fields, booleans or nothing in yes/no fields, options or nothing in choice fields.
const NUMBER_FIELDS = ['debt_ratio', 'current_ratio'] as const;
const EDGES = [0, 0.3, 0.5, 0.7, 1, 1.5, 2];
const num = fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -1, max: 3, noNaN: true }), fc.constant(null));
const industry = fc.constantFrom('manufacturing', 'retail', 'construction', null);
const record = fc.record(
  { debt_ratio: num, current_ratio: num, lawsuit_pending: fc.oneof(fc.boolean(), fc.constant(null)), industry },
  { requiredKeys: [] },
);

const fact = (extra: boolean): fc.Arbitrary<Condition> =>
  fc.oneof(
    fc.record({ fact: fc.constantFrom(...NUMBER_FIELDS), operator: fc.constantFrom('lessThan', 'greaterThanInclusive', 'equal', 'notEqual'), value: fc.constantFrom(...EDGES) }),
    fc.record({ fact: fc.constant('lawsuit_pending'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.boolean() }),
    fc.record({ fact: fc.constant('industry'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray(['manufacturing', 'retail', 'construction']) }),
    ...(extra
      ? [
          fc.record({ fact: fc.constant('score'), operator: fc.constantFrom('lessThan', 'greaterThanInclusive'), value: fc.integer({ min: 0, max: 100 }) }),
          fc.record({ fact: fc.constant('grade'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.constantFrom('A', 'B', 'C', 'D') }),
        ]
      : []),
  ) as fc.Arbitrary<Condition>;

const condition = (extra: boolean): fc.Arbitrary<Condition> =>
  fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fact(extra),
      fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
      fc.record({ not: tie('c') }),
    ),
  })).c;

/** Range bands from sorted cut points: first open below, last open above. */
const ranges = fc.uniqueArray(fc.constantFrom(...EDGES), { minLength: 1, maxLength: 4 }).chain((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  return fc.array(fc.integer({ min: 0, max: 100 }), { minLength: sorted.length + 1, maxLength: sorted.length + 1 }).map((pts) =>
    pts.map((points, i): RangeBand => ({ id: `r${i}`, ...(i > 0 ? { min: sorted[i - 1] } : {}), ...(i < sorted.length ? { max: sorted[i] } : {}), points })),
  );
});

const card = fc
  .record({
    debt: ranges,
    current: ranges,
    conditions: fc.array(fc.tuple(condition(false), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 3 }),
    overrides: fc.array(fc.tuple(condition(true), fc.constantFrom('cap', 'force', 'flag'), fc.constantFrom('A', 'B', 'C', 'D')), { maxLength: 3 }),
  })
  .map(({ debt, current, conditions, overrides }): ScorecardDefinition => {
    const base = smallCard();
    const factor = (id: string, weight: number, method: Factor['method']): Factor => ({ id, name: { 'zh-CN': id, en: id }, weight, method, missing: { policy: 'points', points: 0 } });
    return {
      ...base,
      factors: [
        factor('debt', 4000, { kind: 'bands', field: 'debt_ratio', bands: debt }),
        factor('current', 3000, { kind: 'bands', field: 'current_ratio', bands: current }),
        factor('legal', 3000, { kind: 'bands', bands: conditions.map(([when, points], i) => ({ id: `c${i}`, when, points })) }),
      ],
      overrides: overrides.map(([when, kind, grade], i): Override => ({
        id: `o${i}`,
        when,
        action: kind === 'flag' ? { kind, flag: `f${grade}`, label: { 'zh-CN': grade, en: grade } } : { kind, grade },
      })),
      policies: [],
    };
  });

const options = { allowUndefinedFacts: true, pathResolver: resolvePath };
const top = (c: Condition): TopLevelCondition => ({ all: [c] }) as TopLevelCondition;

/** The band each factor gets from json-rules-engine: one rule per band, the first band that fires wins. */
async function bandsByRules(def: ScorecardDefinition, facts: Record<string, unknown>): Promise<(string | undefined)[]> {
  const rules: RuleProperties[] = def.factors.flatMap((f, i) => {
    if (f.method.kind !== 'bands') return [];
    const m = f.method;
    return m.bands.map((b, j) => {
      const event = { type: 'band', params: { factor: i, band: j, id: b.id } };
      if ('when' in b) return { conditions: top(b.when), event };
      const field = m.field as string;
      const conditions = {
        all: [
          { fact: field, operator: 'greaterThanInclusive', value: b.min ?? -Infinity },
          { fact: field, operator: 'lessThan', value: b.max ?? Infinity },
        ],
      };
      return { conditions, event };
    });
  });
  const { events } = await addHengOperators(new Engine(rules, options)).run(facts);
  const best: { band: number; id: string }[] = def.factors.map(() => ({ band: Infinity, id: '' }));
  for (const e of events) {
    const p = e.params as { factor: number; band: number; id: string };
    const cur = best[p.factor] as { band: number };
    if (p.band < cur.band) best[p.factor] = p;
  }
  return best.map((b) => (b.band === Infinity ? undefined : b.id));
}

/** Overrides one at a time through json-rules-engine, each seeing the grade the earlier ones left. */
async function overridesByRules(def: ScorecardDefinition, facts: Record<string, unknown>, score: number, start: string) {
  const rank = (g: string) => ['D', 'C', 'B', 'A'].indexOf(g);
  let grade = start;
  const fired: string[] = [];
  for (const o of def.overrides ?? []) {
    const engine = addHengOperators(new Engine([{ conditions: top(o.when), event: { type: o.id } }], options));
    const { events } = await engine.run({ ...facts, score, grade });
    if (events.length === 0) continue;
    fired.push(o.id);
    if (o.action.kind === 'force' || (o.action.kind === 'cap' && rank(grade) > rank(o.action.grade))) grade = o.action.grade;
  }
  return { grade, fired };
}

describe('compiled bands and overrides agree with json-rules-engine', () => {
  it('on random cards and records', async () => {
    await fc.assert(
      fc.asyncProperty(card, fc.array(record, { minLength: 1, maxLength: 8 }), async (def, records) => {
        const compiled = compileScorecard(def, creditCatalog);
        for (const rec of records) {
          const r = compiled.evaluate(rec, { today: '2024-06-30' });
          expect(r.factors.map((f) => f.band)).toEqual(await bandsByRules(def, rec));
          const expected = await overridesByRules(def, rec, r.total as number, r.bandGrade as string);
          expect({ grade: r.grade, fired: r.overrides.map((o) => o.id) }).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});
