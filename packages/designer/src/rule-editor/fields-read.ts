/** @module What a test run needs typed in: the fields a rule set reads (formulas traced to their inputs) and its trigger's facts. */
import { conditionFacts, formulaReferences, templateFields, triggerFacts } from '@heng/engine';
import type { Action, FieldCatalog, FieldDefinition, FieldInfo, FormDefinition, RuleSetDefinition } from '@heng/engine';

/** Fields of the form a sample record needs. */
export interface ReadFields {
  /** Fields to type a value into, in form order. */
  readonly inputs: readonly string[];
  /** Formula fields read, shown computed from the inputs. */
  readonly computed: readonly string[];
}

/** The facts one action reads: its templates, formula, payload, recipient field and target. */
function actionReads(a: Action): string[] {
  switch (a.kind) {
    case 'set_field':
      return a.formula === undefined ? [] : formulaReferences(a.formula);
    case 'add_flag':
    case 'remove_flag':
    case 'unfreeze':
      return a.on === undefined ? [] : [a.on];
    case 'notify':
      return [...templateFields(a.message), ...('field' in a.to ? [a.to.field] : [])];
    case 'create_task':
      return [...templateFields(a.title), ...('field' in a.assignee ? [a.assignee.field] : [])];
    case 'freeze':
      return [...templateFields(a.reason), ...(a.on === undefined ? [] : [a.on])];
    case 'call_webhook':
      return [...a.fields];
    case 'start_flow':
      return [];
  }
}

/**
 * The fields of `form` a sample needs to give the facts `ids`: formula fields are replaced by
 * the fields their formulas read (the admin types total assets and liabilities, and sees the
 * debt ratio computed); ids that are not fields of the form (a trigger's facts) and sub-tables
 * (a sample is typed one value at a time) are left out.
 *
 * @example
 * sampleFields(['debt_ratio', 'is_new'], customerCreditProfile) // { inputs: ['total_assets', 'total_liabilities'], computed: ['debt_ratio'] }
 */
export function sampleFields(ids: Iterable<string>, form: FormDefinition): ReadFields {
  const byId = new Map<string, FieldDefinition>(form.fields.map((f) => [f.id, f]));
  const inputs = new Set<string>();
  const computed = new Set<string>();
  const visit = (id: string) => {
    const field = byId.get(id);
    if (field === undefined || field.type === 'sub_table' || inputs.has(id) || computed.has(id)) return;
    if (field.type === 'formula') {
      computed.add(id);
      formulaReferences(field.formula).forEach(visit);
    } else inputs.add(id);
  };
  for (const id of ids) visit(id);
  const order = form.fields.map((f) => f.id);
  return { inputs: order.filter((id) => inputs.has(id)), computed: order.filter((id) => computed.has(id)) };
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
 * eventFacts({ kind: 'record_saved' }, catalog).map((f) => f.id) // ['is_new', 'changed_fields']
 */
export function eventFacts(trigger: RuleSetDefinition['trigger'], fields: FieldCatalog): FieldInfo[] {
  return triggerFacts(trigger, fields).filter((f) => f.id !== 'today');
}
