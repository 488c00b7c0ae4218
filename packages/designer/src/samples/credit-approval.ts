/** @module The credit application form DOMAIN.md's credit approval (授信审批) runs on, and who holds each role; the flow itself is the engine's. */
import { creditApproval } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';

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

export { creditApproval };
