/** @module Shared test data for rule set tests: two forms of the credit template and a context. */
import { catalogOf, withFacts, type FieldCatalog } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { scorecardFacts } from '../scorecard/facts.js';
import { creditScorecard } from '../scorecard/fixtures/credit-scorecard.js';
import type { ActionCheckEnv, ActionCompileEnv } from './actions/types.js';
import { COMMON_FACTS } from './triggers.js';
import type { Rule, RuleSetDefinition } from './types.js';

/** The day every test runs on. */
export const TODAY = '2025-03-01';

/** A receivable (应收账款): `days_overdue` is a formula field, `DAYS(TODAY(), due_date)` while open. */
export const receivableFields: FieldCatalog = catalogOf([
  { id: 'customer', type: 'reference', kind: 'text', target: 'customer' },
  { id: 'customer_name', type: 'text', kind: 'text' },
  { id: 'salesperson', type: 'user', kind: 'text' },
  { id: 'amount', type: 'money', kind: 'number' },
  { id: 'paid_amount', type: 'money', kind: 'number' },
  { id: 'due_date', type: 'date', kind: 'date' },
  { id: 'status', type: 'single_select', kind: 'text', options: ['open', 'paid', 'written_off'] },
  { id: 'collection_stage', type: 'single_select', kind: 'text', options: ['none', 'reminder', 'notice', 'legal'] },
  { id: 'days_overdue', type: 'number', kind: 'number', computed: true },
  { id: 'tags', type: 'multi_select', kind: 'list', options: ['key_account', 'disputed'] },
  { id: 'disputed', type: 'boolean', kind: 'boolean' },
  { id: 'last_contact', type: 'datetime', kind: 'datetime' },
  { id: 'rate', type: 'percent', kind: 'number' },
  { id: 'installments', type: 'sub_table', kind: 'table', columns: catalogOf([{ id: 'due', type: 'date', kind: 'date' }]) },
]);

/** A customer credit profile (客户资信档案), cut down to what the rules read. */
const customerFields: FieldCatalog = catalogOf([
  { id: 'company_name', type: 'text', kind: 'text' },
  { id: 'sales_owner', type: 'user', kind: 'text' },
  { id: 'blacklisted', type: 'boolean', kind: 'boolean' },
  { id: 'blacklist_reason', type: 'long_text', kind: 'text' },
  { id: 'annual_sales', type: 'money', kind: 'number' },
  { id: 'credit_limit', type: 'money', kind: 'number' },
  { id: 'debt_ratio', type: 'percent', kind: 'number' },
  { id: 'region', type: 'single_select', kind: 'text', options: ['east', 'north', 'south', 'west'] },
]);

/** The roles, flows and scorecards of the bundled credit template, and a scorecard of receivables (a score rule's scorecard scores its form). */
export const ctx: ReferenceContext = {
  forms: new Map([
    ['receivable', receivableFields],
    ['customer', customerFields],
  ]),
  roles: new Set(['salesperson', 'sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal', 'admin']),
  flows: new Set(['credit_application', 'limit_review']),
  scorecards: new Map([...scorecardFacts([creditScorecard]), ['receivable_risk', { form: 'receivable', grades: ['A', 'B', 'C'], policies: [] }]]),
};

/** What an action on a receivable rule is checked against. */
export function actionEnv(): ActionCheckEnv {
  return { fields: receivableFields, facts: withFacts(receivableFields, COMMON_FACTS), ctx, tasks: null };
}

/** What an action on a receivable rule is compiled against. */
export function compileEnv(rule = 'r1'): ActionCompileEnv {
  return { form: 'receivable', fields: receivableFields, facts: withFacts(receivableFields, COMMON_FACTS), forms: ctx.forms, rule };
}

/** A rule that flags records over 100,000, with `patch` on top. */
export function rule(patch: Partial<Rule> = {}): Rule {
  return {
    id: 'big',
    name: { 'zh-CN': '大额', en: 'Large amount' },
    conditions: { all: [{ fact: 'amount', operator: 'greaterThan', value: 100_000 }] },
    actions: [{ kind: 'add_flag', id: 'flag', flag: 'large' }],
    ...patch,
  };
}

/** A valid rule set on receivables, with `patch` on top. */
export function ruleSet(patch: Partial<RuleSetDefinition> = {}): RuleSetDefinition {
  return {
    kind: 'ruleset',
    id: 'receivable_rules',
    name: { 'zh-CN': '应收规则', en: 'Receivable rules' },
    form: 'receivable',
    trigger: { kind: 'record_saved' },
    rules: [rule()],
    ...patch,
  };
}
