/** @module Test material: computed charts as the server sends them. */
import type { ChartSeriesView } from './api.js';
import type { DrawnType } from './chart-option.js';

/** A computed chart ECharts draws. */
export type DrawnChart = ChartSeriesView & { readonly type: DrawnType };

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** Outstanding receivables by region, split by aging. */
export const agingChart: DrawnChart = {
  id: 'aging',
  type: 'bar',
  title: t('Aging by region', '分区域账龄'),
  status: 'ok',
  unit: 'money',
  metricLabel: t('Outstanding', '未结金额'),
  truncated: false,
  categories: [{ key: 'east', label: t('East China', '华东') }, { key: 'north', label: t('North China', '华北') }],
  series: [
    { key: 'd1_30', label: t('1-30 days', '1-30天'), values: [30000, 0] },
    { key: 'd60_plus', label: t('Over 60 days', '60天以上'), values: [0.1, 30000.2] },
  ],
};

/** Customers by grade, one ungraded. */
export const gradeChart: DrawnChart = {
  id: 'grades',
  type: 'pie',
  title: t('Grades', '等级分布'),
  status: 'ok',
  unit: 'count',
  metricLabel: t('Count', '数量'),
  truncated: false,
  categories: [{ key: 'A', label: t('A', 'A') }, { key: 'B', label: t('B', 'B') }, { key: 'C', label: t('C', 'C') }, { key: null, label: t('(empty)', '（空）') }],
  series: [{ key: null, label: t('Grades', '等级分布'), values: [2, 1, 0, 1] }],
};

/** Collection rate by salesperson. */
export const rateChart: DrawnChart = {
  id: 'rate',
  type: 'line',
  title: t('Collection rate', '回款率'),
  status: 'ok',
  unit: 'percent',
  metricLabel: t('Collection rate', '回款率'),
  truncated: false,
  categories: [{ key: '2024-01', label: t('2024-01', '2024-01') }, { key: '2024-02', label: t('2024-02', '2024-02') }],
  series: [{ key: null, label: t('Collection rate', '回款率'), values: [0.857143, null] }],
};
