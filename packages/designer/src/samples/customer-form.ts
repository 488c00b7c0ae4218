/** @module Bundled example: the 360° customer credit profile (客户资信档案), a copy of the engine's fixture form. */
import type { FieldDefinition, FormDefinition, SelectOption } from '@heng/engine';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const options = (...pairs: Array<[string, string, string]>): SelectOption[] => pairs.map(([id, en, zh]) => ({ id, label: t(en, zh) }));

/** The roles of the bundled credit template. */
export const creditRoles = ['salesperson', 'sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal', 'admin'] as const;

/** Finance decides limits: sales may read them, not change them. */
const financeOnly = { salesperson: 'read', sales_manager: 'read', sales_director: 'read' } as const;

const registration: FieldDefinition[] = [
  { id: 'company_name', type: 'text', label: t('Company name', '企业名称'), required: true, rules: { minLength: 2, maxLength: 100, unique: true } },
  {
    id: 'credit_code',
    type: 'text',
    label: t('Unified social credit code', '统一社会信用代码'),
    required: true,
    rules: {
      pattern: { regex: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$', message: t('The unified social credit code has 18 characters: digits and capital letters except I, O, S, V, Z.', '统一社会信用代码为 18 位，由数字和除 I、O、S、V、Z 外的大写字母组成。') },
      unique: true,
    },
  },
  { id: 'legal_representative', type: 'text', label: t('Legal representative', '法定代表人'), rules: { maxLength: 50 } },
  { id: 'founded_on', type: 'date', label: t('Founded on', '成立日期'), rules: { min: '1949-10-01', max: 'today' } },
  { id: 'registered_capital', type: 'money', label: t('Registered capital', '注册资本'), rules: { min: 0 } },
  { id: 'enterprise_type', type: 'single_select', label: t('Enterprise type', '企业性质'), required: true, options: options(['state_owned', 'State-owned', '国企'], ['private', 'Private', '民企'], ['foreign', 'Foreign-invested', '外资']) },
  { id: 'industry', type: 'single_select', label: t('Industry', '所属行业'), required: true, options: options(['manufacturing', 'Manufacturing', '制造业'], ['wholesale', 'Wholesale and retail', '批发零售'], ['construction', 'Construction', '建筑业'], ['steel', 'Steel', '钢铁'], ['services', 'Services', '服务业']) },
  { id: 'region', type: 'single_select', label: t('Region', '所在区域'), options: options(['east', 'East China', '华东'], ['south', 'South China', '华南'], ['north', 'North China', '华北'], ['central', 'Central China', '华中'], ['west', 'West China', '西部']) },
  { id: 'lawsuits_pending', type: 'boolean', label: t('Lawsuits pending', '存在未决诉讼'), default: false },
  { id: 'lawsuit_details', type: 'long_text', label: t('Lawsuit details', '诉讼详情'), required: true, visibleWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true }, access: { salesperson: 'read' } },
  { id: 'administrative_penalties', type: 'number', label: t('Administrative penalties', '行政处罚次数'), decimals: 0, rules: { min: 0 } },
  { id: 'abnormal_operation', type: 'boolean', label: t('Listed for abnormal operation', '经营异常'), default: false },
  { id: 'recent_changes', type: 'multi_select', label: t('Recent changes', '近期变更'), options: options(['legal_representative', 'Legal representative', '法定代表人'], ['shareholders', 'Shareholders', '股东']) },
];

const financials: FieldDefinition[] = [
  { id: 'annual_sales', type: 'money', label: t('Annual sales', '年销售额'), required: true, rules: { min: 0 } },
  { id: 'total_assets', type: 'money', label: t('Total assets', '资产总额'), rules: { min: 0 } },
  { id: 'total_liabilities', type: 'money', label: t('Total liabilities', '负债总额'), rules: { min: 0 } },
  { id: 'equity', type: 'formula', label: t('Equity', '所有者权益'), formula: 'total_assets - total_liabilities', resultType: 'money' },
  { id: 'debt_ratio', type: 'formula', label: t('Debt ratio', '资产负债率'), formula: 'total_liabilities / total_assets', resultType: 'percent', decimals: 2 },
  { id: 'current_ratio', type: 'number', label: t('Current ratio', '流动比率'), decimals: 2, rules: { min: 0 } },
  { id: 'quick_ratio', type: 'number', label: t('Quick ratio', '速动比率'), decimals: 2, rules: { min: 0 } },
  { id: 'gross_margin', type: 'percent', label: t('Gross margin', '毛利率'), decimals: 1, rules: { min: -1, max: 1 } },
  {
    id: 'statements',
    type: 'sub_table',
    label: t('Financial statements by year', '历年财务报表'),
    columns: [
      { id: 'year', type: 'number', label: t('Year', '年度'), required: true, decimals: 0, rules: { min: 1990, max: 2100 } },
      { id: 'assets', type: 'money', label: t('Assets', '资产'), required: true, rules: { min: 0 } },
      { id: 'liabilities', type: 'money', label: t('Liabilities', '负债'), required: true, rules: { min: 0 } },
      { id: 'debt_ratio', type: 'formula', label: t('Debt ratio', '资产负债率'), formula: 'liabilities / assets', resultType: 'percent', decimals: 1 },
    ],
  },
];

const trading: FieldDefinition[] = [
  { id: 'account_manager', type: 'user', label: t('Account manager', '客户经理') },
  { id: 'cooperation_since', type: 'date', label: t('Cooperating since', '合作起始日期'), rules: { max: 'today' } },
  { id: 'years_of_cooperation', type: 'formula', label: t('Years of cooperation', '合作年限'), formula: 'ROUND(DAYS(TODAY(), cooperation_since) / 365, 1)', resultType: 'number', decimals: 1 },
  { id: 'order_count', type: 'number', label: t('Orders', '订单数'), decimals: 0, rules: { min: 0 } },
  { id: 'order_amount', type: 'money', label: t('Order amount', '订单金额'), rules: { min: 0 } },
  { id: 'average_days_late', type: 'number', label: t('Average days paid late', '平均逾期天数'), decimals: 1, rules: { min: 0 } },
  { id: 'late_payments', type: 'number', label: t('Late payments', '逾期次数'), decimals: 0, rules: { min: 0 } },
  { id: 'largest_overdue', type: 'money', label: t('Largest overdue amount', '最大逾期金额'), rules: { min: 0 } },
];

const credit: FieldDefinition[] = [
  { id: 'grade', type: 'single_select', label: t('Credit grade', '信用等级'), options: options(['AAA', 'AAA', 'AAA'], ['AA', 'AA', 'AA'], ['A', 'A', 'A'], ['B', 'B', 'B']), access: financeOnly },
  { id: 'credit_limit', type: 'money', label: t('Credit limit', '信用额度'), rules: { min: 0, max: 100_000_000 }, access: financeOnly },
  { id: 'payment_terms_days', type: 'number', label: t('Payment terms (days)', '账期（天）'), decimals: 0, rules: { min: 0, max: 180 }, access: financeOnly },
  { id: 'risk_notes', type: 'long_text', label: t('Risk notes', '风控备注'), access: { salesperson: 'hidden', sales_manager: 'hidden' } },
  { id: 'last_reviewed_at', type: 'datetime', label: t('Last reviewed at', '最近评审时间'), access: financeOnly },
];

const contacts: FieldDefinition = {
  id: 'contacts',
  type: 'sub_table',
  label: t('Contacts', '联系人'),
  required: true,
  columns: [
    { id: 'name', type: 'text', label: t('Name', '姓名'), required: true, rules: { maxLength: 50 } },
    { id: 'title', type: 'text', label: t('Title', '职务') },
    { id: 'phone', type: 'text', label: t('Phone', '电话'), rules: { pattern: { regex: '^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$' } } },
    { id: 'primary', type: 'boolean', label: t('Primary contact', '主要联系人'), default: false },
  ],
};

/** The customer credit profile form. */
export const customerCreditProfile: FormDefinition = {
  kind: 'form',
  id: 'customer',
  name: t('Customer credit profile', '客户资信档案'),
  description: t('Everything known about a customer’s credit, in one place.', '客户信用的全部信息，集中一处。'),
  fields: [...registration, ...financials, ...trading, ...credit, contacts],
  sections: [
    { id: 'registration', label: t('Registration and legal', '工商与司法'), columns: 2, fields: registration.map((f) => f.id) },
    { id: 'financials', label: t('Financials', '财务状况'), columns: 3, fields: financials.map((f) => f.id) },
    { id: 'trading', label: t('Trading history', '内部交易历史'), columns: 3, fields: trading.map((f) => f.id) },
    { id: 'credit', label: t('Credit policy', '信用政策'), columns: 2, fields: credit.map((f) => f.id) },
    { id: 'contacts', label: t('Contacts', '联系人'), columns: 1, fields: ['contacts'] },
  ],
};

/** A customer as a salesperson enters it (formulas not yet computed). */
export const sampleCustomer = {
  company_name: '福州闽江机械制造有限公司',
  credit_code: '91350100M000100Y43',
  legal_representative: '陈建国',
  founded_on: '2008-06-18',
  registered_capital: 50_000_000,
  enterprise_type: 'private',
  industry: 'manufacturing',
  region: 'east',
  lawsuits_pending: false,
  administrative_penalties: 0,
  abnormal_operation: false,
  recent_changes: ['shareholders'],
  annual_sales: 186_500_000.5,
  total_assets: 240_000_000,
  total_liabilities: 132_000_000,
  current_ratio: 1.45,
  quick_ratio: 0.98,
  gross_margin: 0.183,
  statements: [
    { id: 'y2022', year: 2022, assets: 210_000_000, liabilities: 126_000_000 },
    { id: 'y2023', year: 2023, assets: 240_000_000, liabilities: 132_000_000 },
  ],
  account_manager: 'u_zhang_wei',
  cooperation_since: '2019-03-01',
  order_count: 214,
  order_amount: 58_300_000,
  average_days_late: 6.5,
  late_payments: 3,
  largest_overdue: 420_000,
  contacts: [
    { id: 'c1', name: '林芳', title: '财务经理', phone: '13800138000', primary: true },
    { id: 'c2', name: '王磊', title: '采购主管', phone: '0591-87654321' },
  ],
} as const;
