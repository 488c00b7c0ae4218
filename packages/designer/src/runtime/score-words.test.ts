import { creditScorecard, customerCreditProfile } from '@heng/engine';
import type { FormDefinition, ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../format/money.js';
import { tIn } from '../i18n/testing.js';
import { bandText, flagLabel, missingFactors, policyText, recordFlags } from './score-words.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const card: ScorecardDefinition = {
  ...creditScorecard,
  factors: [
    { id: 'debt', name: t('Debt'), weight: 5000, method: { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.5, points: 100 }, { id: 'mid', min: 0.5, max: 0.7, points: 40 }, { id: 'high', min: 0.7, points: 0 }] }, missing: { policy: 'points', points: 0 } },
    { id: 'flag', name: t('Flag'), weight: 5000, method: { kind: 'bands', bands: [{ id: 'sued', when: { fact: 'lawsuits_pending', operator: 'equal', value: true }, points: 0 }] }, missing: { policy: 'points', points: 0 } },
  ],
};
const debtRatio = { id: 'debt_ratio', type: 'percent', kind: 'number' } as const;
const en = tIn('en');
const zh = tIn('zh-CN');

describe('bandText', () => {
  it('writes a range band as the bands editor names it, in its field\'s unit, open ends left out', () => {
    expect(bandText(card, 'debt', 'mid', debtRatio, 'zh-CN', zh)).toBe('50%–70%');
    expect(bandText(card, 'debt', 'low', debtRatio, 'en', en)).toBe('< 50%');
    expect(bandText(card, 'debt', 'high', debtRatio, 'en', en)).toBe('≥ 70%');
    expect(bandText({ ...card, factors: [{ ...card.factors[0]!, method: { kind: 'bands', field: 'founded_on', unit: 'years', bands: [{ id: 'young', max: 3, points: 10 }] } }] }, 'debt', 'young', { id: 'founded_on', type: 'date', kind: 'date' }, 'zh-CN', zh)).toBe('< 3 年');
  });

  it('keeps the id of a condition band, an unknown band, or without the scorecard', () => {
    expect(bandText(card, 'flag', 'sued', undefined, 'en', en)).toBe('sued');
    expect(bandText(card, 'debt', 'gone', debtRatio, 'en', en)).toBe('gone');
    expect(bandText(undefined, 'debt', 'mid', debtRatio, 'en', en)).toBe('mid');
  });
});

describe('flagLabel', () => {
  it('names a flag by the label an override gives it, else by itself', () => {
    const flagged: ScorecardDefinition = { ...card, overrides: [{ id: 'risky', name: t('Risky'), when: { fact: 'lawsuits_pending', operator: 'equal', value: true }, action: { kind: 'flag', flag: 'high_risk', label: { en: 'High risk', 'zh-CN': '高风险' } } }] };
    expect(flagLabel(flagged, 'high_risk', 'zh-CN')).toBe('高风险');
    expect(flagLabel(flagged, 'watch', 'en')).toBe('watch');
    expect(flagLabel(undefined, 'high_risk', 'en')).toBe('high_risk');
  });

  it('names a flag first by the label its rule gives it', () => {
    const flagged: ScorecardDefinition = { ...card, overrides: [{ id: 'risky', name: t('Risky'), when: { fact: 'lawsuits_pending', operator: 'equal', value: true }, action: { kind: 'flag', flag: 'high_risk', label: { en: 'High risk', 'zh-CN': '高风险' } } }] };
    expect(flagLabel(flagged, 'high_risk', 'en', { en: 'Lawsuit risk', 'zh-CN': '诉讼风险' })).toBe('Lawsuit risk');
    expect(flagLabel(flagged, 'high_risk', 'en', null)).toBe('High risk');
    expect(flagLabel(undefined, 'blacklisted', 'zh-CN', { en: 'Blacklisted', 'zh-CN': '黑名单' })).toBe('黑名单');
  });

  it('lists a record’s flags once each, the score’s first, a rule’s by its label', () => {
    const flagged: ScorecardDefinition = { ...card, overrides: [{ id: 'risky', name: t('Risky'), when: { fact: 'lawsuits_pending', operator: 'equal', value: true }, action: { kind: 'flag', flag: 'high_risk', label: { en: 'High risk', 'zh-CN': '高风险' } } }] };
    const rules = [{ flag: 'blacklisted', label: { en: 'Blacklisted', 'zh-CN': '黑名单' } }, { flag: 'high_risk', label: null }];
    expect(recordFlags(flagged, ['high_risk'], rules, 'zh-CN')).toEqual([{ flag: 'high_risk', label: '高风险' }, { flag: 'blacklisted', label: '黑名单' }]);
    expect(recordFlags(undefined, [], [], 'en')).toEqual([]);
  });
});

describe('policyText', () => {
  const words = { yes: 'Yes', no: 'No', rows: (n: number) => `${n} rows`, userName: (id: string) => id };
  const settlement = { id: 'settlement', name: t('Settlement'), type: 'text', byGrade: { A: '"credit"' } } as const;
  const form: FormDefinition = {
    ...customerCreditProfile,
    fields: [
      ...customerCreditProfile.fields,
      { id: 'settlement', type: 'formula', label: t('Settlement'), formula: '"credit"', resultType: 'text', options: [{ id: 'credit', label: { en: 'On credit', 'zh-CN': '赊销' } }] },
    ],
  };

  it('names a text output by the option label of the form field of its id', () => {
    expect(policyText(settlement, 'credit', form, 'zh-CN', words)).toBe('赊销');
    expect(policyText(settlement, 'credit', form, 'en', words)).toBe('On credit');
  });

  it('writes other outputs by their type, and a text output without such a field as it is', () => {
    expect(policyText({ ...settlement, id: 'limit', type: 'money' }, 250000, form, 'en', words)).toBe(formatMoney(250000, 'en'));
    expect(policyText({ ...settlement, id: 'terms', type: 'days' }, 60, form, 'en', words)).toBe('60');
    expect(policyText({ ...settlement, id: 'note' }, 'credit', form, 'en', words)).toBe('credit');
    expect(policyText(undefined, null, form, 'en', words)).toBe('—');
  });

  it('names the factors a score found no data for, not those outside every band', () => {
    const factor = (id: string, missing: 'empty' | 'unmatched' | null, name: string | null = id) => ({ id, name: name === null ? null : { en: name, 'zh-CN': `${name}（中）` }, missing });
    const score = { factors: [factor('industry', 'empty', 'Industry'), factor('sales', null), factor('age', 'unmatched'), factor('region', 'empty', null)] };
    expect(missingFactors(score, 'zh-CN')).toEqual(['Industry（中）', 'region']);
    expect(missingFactors({ factors: [factor('sales', null)] }, 'en')).toEqual([]);
  });
});
