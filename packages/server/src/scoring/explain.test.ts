import type { CompiledForm, ScoreResult, ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { explainScore } from './explain.js';
import type { StoredScore } from './store.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const card = {
  kind: 'scorecard', id: 'c', name: t('C'), form: 'f', precision: 0, grades: [],
  factors: [
    { id: 'plain', name: t('Plain'), weight: 2500, method: { kind: 'lookup', field: 'open', entries: [] }, missing: { policy: 'exclude' } },
    { id: 'secret', name: t('Secret'), weight: 2500, method: { kind: 'lookup', field: 'secret', entries: [] }, missing: { policy: 'exclude' } },
    { id: 'mixed', name: t('Mixed'), weight: 2500, method: { kind: 'formula', formula: 'ROUND(open * secret, 2)' }, missing: { policy: 'exclude' } },
    { id: 'calc', name: t('Calc'), weight: 2500, method: { kind: 'formula', formula: 'ROUND(open * 2, 2)' }, missing: { policy: 'exclude' } },
  ],
} as unknown as ScorecardDefinition;
const form = { accessFor: (roles: string | readonly string[]) => ({ open: 'read', secret: roles.includes('boss') ? 'write' : 'hidden' }) } as unknown as CompiledForm;
const factor = (id: string, raw: unknown) => ({ id, raw, points: 10, weight: 2500, contribution: 2.5, band: undefined, missing: undefined });
const result: ScoreResult = {
  scorecard: 'c', total: 10, grade: null, label: null, color: null, bandGrade: null, overrides: [], flags: [], outputs: {},
  factors: [factor('plain', 'x'), factor('secret', 42), factor('mixed', 84), factor('calc', 4), factor('gone', 1)],
};
const score: StoredScore = { recordId: 'r', recordRevision: 1, formVersion: 1, scorecardId: 'c', scorecardVersion: 2, result, scoredAt: '2025-01-01T00:00:00.000Z', jobId: null };

describe('explainScore', () => {
  it('blanks raw values that show a hidden field, through a formula too, and keeps the points', () => {
    const seen = explainScore(score, card, form, ['clerk']).factors.map((f) => [f.id, f.raw, f.rawHidden, f.points]);
    expect(seen).toEqual([['plain', 'x', false, 10], ['secret', null, true, 10], ['mixed', null, true, 10], ['calc', 4, false, 10], ['gone', null, true, 10]]);
  });

  it('shows every raw value to a role that may see the fields, with the scorecard version', () => {
    const seen = explainScore(score, card, form, ['boss']);
    expect(seen.factors.map((f) => f.raw)).toEqual(['x', 42, 84, 4, null]);
    expect([seen.scorecardVersion, seen.problems]).toEqual([2, []]);
  });
});
