/** @module What a test run needs typed in: the fields a rule set reads (formulas traced to their inputs) and its trigger's facts. */
import { conditionFacts, formulaReferences, templateFields, triggerFacts } from '@heng/engine';
import type { Action, FieldCatalog, FieldInfo, FormDefinition, Recipient, ReferenceContext, RuleSetDefinition } from '@heng/engine';
import { sampleFields } from '../ops/sample-fields.js';
import type { ReadFields } from '../ops/sample-fields.js';

/** The user field a recipient reads: its own, or the one whose user's manager it is. */
const recipientReads = (to: Recipient): string[] => ('field' in to ? [to.field] : 'managerOf' in to ? [to.managerOf] : []);

/** The facts one action reads: its templates, formula, payload, recipient field and target. */
function actionReads(a: Action): string[] {
  switch (a.kind) {
    case 'set_field':
      return [...(a.formula === undefined ? [] : formulaReferences(a.formula)), ...(a.on === undefined ? [] : [a.on])];
    case 'add_flag':
    case 'remove_flag':
    case 'unfreeze':
      return a.on === undefined ? [] : [a.on];
    case 'notify':
      return [...templateFields(a.message), ...recipientReads(a.to)];
    case 'create_task':
      return [...templateFields(a.title), ...recipientReads(a.assignee)];
    case 'close_tasks':
      return templateFields(a.reason);
    case 'freeze':
      return [...templateFields(a.reason), ...(a.on === undefined ? [] : [a.on])];
    case 'call_webhook':
      return [...a.fields];
    case 'start_flow':
      return [];
  }
}

/**
 * The fields of `form` a rule set reads, in conditions and in actions, as a sample asks for them
 * (see {@link sampleFields}); the trigger's facts are left to {@link eventFacts}.
 *
 * @example
 * fieldsRead(highRisk, customerCreditProfile)
 * // { inputs: ['company_name', 'lawsuits_pending', 'abnormal_operation', 'total_assets', 'total_liabilities'], computed: ['debt_ratio'] }
 */
export function fieldsRead(def: RuleSetDefinition, form: FormDefinition): ReadFields {
  return sampleFields(
    def.rules.flatMap((rule) => [...conditionFacts(rule.conditions), ...rule.actions.flatMap(actionReads)]),
    form,
  );
}

/**
 * The facts the trigger puts next to the record (`is_new`, `changed_fields`, `score`, ...),
 * without `today`, which a test run asks for on its own.
 *
 * @example
 * eventFacts({ kind: 'record_saved' }, catalog, ctx).map((f) => f.id) // ['is_new', 'changed_fields', 'changed_by_roles']
 */
export function eventFacts(trigger: RuleSetDefinition['trigger'], fields: FieldCatalog, ctx: Pick<ReferenceContext, 'scorecards' | 'roles'>): FieldInfo[] {
  return triggerFacts(trigger, fields, ctx).filter((f) => f.id !== 'today');
}
