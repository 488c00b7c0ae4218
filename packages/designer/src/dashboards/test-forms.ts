/** @module Test material for the dashboard editor: a customer form, a receivable form referencing it, and their context. */
import { formCatalog } from '@heng/engine';
import type { DashboardDefinition, FormDefinition, ReferenceContext } from '@heng/engine';

/** A label the same in both languages unless `zh` is given. */
export const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
/** Customers: a name, an industry (select) and a score. */
const customer = {
  kind: 'form', id: 'customer', name: t('Customer', '客户'),
  fields: [
    { id: 'name', type: 'text', label: t('Name', '名称') },
    { id: 'industry', type: 'single_select', label: t('Industry', '行业'), options: [{ id: 'steel', label: t('Steel', '钢铁') }] },
    { id: 'score', type: 'number', label: t('Score', '评分') },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['name', 'industry', 'score'] }],
} as FormDefinition;
/** Receivables of a customer: amount and issue date. */
const receivable = {
  kind: 'form', id: 'receivable', name: t('Receivable', '应收'),
  fields: [
    { id: 'customer', type: 'reference', label: t('Customer', '客户'), target: 'customer' },
    { id: 'amount', type: 'money', label: t('Amount', '金额') },
    { id: 'issued_on', type: 'date', label: t('Issued on', '开票日期') },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['customer', 'amount', 'issued_on'] }],
} as FormDefinition;
/** Both forms, published. */
export const forms = new Map([['customer', customer], ['receivable', receivable]]);
/** What the forms are checked against. */
export const ctx: ReferenceContext = { forms: new Map([...forms].map(([id, f]) => [id, formCatalog(f)])), roles: new Set(), flows: new Set(), scorecards: new Map() };
/** A dashboard with no charts yet. */
export const empty: DashboardDefinition = { kind: 'dashboard', id: 'board', name: t('Board', '看板'), filters: [], charts: [] };
