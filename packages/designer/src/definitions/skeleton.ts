/** @module What a new definition starts as: the least each kind needs, for the admin to fill in. */
import { isId } from '@heng/engine';
import type { DashboardDefinition, Definition, DefinitionKind, FlowDefinition, FormDefinition, LocalizedText, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';

/** What the “new” dialog asks: an id, a name (in Chinese, English or both), and for all but forms the form it works on. */
export interface NewDefinition {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name: LocalizedText;
  /** The form a scorecard scores, a rule set watches, a flow approves. */
  readonly form?: string;
}

/** The kinds that belong to a form. */
export const FORM_BOUND: ReadonlySet<DefinitionKind> = new Set(['scorecard', 'ruleset', 'flow']);

/** The usual A–D scale, a starting point the admin reshapes in the grades tab. */
const GRADES: ScorecardDefinition['grades'] = [
  { id: 'a', grade: 'A', label: { en: 'Excellent', 'zh-CN': '优秀' }, color: '#2e7d32', min: 85, max: 100 },
  { id: 'b', grade: 'B', label: { en: 'Good', 'zh-CN': '良好' }, color: '#1565c0', min: 70, max: 84.9 },
  { id: 'c', grade: 'C', label: { en: 'Average', 'zh-CN': '一般' }, color: '#f9a825', min: 50, max: 69.9 },
  { id: 'd', grade: 'D', label: { en: 'High risk', 'zh-CN': '高风险' }, color: '#c62828', min: 0, max: 49.9 },
];

/**
 * The first draft of a new definition. Forms start with one empty section, scorecards with the
 * A–D scale and no factors, rule sets running whenever a record is saved, flows with no nodes,
 * dashboards with no filters or charts.
 *
 * @example
 * skeleton({ kind: 'scorecard', id: 'credit', name: { en: 'Credit', 'zh-CN': '信用' }, form: 'customer' }).grades.length // 4
 */
export function skeleton(input: NewDefinition): Definition {
  const { id, name } = input;
  const form = input.form ?? '';
  switch (input.kind) {
    case 'form':
      return { kind: 'form', id, name, fields: [], sections: [{ id: 'main', label: name, columns: 2, fields: [] }] } satisfies FormDefinition;
    case 'scorecard':
      return { kind: 'scorecard', id, name, form, precision: 1, factors: [], grades: GRADES } satisfies ScorecardDefinition;
    case 'ruleset':
      return { kind: 'ruleset', id, name, form, trigger: { kind: 'record_saved' }, rules: [] } satisfies RuleSetDefinition;
    case 'flow':
      return { kind: 'flow', id, name, form, nodes: [] } satisfies FlowDefinition;
    case 'dashboard':
      return { kind: 'dashboard', id, name, filters: [], charts: [] } satisfies DashboardDefinition;
  }
}

/**
 * The dialog's input as it will be created: a name given in one language only stands for both
 * (a company working in Chinese alone names things once), and an id left empty is made from the
 * English name when that reads as one (`Supplier rating` → `supplier_rating`), else the kind and
 * the first free number (`form_1`).
 *
 * @example
 * completed({ kind: 'form', id: '', name: { 'zh-CN': '供应商', en: '' } }, new Set(['form_1'])) // { kind: 'form', id: 'form_2', name: { 'zh-CN': '供应商', en: '供应商' } }
 */
export function completed(input: NewDefinition, taken: ReadonlySet<string>): NewDefinition {
  const zh = input.name['zh-CN'].trim();
  const en = input.name.en.trim();
  const name = { 'zh-CN': zh === '' ? en : zh, en: en === '' ? zh : en };
  if (input.id.trim() !== '') return { ...input, id: input.id.trim(), name };
  const slug = en.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64);
  if (isId(slug) && !taken.has(slug)) return { ...input, id: slug, name };
  let n = 1;
  while (taken.has(`${input.kind}_${n}`)) n += 1;
  return { ...input, id: `${input.kind}_${n}`, name };
}

/** What is wrong with the dialog's input, per field; none: it can be created. */
export type NewDefinitionProblem = 'idInvalid' | 'idTaken' | 'nameMissing' | 'formMissing';

/**
 * The problems of the dialog's input: an id that is not an id or is taken by a definition of the
 * same kind, no name in either language, a missing form for a kind that needs one.
 *
 * @example
 * newDefinitionProblems({ kind: 'flow', id: '1x', name: { en: 'A', 'zh-CN': '' } }, new Set()) // { id: 'idInvalid', name: 'nameMissing', form: 'formMissing' }
 */
export function newDefinitionProblems(input: NewDefinition, taken: ReadonlySet<string>): Partial<Record<'id' | 'name' | 'form', NewDefinitionProblem>> {
  const out: Partial<Record<'id' | 'name' | 'form', NewDefinitionProblem>> = {};
  if (!isId(input.id)) out.id = 'idInvalid';
  else if (taken.has(input.id)) out.id = 'idTaken';
  if (input.name.en.trim() === '' && input.name['zh-CN'].trim() === '') out.name = 'nameMissing';
  if (FORM_BOUND.has(input.kind) && (input.form ?? '') === '') out.form = 'formMissing';
  return out;
}
