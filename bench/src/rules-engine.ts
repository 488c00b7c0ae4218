/** @module The bench card as json-rules-engine rules: one rule per band, events carry the points. */
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Customer } from './customers.js';
import type { ScorecardDefinition } from './engine.js';
import type { Verdict } from './hand-written.js';
import { industryWeights } from './weights.js';

type Factor = ScorecardDefinition['factors'][number];

/** A date field's age in completed years, passed to the engine as a fact of its own. */
const ageFact = (field: string) => `${field}__years`;

function bandRules(f: Factor, index: number): RuleProperties[] {
  const m = f.method;
  const event = (band: number, points: number) => ({ type: 'band', params: { factor: index, band, points: Math.round(points * 100) } });
  if (m.kind === 'lookup') {
    const rules: RuleProperties[] = m.entries.map((e, j) => ({ conditions: { all: [{ fact: m.field, operator: 'equal', value: e.value }] }, event: event(j, e.points) }));
    if (m.otherwise !== undefined) {
      const values = m.entries.map((e) => e.value);
      const conditions: TopLevelCondition = { all: [{ fact: m.field, operator: 'notIn', value: values }, { fact: m.field, operator: 'notEqual', value: null }] };
      rules.push({ conditions, event: event(m.entries.length, m.otherwise) });
    }
    return rules;
  }
  if (m.kind !== 'bands') throw new Error(`the bench card uses bands and lookups only, not ${m.kind}`);
  return m.bands.map((b, j) => {
    if ('when' in b) return { conditions: { all: [b.when] } as TopLevelCondition, event: event(j, b.points) };
    const fact = m.unit === undefined ? (m.field as string) : ageFact(m.field as string);
    // -Infinity/Infinity keep json-rules-engine's number check on open ends, so null matches no band.
    const conditions: TopLevelCondition = {
      all: [
        { fact, operator: 'greaterThanInclusive', value: b.min ?? -Infinity },
        { fact, operator: 'lessThan', value: b.max ?? Infinity },
      ],
    };
    return { conditions, event: event(j, b.points) };
  });
}

function yearsBetween(date: string, today: string): number {
  const md = (s: string) => +s.slice(5, 7) * 100 + +s.slice(8, 10);
  return +today.slice(0, 4) - +date.slice(0, 4) - (md(today) < md(date) ? 1 : 0);
}

/**
 * An evaluator of `card` through json-rules-engine: one engine for the band rules, one for the
 * overrides (they need the score). Engines are reused across records, awaited one at a time.
 */
export function rulesEngineScorer(card: ScorecardDefinition, today: string): (c: Customer) => Promise<Verdict> {
  const options = { allowUndefinedFacts: true };
  const bands = new Engine(card.factors.flatMap(bandRules), options);
  const overrides = card.overrides ?? [];
  const overrideEngine = new Engine(
    overrides.map((o, i) => ({ conditions: { all: [o.when] } as TopLevelCondition, event: { type: 'override', params: { index: i } } })),
    options,
  );
  const missing = card.factors.map((f) => (f.missing.policy === 'points' ? Math.round(f.missing.points * 100) : 0));
  const modifier = card.modifiers?.[0];
  const ids = card.factors.map((f) => f.id);
  const multipliers = Object.fromEntries(
    (modifier?.values ?? []).map((v) => [v.value, Object.fromEntries(Object.entries(v.multipliers).map(([id, x]) => [ids.indexOf(id), x]))]),
  );
  const weights = industryWeights(card.factors.map((f) => f.weight), multipliers);
  const grades = [...card.grades].sort((a, b) => b.min - a.min);
  const unit = 10 ** card.precision;
  const divisor = 1_000_000 / unit;
  const dateFields = card.factors.flatMap((f) => (f.method.kind === 'bands' && f.method.unit !== undefined && f.method.field !== undefined ? [f.method.field] : []));

  return async (c) => {
    const facts: Record<string, unknown> = { ...c };
    for (const field of dateFields) facts[ageFact(field)] = typeof c[field] === 'string' ? yearsBetween(c[field] as string, today) : null;
    const { events } = await bands.run(facts);
    const points = missing.slice();
    const bandOf = card.factors.map(() => Infinity);
    for (const e of events) {
      const { factor, band, points: p } = e.params as { factor: number; band: number; points: number };
      if (band < (bandOf[factor] as number)) [bandOf[factor], points[factor]] = [band, p];
    }
    const key = modifier === undefined ? null : (c[modifier.dimension] as string | null);
    const w = weights.get(key) ?? (weights.get(null) as Int32Array);
    let s = 0;
    points.forEach((p, i) => (s += p * (w[i] as number)));
    // Millionths of a point to the card's precision, half up (s ≥ 0 here).
    const scaled = Math.floor((s + divisor / 2) / divisor);
    let rank = grades.findIndex((g) => scaled >= Math.round(g.min * unit));
    if (rank < 0) rank = grades.length - 1;
    const fired = await overrideEngine.run({ ...c, score: scaled / unit, grade: grades[rank]?.grade });
    const flags: string[] = [];
    for (const e of [...fired.events].sort((a, b) => (a.params?.index as number) - (b.params?.index as number))) {
      const a = overrides[e.params?.index as number]?.action;
      if (a?.kind === 'flag') flags.push(a.flag);
      else if (a !== undefined) {
        const target = grades.findIndex((g) => g.grade === a.grade);
        if (a.kind === 'force' || rank < target) rank = target;
      }
    }
    return { total: scaled / unit, grade: grades[rank]?.grade ?? '', flags };
  };
}
