/** @module Test material: a small credit app as a bundle — two forms, the credit scorecard, a flow, a rule set, seed data. */
import { creditRoles, customerCreditProfile, sampleCustomer } from '../form/fixtures/customer-credit-profile.js';
import type { FormDefinition } from '../form/index.js';
import type { FlowDefinition } from '../flow/index.js';
import type { RuleSetDefinition } from '../ruleset/index.js';
import { creditScorecard } from '../scorecard/fixtures/credit-scorecard.js';
import { BUNDLE_FORMAT, type Bundle } from './types.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

const application: FormDefinition = {
  kind: 'form',
  id: 'credit_application',
  name: t('Credit application', '授信申请'),
  fields: [
    { id: 'customer', type: 'reference', label: t('Customer', '客户'), target: 'customer', required: true },
    { id: 'grade', type: 'single_select', label: t('Grade', '等级'), options: ['A', 'B', 'C', 'D'].map((g) => ({ id: g, label: t(g, g) })), required: true },
    { id: 'amount', type: 'money', label: t('Amount', '申请额度'), required: true, rules: { min: 0 } },
    { id: 'salesperson', type: 'user', label: t('Salesperson', '业务员') },
  ],
  sections: [{ id: 'main', label: t('Application', '申请'), columns: 2, fields: ['customer', 'grade', 'amount', 'salesperson'] }],
};

const flow: FlowDefinition = {
  kind: 'flow',
  id: 'credit_approval',
  name: t('Credit approval', '授信审批'),
  form: 'credit_application',
  nodes: [
    {
      id: 'route',
      kind: 'branch',
      name: t('By grade', '按等级'),
      branches: [{ id: 'grade_c', name: t('Grade C', 'C 级'), when: { fact: 'grade', operator: 'equal', value: 'C' }, nodes: [{ id: 'countersign', kind: 'approver', name: t('Risk and finance', '风控与财务'), approvers: [{ kind: 'role', role: 'risk_officer' }, { kind: 'role', role: 'finance_director' }], mode: 'and', whenEmpty: 'admin' }] }],
      otherwise: { id: 'other', name: t('Others', '其他'), nodes: [{ id: 'director', kind: 'approver', name: t('Sales director', '销售总监'), approvers: [{ kind: 'role', role: 'sales_director' }], mode: 'or', whenEmpty: 'admin' }] },
    },
  ],
};

const ruleset: RuleSetDefinition = {
  kind: 'ruleset',
  id: 'lawsuit_watch',
  name: t('Lawsuit watch', '涉诉监控'),
  form: 'customer',
  trigger: { kind: 'record_saved' },
  rules: [
    {
      id: 'lawsuit',
      name: t('Lawsuit pending', '存在未决诉讼'),
      conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: true }] },
      actions: [
        { kind: 'add_flag', id: 'flag', flag: 'high_risk' },
        { kind: 'notify', id: 'tell_risk', to: { role: 'risk_officer' }, message: t('{{company_name}} has a pending lawsuit.', '{{company_name}} 存在未决诉讼。') },
      ],
    },
  ],
};

/** A complete, valid bundle. */
export function creditBundle(): Bundle {
  return {
    format: BUNDLE_FORMAT,
    id: 'mini_credit',
    name: t('Mini credit app', '迷你信用应用'),
    version: '1.0.0',
    roles: creditRoles.map((id) => ({ id, name: t(id, id) })),
    definitions: [ruleset, flow, creditScorecard, application, customerCreditProfile],
    seed: {
      customer: [{ id: 'c1', values: { ...sampleCustomer } }],
      credit_application: [{ values: { customer: 'c1', grade: 'C', amount: 300000, salesperson: 'u_zhang_wei' } }],
    },
  };
}
