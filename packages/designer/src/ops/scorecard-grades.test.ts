import { validateScorecard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditScorecard as card, sampleContext } from '../samples/index.js';
import { addGrade, gradeAxis, removeGrade, setGrade } from './scorecard-grades.js';

const codes = (d: typeof card) => validateScorecard(d, sampleContext()).map((p) => `${p.path} ${p.code}`);

describe('setGrade', () => {
  it('edits bounds, label and colour by id', () => {
    const def = setGrade(card, 'b', { min: 72, color: '#000000', label: { 'zh-CN': '良', en: 'Fine' } });
    expect(def.grades[1]).toMatchObject({ id: 'b', min: 72, max: 84.9, color: '#000000', label: { en: 'Fine' } });
    expect(codes(def)).toEqual(['/grades/1/min scorecard.grades.gap']);
  });

  it('flags an overlap on the band that starts inside another', () => {
    expect(codes(setGrade(card, 'c', { max: 75 }))).toEqual(['/grades/1/min scorecard.grades.overlap']);
  });

  it('clears the max with null', () => {
    expect(setGrade(card, 'a', { max: null }).grades[0]).not.toHaveProperty('max');
  });

  it('carries a renamed grade into overrides and policies', () => {
    const def = setGrade(card, 'c', { grade: 'CC' });
    expect(def.overrides?.find((o) => o.id === 'lawsuit_cap')?.action).toEqual({ kind: 'cap', grade: 'CC' });
    expect(def.policies?.[0]?.byGrade).toEqual({ A: 'annual_sales * 0.2', B: 'annual_sales * 0.1', CC: 'MIN(annual_sales * 0.05, 2000000)', D: '0' });
    expect(codes(def)).toEqual([]);
  });

  it('ignores unknown ids', () => {
    expect(setGrade(card, 'zz', { min: 1 })).toBe(card);
  });
});

describe('addGrade / removeGrade', () => {
  it('adds a band above the top one and removes by id', () => {
    const { def, id } = addGrade(card, 'S', { 'zh-CN': '卓越', en: 'Superb' });
    expect(def.grades.at(-1)).toMatchObject({ id, grade: 'S', min: 100.1 });
    expect(removeGrade(def, id).grades).toEqual(card.grades);
    expect(removeGrade(card, 'zz')).toBe(card);
  });
});

describe('gradeAxis', () => {
  it('lays the grades out low to high over their span', () => {
    const axis = gradeAxis(card.grades, 1);
    expect([axis.lo, axis.hi]).toEqual([0, 100]);
    expect(axis.segments.map((s) => s.grade)).toEqual(['D', 'C', 'B', 'A']);
    expect(axis.segments[1]?.from).toBe(0.5);
    expect(axis.segments[1]?.to).toBeCloseTo(0.7, 9);
    expect(axis.segments[3]?.to).toBe(1);
    expect(axis.at(69.4)).toBeCloseTo(0.694);
    expect(axis.at(120)).toBe(1);
  });

  it('draws an open top band with a width', () => {
    const axis = gradeAxis([{ id: 'aa', grade: 'AA', label: { 'zh-CN': 'AA', en: 'AA' }, color: '#111111', min: 700, max: 799 }, { id: 'aaa', grade: 'AAA', label: { 'zh-CN': 'AAA', en: 'AAA' }, color: '#222222', min: 800 }], 0);
    expect(axis.hi).toBeGreaterThan(800);
    expect(axis.segments[1]?.to).toBe(1);
  });
});
