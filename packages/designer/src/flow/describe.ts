/** @module One-line summaries on the flow's cards: a branch's condition and name, who a node asks, the form's select options as grades. */
import { operators, yesNo } from '@heng/engine';
import type { ApproverSpec, Condition, FormDefinition, GradeBand, LocalizedText, Operator, OperatorSpec } from '@heng/engine';
import { formatRound } from '../format/money.js';
import type { Lang } from '../i18n/language.js';
import { isDefaultName } from '../ops/branch-name.js';
import { fieldLabel, optionLabel } from '../scorecard/fields.js';

const SYMBOLS: Readonly<Record<string, string>> = { equal: '=', notEqual: '≠', lessThan: '<', lessThanInclusive: '≤', greaterThan: '>', greaterThanInclusive: '≥' };

/** The operator's spec, or none for a name a draft may hold that is no operator. */
const specOf = (operator: string): OperatorSpec | undefined => (Object.hasOwn(operators, operator) ? operators[operator as Operator] : undefined);

/** How a flow's conditions name facts and options the form does not label as they read them (a scorecard's 评分, 等级 and grades); the condition builder takes the same. */
export interface ConditionLabels {
  readonly factLabel?: (fact: string) => string | undefined;
  readonly optionText?: (fact: string, option: string) => string | undefined;
}

function factText(form: FormDefinition, fact: string, lang: Lang, labels: ConditionLabels): string {
  return labels.factLabel?.(fact) ?? fieldLabel(form, fact, lang);
}

function valueText(form: FormDefinition, fact: string, value: unknown, lang: Lang, labels: ConditionLabels): string {
  if (Array.isArray(value)) return value.map((v) => valueText(form, fact, v, lang, labels)).join(lang === 'zh-CN' ? '、' : ', ');
  if (typeof value === 'number') return formatRound(value, lang);
  if (typeof value === 'boolean') return yesNo(value)[lang];
  if (typeof value === 'object' && value !== null && 'fact' in value) return factText(form, String(value.fact), lang, labels);
  return (typeof value === 'string' ? labels.optionText?.(fact, value) : undefined) ?? optionLabel(form, fact, value, lang);
}

/**
 * A condition as a line of text for a branch card, fields and options by their labels (`labels`
 * first, as the condition builder names them).
 *
 * @example
 * describeCondition({ all: [{ fact: 'grade', operator: 'equal', value: 'A' }, { fact: 'amount', operator: 'lessThan', value: 500000 }] }, form, 'en')
 * // 'Grade = A and Amount applied for < 500,000'
 */
export function describeCondition(cond: Condition, form: FormDefinition, lang: Lang, labels: ConditionLabels = {}): string {
  const zh = lang === 'zh-CN';
  if ('all' in cond || 'any' in cond) {
    const parts = 'all' in cond ? cond.all : cond.any;
    const joiner = 'all' in cond ? (zh ? ' 且 ' : ' and ') : zh ? ' 或 ' : ' or ';
    const inner = parts.map((c) => describeCondition(c, form, lang, labels));
    return parts.length > 1 && 'any' in cond ? `(${inner.join(joiner)})` : inner.join(joiner);
  }
  if ('not' in cond) return `${zh ? '非' : 'not'} (${describeCondition(cond.not, form, lang, labels)})`;
  const spec = specOf(cond.operator);
  const op = SYMBOLS[cond.operator] ?? spec?.label[lang] ?? cond.operator;
  const subject = `${factText(form, cond.fact, lang, labels)} ${op}`;
  return spec?.value === 'none' ? subject : `${subject} ${valueText(form, cond.fact, cond.value, lang, labels)}`;
}

/**
 * A branch's name as the designer shows it: while it keeps its default name (条件 1, never
 * typed), its condition in words, worked out each time so it follows every edit of the
 * condition; a typed name, the otherwise lane's and a branch's with no condition yet as stored.
 *
 * @example
 * branchName({ name: { en: 'Condition 1', 'zh-CN': '条件 1' }, when: { fact: 'grade', operator: 'equal', value: 'A' } }, form, 'zh-CN') // '信用等级 = A'
 */
export function branchName(branch: { readonly name: LocalizedText; readonly when?: Condition }, form: FormDefinition, lang: Lang, labels: ConditionLabels = {}): string {
  const words = branch.when !== undefined && isDefaultName(branch.name, lang) ? describeCondition(branch.when, form, lang, labels) : '';
  return words === '' ? branch.name[lang] : words;
}

/** How the current language names roles and manager levels, and how users are named. */
export interface WhoLabels {
  role(role: string): string;
  manager(levels: number): string;
  user(id: string): string;
}

/**
 * How a card names one approver spec.
 *
 * @example
 * describeWho({ kind: 'field', field: 'salesperson' }, form, 'zh-CN', labels) // '业务员'
 */
export function describeWho(spec: ApproverSpec, form: FormDefinition, lang: Lang, labels: WhoLabels): string {
  switch (spec.kind) {
    case 'role':
      return labels.role(spec.role);
    case 'users':
      return spec.users.map(labels.user).join(lang === 'zh-CN' ? '、' : ', ');
    case 'field':
      return fieldLabel(form, spec.field, lang);
    case 'manager':
      return labels.manager(spec.levels ?? 1);
  }
}

/**
 * The options of the form's `grade` select as grade bands, which the value inputs offer for a field named `grade`.
 *
 * @example
 * gradesOf(creditApplication).map((g) => g.grade) // ['A', 'B', 'C', 'D']
 */
export function gradesOf(form: FormDefinition): GradeBand[] {
  const field = form.fields.find((f) => f.id === 'grade');
  const options = field !== undefined && 'options' in field && Array.isArray(field.options) ? (field.options as ReadonlyArray<{ readonly id: string; readonly label: GradeBand['label'] }>) : [];
  return options.map((o, i) => ({ id: o.id, grade: o.id, label: o.label, color: '#1677ff', min: options.length - i - 1 }));
}
