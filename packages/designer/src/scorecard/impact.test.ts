import { describe, expect, it } from 'vitest';
import { tIn } from '../i18n/testing.js';
import { changedCounts, deltaText, impactText, policyText, sideText } from './impact.js';

describe('impactText', () => {
  it('counts records, scores and grades in the singular for one and the plural otherwise, in English', () => {
    const t = tIn('en');
    expect(impactText({ records: 1, changedScores: 1, changedGrades: 1 }, t)).toBe('Of 1 record, publishing would change 1 score and 1 grade.');
    expect(impactText({ records: 12, changedScores: 3, changedGrades: 0 }, t)).toBe('Of 12 records, publishing would change 3 scores and 0 grades.');
    expect(impactText({ records: 1, changedScores: 0, changedGrades: 0 }, t)).toBe('Publishing would change no score or grade of the 1 record.');
    expect(impactText({ records: 2, changedScores: 0, changedGrades: 0 }, t)).toBe('Publishing would change no score or grade of the 2 records.');
    expect(t('impact.publishTitle', { count: 1 })).toBe('Publishing re-scores the 1 record of the form');
    expect(t('definitions.job.impact', { ...changedCounts({ changedScores: 1, changedGrades: 2 }, t), moves: 'A → B 2' })).toBe('1 score and 2 grades changed. Grades: A → B 2.');
  });

  it('reads as one sentence in Chinese, whatever the counts', () => {
    const t = tIn('zh-CN');
    expect(impactText({ records: 1, changedScores: 1, changedGrades: 1 }, t)).toBe('1 条记录中，发布后将有 1 条评分、1 条等级发生变化。');
    expect(impactText({ records: 5, changedScores: 0, changedGrades: 0 }, t)).toBe('发布后 5 条记录的评分与等级均不会变化。');
    expect(t('definitions.job.impact', { ...changedCounts({ changedScores: 3, changedGrades: 1 }, t), moves: 'A → B 1' })).toBe('3 条评分变化，1 条等级变化。等级：A → B 1。');
  });
});

describe('sideText', () => {
  it('reads a total and its grade, a total without one, or none', () => {
    expect(sideText({ total: 612, grade: 'A' }, 'none')).toBe('612 · A');
    expect(sideText({ total: 47.5, grade: null }, 'none')).toBe('47.5');
    expect(sideText({ total: null, grade: null }, 'none')).toBe('none');
  });
});

describe('deltaText', () => {
  it('signs the move of the total, rounding away float noise', () => {
    expect(deltaText({ total: 35, grade: 'D' }, { total: 65, grade: 'A' })).toBe('+30');
    expect(deltaText({ total: 60.3, grade: 'A' }, { total: 60.1, grade: 'A' })).toBe('−0.2');
    expect(deltaText({ total: 60, grade: 'A' }, { total: 60, grade: 'B' })).toBe('±0');
  });

  it('says nothing when a side has no total', () => {
    expect(deltaText({ total: null, grade: null }, { total: 65, grade: 'A' })).toBe('');
    expect(deltaText({ total: 65, grade: 'A' }, { total: null, grade: null })).toBe('');
  });
});

describe('policyText', () => {
  const limit = { id: 'policy_limit', name: { 'zh-CN': '建议额度', en: 'Credit limit' }, type: 'money' as const, dropped: false, changed: 2, total: { now: 500_000, draft: 1_200_000.5 } };

  it('counts the records whose value changes, adding up a money policy now and by the draft', () => {
    expect(policyText(limit, 'en', tIn('en'))).toBe('Credit limit: changes for 2 records; over all records, now ¥500,000.00 → draft ¥1,200,000.50');
    expect(policyText(limit, 'zh-CN', tIn('zh-CN'))).toBe('建议额度：2 条记录改变，全部记录合计 当前 500,000.00 元 → 草稿 1,200,000.50 元');
    expect(policyText({ ...limit, type: 'text', total: null, changed: 1 }, 'en', tIn('en'))).toBe('Credit limit: changes for 1 record');
  });

  it('says a policy the draft drops is dropped, by its name, or its id where no version names it', () => {
    const dropped = { id: 'policy_terms', name: { 'zh-CN': '账期', en: 'Terms' }, type: 'days' as const, dropped: true, changed: 3, total: null };
    expect(policyText(dropped, 'en', tIn('en'))).toBe('Terms (dropped by the draft): 3 records lose their value');
    expect(policyText(dropped, 'zh-CN', tIn('zh-CN'))).toBe('账期（草稿已删除此政策）：3 条记录将不再有此政策的值');
    expect(policyText({ ...dropped, name: null, type: null, dropped: false, changed: 1 }, 'en', tIn('en'))).toBe('policy_terms: changes for 1 record');
  });
});
