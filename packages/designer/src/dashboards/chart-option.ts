/** @module A computed chart as an ECharts option, one builder per chart type ECharts draws (tables and key figures are not drawn). */
import type { ChartType } from '@heng/engine';
import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../i18n/language.js';
import type { ChartSeriesView } from './api.js';
import { axisName, axisValue, formatValue } from './values.js';

/** The chart types ECharts draws. */
export type DrawnType = Exclude<ChartType, 'table' | 'kpi'>;

/**
 * Whether ECharts draws a chart of `type` (tables and key figures are plain components).
 *
 * @example
 * isDrawn('pie') // true
 */
export function isDrawn(type: ChartType): type is DrawnType {
  return type !== 'table' && type !== 'kpi';
}

type Builder = (chart: ChartSeriesView, lang: Lang) => EChartsCoreOption;

/** ECharts' style of a bar, slice or line in its own colour; nothing (the palette's) without one. */
const styled = (color: string | undefined) => (color === undefined ? {} : { itemStyle: { color } });

/**
 * One value of a single-series chart, in its group's own colour when it has one (grade D's red
 * bar or slice); a plain number otherwise, so the palette colours it.
 */
const point = (value: number | null, color: string | undefined) => (color === undefined ? value : { value, ...styled(color) });

const tooltipValue = (chart: ChartSeriesView, lang: Lang) => (v: unknown) => formatValue(typeof v === 'number' ? v : null, chart.unit, lang);

/** Bars or lines over the categories, one series each; several series stack as bars, or draw as lines. */
function axes(chart: ChartSeriesView, lang: Lang, kind: 'bar' | 'line', gap?: string): EChartsCoreOption {
  const several = chart.series.length > 1;
  const name = axisName(chart.unit, lang);
  return {
    animation: false,
    // Room above the plot for the legend, or the value axis's unit.
    grid: { left: 8, right: 16, top: several ? 36 : name === undefined ? 16 : 28, bottom: 8, containLabel: true },
    legend: { show: several, top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: tooltipValue(chart, lang) },
    xAxis: { type: 'category', data: chart.categories.map((c) => c.label[lang]), axisLabel: { interval: 'auto', hideOverlap: true } },
    // Counts step by whole numbers, so the axis never reads 1, 1, 2, 2.
    yAxis: { type: 'value', ...(chart.unit === 'count' ? { minInterval: 1 } : {}), ...(name === undefined ? {} : { name, nameLocation: 'end', nameGap: 12 }), axisLabel: { formatter: (v: number) => axisValue(v, chart.unit, lang) } },
    series: chart.series.map((s) => ({
      type: kind,
      name: s.label[lang],
      // A series of its own colour (a grade) draws in it; else, alone, each group's colour (grades along the axis).
      ...styled(s.color),
      data: several || s.color !== undefined ? [...s.values] : s.values.map((v, i) => point(v, chart.categories[i]?.color)),
      ...(kind === 'bar' ? { stack: several ? 'total' : undefined, ...(gap === undefined ? { barMaxWidth: 48 } : { barCategoryGap: gap }) } : { connectNulls: false, symbolSize: 6 }),
    })),
  };
}

/**
 * Every drawn type. `satisfies` makes a drawn type without a builder a compile error.
 *
 * @example
 * builders.pie(gradeChart, 'zh-CN').series[0].type // 'pie'
 */
export const builders = {
  bar: (chart, lang) => axes(chart, lang, 'bar'),
  // Ranges side by side, as a histogram's bars touch.
  histogram: (chart, lang) => axes(chart, lang, 'bar', '4%'),
  line: (chart, lang) => axes(chart, lang, 'line'),
  pie: (chart, lang) => ({
    animation: false,
    legend: { type: 'scroll', bottom: 0 },
    tooltip: { trigger: 'item', valueFormatter: tooltipValue(chart, lang) },
    series: [
      {
        type: 'pie',
        name: chart.title[lang],
        radius: ['38%', '66%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}: {d}%' },
        data: chart.categories.map((c, i) => ({ name: c.label[lang], value: chart.series[0]?.values[i] ?? 0, ...styled(c.color) })).filter((d) => d.value !== 0),
      },
    ],
  }),
} satisfies Record<DrawnType, Builder>;

/**
 * The ECharts option of a drawn chart, in `lang`.
 *
 * @example
 * chartOption({ ...chart, type: 'bar' }, 'en').xAxis // { type: 'category', data: ['East China', ...], ... }
 */
export function chartOption(chart: ChartSeriesView & { readonly type: DrawnType }, lang: Lang): EChartsCoreOption {
  return builders[chart.type](chart, lang);
}
