import { describe, expect, it } from 'vitest';
import { scoreCatalog } from './overrides.js';
import { creditCatalog, smallCard } from './test-kit.js';
import type { Policy } from './types.js';
import { validateOverrides, validatePolicies } from './validate-rules.js';

const def = smallCard();
const grades = def.grades.map((g) => g.grade);
const facts = scoreCatalog(creditCatalog, def.grades.map((g) => g.grade));

describe('validateOverrides', () => {
  it('accepts conditions on fields, score and grade', () => {
    const when = { all: [{ fact: 'score', operator: 'lessThan', value: 60 }, { fact: 'grade', operator: 'in', value: ['A', 'B'] }] } as const;
    expect(validateOverrides([{ id: 'o', when, action: { kind: 'cap', grade: 'C' } }], grades, facts)).toEqual([]);
  });

  it('reports unknown grades with a suggestion, bad conditions and duplicate ids', () => {
    const problems = validateOverrides(
      [
        { id: 'o', when: { fact: 'debt_ration', operator: 'greaterThan', value: 0.7 }, action: { kind: 'cap', grade: 'DD' } },
        { id: 'o', when: { all: [] }, action: { kind: 'flag', flag: 'x', label: { 'zh-CN': 'x', en: 'x' } } },
      ],
      grades,
      facts,
    );
    expect(problems.map((p) => p.code)).toEqual(['scorecard.id.duplicate', 'condition.fact.unknown', 'scorecard.overrides.grade']);
    expect(problems[2]?.message).toBe('Override "o" names grade "DD", which is not a grade. Did you mean "D"?');
  });

  it('names an override by its name when it has one', () => {
    const named = { id: 'o_1', name: { en: 'Lawsuit cap', 'zh-CN': '涉诉封顶' }, when: { all: [] }, action: { kind: 'cap', grade: 'DD' } } as const;
    const [p] = validateOverrides([named], grades, facts);
    expect(p?.message).toBe('Override "Lawsuit cap" names grade "DD", which is not a grade. Did you mean "D"?');
    expect(p?.messageZh).toBe('否决规则 "涉诉封顶" 引用的等级 "DD" 不存在。 是否应为 "D"？');
  });
});

describe('validatePolicies', () => {
  const limit = def.policies![0] as Policy;

  it('accepts a formula per grade', () => {
    expect(validatePolicies(def.policies!, grades, facts)).toEqual([]);
  });

  it('reports missing and unknown grades', () => {
    const problems = validatePolicies([{ ...limit, byGrade: { A: '1', B: '1', C: '1', 'D/E': '1' } }], grades, facts);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/policies/0/byGrade', 'scorecard.policies.missing'],
      ['/policies/0/byGrade/D~1E', 'scorecard.policies.grade'],
    ]);
    expect(problems[0]?.message).toBe('Policy "Credit limit" has no value for grade "D": add one (0 when none applies).');
    expect(problems[0]?.messageZh).toBe('等级政策 "信用额度" 缺少等级 "D" 的取值：请补上（不适用时填 0）。');
  });

  it('checks formulas and their type', () => {
    const terms: Policy = { id: 'terms', name: limit.name, type: 'text', byGrade: { A: '"月结 90 天"', B: '60', C: '"现款现货"', D: 'anual_sales' } };
    const problems = validatePolicies([terms], grades, facts);
    expect(problems.map((p) => p.path)).toEqual(['/policies/0/byGrade/B', '/policies/0/byGrade/D']);
    expect(problems[0]?.code).toBe('scorecard.policies.kind');
    expect(problems[0]?.message).toContain('Put text in double quotes');
    // Types in words, not as codes (text, number).
    expect(problems[0]?.message).toBe('Policy "Credit limit" is text, but the formula for "B" gives a number. Put text in double quotes: "cash only".');
    expect(problems[0]?.messageZh).toBe('等级政策 "信用额度" 的值为文本，但等级 "B" 的公式结果为数字。文本请加双引号，如 "现款现货"。');
  });

  it('skips formula checks when the form is unknown', () => {
    expect(validatePolicies([{ ...limit, byGrade: { A: 'x', B: 'y', C: 'z', D: 'w' } }], grades, undefined)).toEqual([]);
  });
});
