import { describe, expect, it } from 'vitest';
import { ruleCode } from './generate-rules.js';
import { CodeData, codeScope } from './generate-source.js';
import { scorecardParts } from './parts.js';
import { creditCatalog, smallCard } from './test-kit.js';
import type { ScorecardDefinition } from './types.js';

function rules(def: ScorecardDefinition): { lines: string[]; data: unknown[] } {
  const parts = scorecardParts(def, creditCatalog);
  const data = new CodeData();
  return { lines: ruleCode(parts, codeScope(data, parts.fields)), data: data.values };
}

describe('ruleCode', () => {
  it('finds the grade band from the best down, on the total in units of the precision', () => {
    const { lines, data } = rules(smallCard());
    expect(lines[0]).toMatch(/^const band = sc >= 850 \? c\d+ : sc >= 700 \? c\d+ : sc >= 500 \? c\d+ : c\d+;$/);
    expect(data.filter((d) => typeof d === 'object' && d !== null && 'color' in d).map((d) => (d as unknown as { grade: string }).grade)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('runs the overrides inline, reading the fields from locals, and gives the policies a facts object', () => {
    const { lines } = rules(smallCard());
    const text = lines.join('\n');
    expect(text).toContain('if ((v1 === true)) {');
    expect(text).toMatch(/\.outputs\(c\d+, g\.grade, env\)/);
    expect(text).toMatch(/c\d+\.score = total;/);
  });

  it('returns the band without overrides or policies, and fills no facts', () => {
    const { lines } = rules({ ...smallCard(), overrides: [], policies: [] });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^return \{ scorecard: c\d+, total: total, grade: band\.grade, .*overrides: c\d+, flags: c\d+, outputs: c\d+, problems: undefined \};$/);
  });

  it('keeps the facts object current for a condition that needs its closure', () => {
    const def: ScorecardDefinition = { ...smallCard(), policies: [], overrides: [{ id: 'x', when: { fact: 'debt_ratio', operator: 'lessThan', value: { fact: 'current_ratio' } }, action: { kind: 'cap', grade: 'B' } }] };
    const text = rules(def).lines.join('\n');
    expect(text).toMatch(/c\d+\.score = total;\n/);
    expect(text).toMatch(/c\d+\.grade = g\.grade;\nif \(c\d+\(c\d+\)\) \{/);
  });
});
