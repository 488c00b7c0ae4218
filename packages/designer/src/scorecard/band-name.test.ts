import { describe, expect, it } from 'vitest';
import { tIn } from '../i18n/testing.js';
import { bandName } from './band-name.js';

const [tEn, tZh] = [tIn('en'), tIn('zh-CN')];

const debtRatio = { id: 'debt_ratio', type: 'percent', kind: 'number' } as const;
const foundedOn = { id: 'founded_on', type: 'date', kind: 'date' } as const;

describe('bandName', () => {
  it('names a band by its place and range in the field’s unit, never by its id', () => {
    expect(bandName(2, 0.3, 0.5, debtRatio, undefined, 'en', tEn)).toBe('Band 2 (30%–50%)');
    expect(bandName(4, 0.7, undefined, debtRatio, undefined, 'zh-CN', tZh)).toBe('区间 4（≥ 70%）');
    expect(bandName(1, undefined, 1000000, { id: 'capital', type: 'money', kind: 'number' }, undefined, 'en', tEn)).toBe('Band 1 (< ¥1,000,000)');
  });

  it('says a date field’s bounds as an age in the factor’s unit', () => {
    expect(bandName(1, undefined, 3, foundedOn, undefined, 'en', tEn)).toBe('Band 1 (< 3 years)');
    expect(bandName(2, 3, 5, foundedOn, 'months', 'zh-CN', tZh)).toBe('区间 2（3 月–5 月）');
  });

  it('names a band without bounds (a condition band) by its place alone', () => {
    expect(bandName(3, undefined, undefined, undefined, undefined, 'en', tEn)).toBe('Band 3');
  });

  it('reads in the editor’s labels as a sentence in each language', () => {
    const name = bandName(2, 0.3, 0.5, debtRatio, undefined, 'zh-CN', tZh);
    expect(tZh('bands.toOf', { band: name })).toBe('区间 2（30%–50%）的上限');
    expect(tEn('bands.remove', { band: bandName(2, 0.3, 0.5, debtRatio, undefined, 'en', tEn) })).toBe('Remove Band 2 (30%–50%)');
  });
});
