import { describe, expect, it } from 'vitest';
import { duplicateIds, formatBp, formatValue } from './messages.js';

describe('formatValue', () => {
  it('writes percent fields as percentages, dates with their unit, others as they are', () => {
    expect(formatValue(0.35, { id: 'd', type: 'percent', kind: 'number' }).en).toBe('35%');
    expect(formatValue(0.07, { id: 'd', type: 'percent', kind: 'number' }).en).toBe('7%');
    expect(formatValue(3, { id: 'f', type: 'date', kind: 'date' }, 'years')).toEqual({ en: '3 years', zh: '3 年' });
    expect(formatValue(1e6, { id: 's', type: 'money', kind: 'number' }).en).toBe('1000000');
    expect(formatValue(2).en).toBe('2');
  });
});

describe('formatBp', () => {
  it('writes basis points as a percentage with 2 decimals', () => {
    expect(formatBp(9500)).toBe('95.00%');
    expect(formatBp(3333)).toBe('33.33%');
  });
});

describe('duplicateIds', () => {
  it('reports each repeat at its id', () => {
    const problems = duplicateIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }], '/factors', { en: 'factor', zh: '指标' });
    expect(problems.map((p) => p.path)).toEqual(['/factors/2/id', '/factors/3/id']);
    expect(problems[0]?.message).toBe('The factor id "a" is used twice: give this factor another id.');
  });
});
