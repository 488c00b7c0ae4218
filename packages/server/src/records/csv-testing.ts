/** @module Test material for the CSV routes: a supplier form with option codes behind labels, a yes/no, a reference to regions, whose names two regions may share, and a sub-table of contacts. */
import { parseCsv } from '@heng/engine';
import { createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { created, shop } from './testing.js';

export const csvHeaders = { 'Content-Type': 'text/csv' };

/** A label in both languages. */
export const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

const categories = [
  { id: 'option_1', label: t('Parts', '零部件') },
  { id: 'option_2', label: t('Raw materials', '原材料') },
];
/** Its contacts: a sub-table with a select and a money column. */
const contacts = {
  id: 'contacts',
  type: 'sub_table',
  label: t('Contacts', '联系人'),
  columns: [
    { id: 'name', type: 'text', label: t('Name', '姓名'), required: true },
    { id: 'phone', type: 'text', label: t('Phone', '电话') },
    { id: 'role', type: 'single_select', label: t('Role', '角色'), options: [{ id: 'option_1', label: t('Owner', '老板') }, { id: 'option_2', label: t('Finance', '财务') }] },
    { id: 'approval_limit', type: 'money', label: t('Approval limit', '审批额度') },
  ],
};
/** A supplier form as an admin designs one: option codes behind labels, a percent, two fields labelled 备注, a yes/no, its region, its contacts. */
export const supplierForm = {
  kind: 'form',
  id: 'supplier',
  name: t('Supplier', '供应商'),
  fields: [
    { id: 'supplier_name', type: 'text', label: t('Supplier name', '供应商名称'), required: true },
    { id: 'category', type: 'single_select', label: t('Category', '类别'), options: categories },
    { id: 'certificates', type: 'multi_select', label: t('Certificates', '资质'), options: [{ id: 'option_1', label: t('ISO 9001', 'ISO 9001 质量') }, { id: 'option_2', label: t('ISO 14001', 'ISO 14001 环境') }] },
    { id: 'on_time_rate', type: 'percent', label: t('On-time rate', '准时率'), decimals: 1, rules: { min: 0, max: 1 } },
    { id: 'note_a', type: 'text', label: t('Note', '备注') },
    { id: 'note_b', type: 'text', label: t('Remark', '备注') },
    { id: 'audited', type: 'boolean', label: t('Audited', '已审核') },
    { id: 'region', type: 'reference', label: t('Region', '区域'), target: 'region' },
    contacts,
  ],
  sections: [{ id: 'main', label: t('Main', '基本'), columns: 2, fields: ['supplier_name', 'category', 'certificates', 'on_time_rate', 'note_a', 'note_b', 'audited', 'region', 'contacts'] }],
};
/** The regions suppliers are in: named by a text two regions may share. */
export const regionForm = {
  kind: 'form',
  id: 'region',
  name: t('Region', '区域'),
  fields: [{ id: 'region_name', type: 'text', label: t('Region name', '区域名称'), required: true }],
  sections: [{ id: 'main', label: t('Main', '基本'), columns: 1, fields: ['region_name'] }],
};
export const SUPPLIERS = '/api/forms/supplier/records';
/** A company of the shop with the region and supplier forms published, and the regions named. */
export async function suppliersOf(app: Parameters<typeof shop>[0], regions: readonly string[]): Promise<{ admin: Caller; regions: string[] }> {
  const { admin } = await shop(app);
  await createAndPublish(admin, regionForm);
  await createAndPublish(admin, supplierForm);
  const ids: string[] = [];
  for (const name of regions) ids.push((await created(admin, { region_name: name }, '/api/forms/region/records')).id);
  return { admin, regions: ids };
}

/** The rows of a CSV text, header first. */
export const rowsOf = (text: string): string[][] => {
  const csv = parseCsv(text);
  return 'rows' in csv ? csv.rows : [];
};

/** The suppliers' data, by name. */
export async function suppliers(admin: Caller): Promise<Record<string, unknown>[]> {
  const list = (await (await admin.call('GET', `${SUPPLIERS}?sort=supplier_name`)).json()) as { items: { data: Record<string, unknown> }[] };
  return list.items.map((r) => r.data);
}
