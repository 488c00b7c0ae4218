/** @module The chart types a dashboard offers, as data: what each needs and allows. */
import type { LocalizedText } from '../core/localized.js';
import type { ChartSort, ChartType } from './types.js';

/** One chart type's contract with its definition. */
export interface ChartTypeSpec {
  readonly label: LocalizedText;
  /** `required`: one value per group; `forbidden`: one value in all (a KPI). */
  readonly groupBy: 'required' | 'forbidden';
  /** Whether a second grouping (`series`) may split each group. */
  readonly series: boolean;
  /** `width`: the grouping must be a number field in equal-width buckets. */
  readonly bucket?: 'width';
  /** The order when the chart gives none: ordered groups (dates, buckets) by group, others by value. */
  readonly sortOrdered: ChartSort;
  readonly sortOther: ChartSort;
}

const byGroup: ChartSort = { by: 'group', order: 'asc' };
const byValue: ChartSort = { by: 'value', order: 'desc' };

/**
 * Every chart type. `satisfies` makes a type without a spec a compile error.
 *
 * @example
 * chartTypes.histogram.bucket // 'width'
 */
export const chartTypes = {
  bar: { label: { en: 'Bar chart', 'zh-CN': '柱状图' }, groupBy: 'required', series: true, sortOrdered: byGroup, sortOther: byValue },
  pie: { label: { en: 'Pie chart', 'zh-CN': '饼图' }, groupBy: 'required', series: false, sortOrdered: byGroup, sortOther: byValue },
  line: { label: { en: 'Line chart', 'zh-CN': '折线图' }, groupBy: 'required', series: true, sortOrdered: byGroup, sortOther: byGroup },
  table: { label: { en: 'Table', 'zh-CN': '表格' }, groupBy: 'required', series: false, sortOrdered: byGroup, sortOther: byValue },
  histogram: { label: { en: 'Histogram', 'zh-CN': '直方图' }, groupBy: 'required', series: false, bucket: 'width', sortOrdered: byGroup, sortOther: byGroup },
  kpi: { label: { en: 'Key figure', 'zh-CN': '指标卡' }, groupBy: 'forbidden', series: false, sortOrdered: byGroup, sortOther: byValue },
} as const satisfies Record<ChartType, ChartTypeSpec>;

/** The chart types, in the order a designer offers them. */
export const CHART_TYPES = Object.keys(chartTypes) as ChartType[];

/** Largest number of groups a chart may ask for with `limit`. */
export const MAX_CHART_LIMIT = 100;
