/** @module Checks of overrides and policies: conditions, grades they name, formulas per grade. */
import { KIND_NAMES } from '../core/catalog.js';
import type { FieldCatalog } from '../core/catalog.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { validateCondition } from '../condition/index.js';
import { checkFormula } from '../formula/index.js';
import { duplicateIds, nameOf } from './messages.js';
import type { Override, Policy, PolicyType } from './types.js';

/** A policy's type in words, as its problems name it. */
const POLICY_TYPE_NAMES: Readonly<Record<PolicyType, { readonly en: string; readonly zh: string }>> = {
  money: { en: 'an amount of money', zh: '金额' },
  number: { en: 'a number', zh: '数字' },
  days: { en: 'a number of days', zh: '天数' },
  text: { en: 'text', zh: '文本' },
};

/**
 * Every problem with the overrides: ids, conditions over the record plus `score` and
 * `grade` (`facts` is that catalog; undefined when the form is unknown), and grades to cap
 * at or force that exist.
 *
 * @example
 * validateOverrides([{ id: 'risk', when: {...}, action: { kind: 'cap', grade: 'DD' } }], ['A', 'B', 'C', 'D'], facts)
 * // [{ path: '/overrides/0/action/grade', code: 'scorecard.overrides.grade', message: 'Override "risk" names grade "DD", which is not a grade. Did you mean "D"?' }]
 */
export function validateOverrides(overrides: readonly Override[], grades: readonly string[], facts: FieldCatalog | undefined): Problem[] {
  const out = duplicateIds(overrides, '/overrides', { en: 'override', zh: '否决规则' });
  overrides.forEach((o, i) => {
    if (facts !== undefined) out.push(...validateCondition(o.when, facts, `/overrides/${i}/when`));
    const a = o.action;
    if (a.kind !== 'flag' && !grades.includes(a.grade)) {
      const h = hint(a.grade, grades);
      const n = nameOf(o);
      out.push(
        problem(
          `/overrides/${i}/action/grade`,
          'scorecard.overrides.grade',
          `Override "${n.en}" names grade "${a.grade}", which is not a grade.${h.en}`,
          `否决规则 "${n.zh}" 引用的等级 "${a.grade}" 不存在。${h.zh}`,
        ),
      );
    }
  });
  return out;
}

/**
 * Every problem with the policies: ids, a formula for every grade and none for unknown
 * grades, and formulas that check and give the policy's type (text for text, else a number).
 *
 * @example
 * validatePolicies([{ id: 'limit', type: 'money', byGrade: { AAA: 'annual_sales * 0.2' }, ... }], ['AAA', 'AA'], facts)
 * // [{ path: '/policies/0/byGrade', code: 'scorecard.policies.missing', message: 'Policy "Credit limit" has no value for grade "AA": add one.' }]
 */
export function validatePolicies(policies: readonly Policy[], grades: readonly string[], facts: FieldCatalog | undefined): Problem[] {
  const out = duplicateIds(policies, '/policies', { en: 'policy', zh: '等级政策' });
  policies.forEach((p, i) => {
    const path = `/policies/${i}/byGrade`;
    const n = nameOf(p);
    for (const g of grades) {
      if (!Object.hasOwn(p.byGrade, g)) {
        out.push(problem(path, 'scorecard.policies.missing', `Policy "${n.en}" has no value for grade "${g}": add one (0 when none applies).`, `等级政策 "${n.zh}" 缺少等级 "${g}" 的取值：请补上（不适用时填 0）。`));
      }
    }
    for (const [g, source] of Object.entries(p.byGrade)) {
      const at = pointer(path, g);
      if (!grades.includes(g)) {
        const h = hint(g, grades);
        out.push(problem(at, 'scorecard.policies.grade', `Policy "${n.en}" has a value for "${g}", which is not a grade.${h.en}`, `等级政策 "${n.zh}" 为不存在的等级 "${g}" 设置了取值。${h.zh}`));
        continue;
      }
      if (facts === undefined) continue;
      const checked = checkFormula(source, facts, at);
      out.push(...checked.problems);
      const want = p.type === 'text' ? 'text' : 'number';
      if (checked.problems.length === 0 && checked.kind !== want) {
        out.push(
          problem(
            at,
            'scorecard.policies.kind',
            `Policy "${n.en}" is ${POLICY_TYPE_NAMES[p.type].en}, but the formula for "${g}" gives ${checked.kind === undefined ? 'no value' : KIND_NAMES[checked.kind].en}.${p.type === 'text' ? ' Put text in double quotes: "cash only".' : ''}`,
            `等级政策 "${n.zh}" 的值为${POLICY_TYPE_NAMES[p.type].zh}，但等级 "${g}" 的公式结果为${checked.kind === undefined ? '空' : KIND_NAMES[checked.kind].zh}。${p.type === 'text' ? '文本请加双引号，如 "现款现货"。' : ''}`,
          ),
        );
      }
    }
  });
  return out;
}
