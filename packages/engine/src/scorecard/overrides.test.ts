import { describe, expect, it } from 'vitest';
import { catalogOf } from '../core/catalog.js';
import { gradeScale } from './grades.js';
import { compileOverrides, NONE, scoreCatalog, type OverrideState } from './overrides.js';
import { smallCard } from './test-kit.js';
import type { Override } from './types.js';

const scale = gradeScale(smallCard().grades, 1);
const band = (g: string) => scale.byGrade(g) as OverrideState['band'];
const flag = (id: string, flag: string, when: Override['when']): Override => ({ id, when, action: { kind: 'flag', flag, label: { 'zh-CN': flag, en: flag } } });

function run(overrides: Override[], facts: Record<string, unknown>, start: string) {
  const state: OverrideState = { band: band(start), fired: NONE, flags: NONE };
  compileOverrides(overrides, scale).apply({ ...facts }, state);
  return { grade: state.band.grade, fired: state.fired.map((f) => f.id), flags: state.flags };
}

describe('compileOverrides', () => {
  const risky = { any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'lawsuit_pending', operator: 'equal', value: true }] } as const;

  it('lists the record facts its conditions read', () => {
    const o = compileOverrides([{ id: 'a', when: { all: [risky, { fact: 'score', operator: 'lessThan', value: 1 }] }, action: { kind: 'cap', grade: 'D' } }], scale);
    expect(o.facts).toEqual(['debt_ratio', 'lawsuit_pending']);
  });

  it('caps only downwards and forces either way', () => {
    const cap: Override = { id: 'cap', when: risky, action: { kind: 'cap', grade: 'C' } };
    expect(run([cap], { debt_ratio: 0.8 }, 'A').grade).toBe('C');
    expect(run([cap], { debt_ratio: 0.8 }, 'D').grade).toBe('D');
    expect(run([cap], { debt_ratio: 0.5 }, 'A')).toEqual({ grade: 'A', fired: [], flags: [] });
    const force: Override = { id: 'force', when: risky, action: { kind: 'force', grade: 'B' } };
    expect(run([force], { lawsuit_pending: true }, 'D').grade).toBe('B');
  });

  it('adds each flag once and shares empty lists when nothing fires', () => {
    const news = flag('news', 'watch', { fact: 'negative_news', operator: 'equal', value: true });
    expect(run([news, { ...news, id: 'again' }], { negative_news: true }, 'A')).toEqual({ grade: 'A', fired: ['news', 'again'], flags: ['watch'] });
    const state: OverrideState = { band: band('A'), fired: NONE, flags: NONE };
    compileOverrides([news], scale).apply({ negative_news: false }, state);
    expect(state.fired).toBe(NONE);
    expect(state.flags).toBe(NONE);
  });

  it('shows each condition the grade as left by the overrides before it', () => {
    const overrides: Override[] = [
      { id: 'down', when: { fact: 'grade', operator: 'equal', value: 'A' }, action: { kind: 'force', grade: 'B' } },
      flag('saw_b', 'b', { fact: 'grade', operator: 'equal', value: 'B' }),
    ];
    expect(run(overrides, {}, 'A')).toEqual({ grade: 'B', fired: ['down', 'saw_b'], flags: ['b'] });
    expect(run(overrides.slice().reverse(), {}, 'A')).toEqual({ grade: 'B', fired: ['down'], flags: [] });
  });
});

describe('scoreCatalog', () => {
  it('adds score and grade, shadowing form fields of the same name', () => {
    const form = catalogOf([{ id: 'score', type: 'text', kind: 'text' }, { id: 'debt_ratio', type: 'percent', kind: 'number' }]);
    const facts = scoreCatalog(form, smallCard().grades.map((g) => g.grade));
    expect(facts.get('score')?.kind).toBe('number');
    expect(facts.get('grade')).toEqual({ id: 'grade', type: 'single_select', kind: 'text', options: ['A', 'B', 'C', 'D'] });
    expect(facts.get('debt_ratio')?.type).toBe('percent');
  });
});
