/** @module DOMAIN.md's credit approval (授信审批) flow and the credit application form it runs on. */
import type { Directory, FlowDefinition, FormDefinition } from '@heng/engine';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** The roles a flow of the bundled app may name (the credit template's, plus the boss). */
export const flowRoles: readonly string[] = ['salesperson', 'sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal', 'boss'];

/** 授信申请: what a salesperson fills in to ask for a credit limit. */
export const creditApplication: FormDefinition = {
  kind: 'form',
  id: 'credit_application',
  name: t('Credit application', '授信申请'),
  fields: [
    { id: 'customer', type: 'text', label: t('Customer', '客户'), required: true },
    { id: 'grade', type: 'single_select', label: t('Grade', '信用等级'), options: ['A', 'B', 'C', 'D'].map((g) => ({ id: g, label: t(g, g) })), required: true },
    { id: 'amount', type: 'money', label: t('Amount applied for', '申请额度'), required: true, rules: { min: 0 } },
    { id: 'salesperson', type: 'user', label: t('Salesperson', '业务员') },
    { id: 'approved_amount', type: 'money', label: t('Approved amount', '批准额度'), rules: { min: 0 } },
  ],
  sections: [{ id: 'main', label: t('Application', '申请'), columns: 2, fields: ['customer', 'grade', 'amount', 'salesperson', 'approved_amount'] }],
};

const role = (r: string) => ({ kind: 'role', role: r }) as const;

/**
 * Grade A under 500,000 → the sales director alone; grade C → risk officer and finance director
 * countersign; grade D → that countersign, then the boss; anything else → the sales director,
 * then the finance director. The salesperson on the application is copied at the end.
 */
export const creditApproval: FlowDefinition = {
  kind: 'flow',
  id: 'credit_approval',
  name: t('Credit approval', '授信审批'),
  form: 'credit_application',
  nodes: [
    {
      id: 'route',
      kind: 'branch',
      name: t('Route by grade and amount', '按等级和金额分流'),
      branches: [
        {
          id: 'grade_a_small',
          name: t('Grade A, under 500,000', 'A 级且金额低于 50 万'),
          when: { all: [{ fact: 'grade', operator: 'equal', value: 'A' }, { fact: 'amount', operator: 'lessThan', value: 500000 }] },
          nodes: [
            { id: 'director_only', kind: 'approver', name: t('Sales director', '销售总监审批'), approvers: [role('sales_director')], mode: 'or', whenEmpty: 'admin', timeout: { hours: 24, action: 'remind' }, editableFields: ['approved_amount'] },
          ],
        },
        {
          id: 'grade_c',
          name: t('Grade C', 'C 级'),
          when: { fact: 'grade', operator: 'equal', value: 'C' },
          nodes: [
            {
              id: 'risk_finance',
              kind: 'approver',
              name: t('Risk and finance countersign', '风控与财务会签'),
              approvers: [role('risk_officer'), role('finance_director')],
              mode: 'and',
              whenEmpty: 'admin',
              timeout: { hours: 48, action: 'escalate', escalateTo: [role('boss')] },
              editableFields: ['approved_amount'],
            },
          ],
        },
        {
          id: 'grade_d',
          name: t('Grade D', 'D 级'),
          when: { fact: 'grade', operator: 'equal', value: 'D' },
          nodes: [
            { id: 'd_risk_finance', kind: 'approver', name: t('Risk and finance countersign', '风控与财务会签'), approvers: [role('risk_officer'), role('finance_director')], mode: 'and', whenEmpty: 'admin' },
            { id: 'd_boss', kind: 'approver', name: t('Boss', '老板审批'), approvers: [role('boss')], mode: 'or', whenEmpty: 'admin' },
          ],
        },
      ],
      otherwise: {
        id: 'other',
        name: t('Other grades and large amounts', '其他等级或大额'),
        nodes: [
          { id: 'director_first', kind: 'approver', name: t('Sales director', '销售总监审批'), approvers: [role('sales_director')], mode: 'or', whenEmpty: 'admin' },
          { id: 'finance_second', kind: 'approver', name: t('Finance director', '财务总监审批'), approvers: [role('finance_director')], mode: 'or', whenEmpty: 'admin' },
        ],
      },
    },
    { id: 'cc_sales', kind: 'copy', name: t('Copy the salesperson', '抄送业务员'), to: [{ kind: 'field', field: 'salesperson' }] },
  ],
};

/** Who holds each role in the simulator: li (salesperson) → sun → wang (sales director) → boss. */
export const sampleDirectory: Directory = {
  roles: { salesperson: ['li', 'zhou'], sales_manager: ['sun'], sales_director: ['wang'], risk_officer: ['zhao'], finance_director: ['qian'], legal: ['chen'], boss: ['boss'] },
  managers: { li: 'sun', zhou: 'sun', sun: 'wang', wang: 'boss' },
  admins: ['admin'],
};
