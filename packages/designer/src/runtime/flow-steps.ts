/** @module How an approval's history names its flow's steps: each node and route by its name, a route also by the condition it is taken on. */
import { compileFlow } from '@heng/engine';
import type { Condition, FlowDefinition, FormDefinition, LocalizedText } from '@heng/engine';
import { describeCondition } from '../flow/describe.js';
import type { ConditionLabels } from '../flow/describe.js';
import type { Lang } from '../i18n/language.js';
import { isDefaultName } from '../ops/branch-name.js';

/** A node or a route of a flow version, as its history names it. */
export interface FlowStep {
  readonly name: LocalizedText;
  /** The condition a branch's route is taken on; none for a node or the otherwise route. */
  readonly when?: Condition;
}

/**
 * The steps of a flow version by id: its nodes, and its branch nodes' routes.
 *
 * @example
 * flowSteps(creditApproval).get('grade_c') // { name: { 'zh-CN': 'C 级', … }, when: { fact: 'grade', operator: 'equal', value: 'C' } }
 */
export function flowSteps(flow: FlowDefinition): ReadonlyMap<string, FlowStep> {
  return new Map(
    [...compileFlow(flow).nodes].flatMap(([id, { node }]) => [
      [id, { name: node.name }] as const,
      ...(node.kind === 'branch' ? [...node.branches.map((b) => [b.id, { name: b.name, when: b.when }] as const), [node.otherwise.id, { name: node.otherwise.name }] as const] : []),
    ]),
  );
}

/**
 * A route as the history says it was taken, with the condition it is taken on in words (fields
 * and options by their labels): a typed name and its condition, a default one (“条件 1”) by its
 * condition alone, as the flow designer names it.
 *
 * @example
 * routeText({ name: { en: 'Condition 1', 'zh-CN': '条件 1' }, when: { fact: 'amount', operator: 'greaterThan', value: 500000 } }, form, 'en')
 * // 'Amount applied for > 500,000'
 */
export function routeText(step: FlowStep, form: FormDefinition, lang: Lang, labels: ConditionLabels = {}): string {
  const when = step.when === undefined ? '' : describeCondition(step.when, form, lang, labels);
  if (when === '') return step.name[lang];
  if (isDefaultName(step.name, lang)) return when;
  return lang === 'zh-CN' ? `${step.name[lang]}（${when}）` : `${step.name[lang]} (${when})`;
}
