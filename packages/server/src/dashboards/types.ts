/** @module What the dashboards API answers: a dashboard's filters with their choices, and each chart's series. */
import type { ChartType, LocalizedText, Problem, ValueUnit } from '@heng/engine';
import type { DimensionHead } from './heads.js';

/** One choice of a filter, or one group of a chart: its key as sent back, and its label. */
export interface Choice {
  readonly key: string | null;
  readonly label: LocalizedText;
  /** `#rrggbb` of a value that has its own colour (a grade, its scorecard's). */
  readonly color?: string;
}

/** How a filter is picked in the browser. */
export type FilterKind = 'select' | 'user' | 'record' | 'text' | 'boolean';

/** A filter as the caller may use it; a field hidden from their roles is `hidden`, with no choices. */
export interface FilterView {
  readonly id: string;
  readonly label: LocalizedText;
  readonly kind: FilterKind;
  readonly hidden: boolean;
  readonly choices: readonly Choice[];
}

/** One series of a chart: a value per category (null: nothing to divide, or no value to average). */
export interface SeriesView {
  readonly key: string | null;
  readonly label: LocalizedText;
  /** `#rrggbb` of a series whose value has its own colour (a grade). */
  readonly color?: string;
  readonly values: readonly (number | null)[];
}

interface ChartHead {
  readonly id: string;
  readonly type: ChartType;
  readonly title: LocalizedText;
}

/** A chart computed: categories (groups) and one series per series group (one, without `series`). A KPI has `value`. */
export interface ChartSeriesView extends ChartHead {
  readonly status: 'ok';
  readonly unit: ValueUnit;
  readonly categories: readonly Choice[];
  readonly series: readonly SeriesView[];
  readonly value?: number | null;
  /** What the groups are (客户), and the form each group's record opens in when they are records; absent for a key figure. */
  readonly dimension?: DimensionHead;
  /** What the values are (逾期金额). */
  readonly metricLabel: LocalizedText;
  /**
   * Set when the chart's `limit` left groups out (the top 10 of 37 customers): how many groups
   * there are in all, and what they all add up to (null for averages and ratios, which do not).
   */
  readonly beyondLimit?: { readonly groups: number; readonly total: number | null };
  /** More groups exist than one chart returns: narrow it with filters or a condition. */
  readonly truncated: boolean;
}

/** A chart reading a field hidden from the caller's roles: not computed. */
export interface ChartHiddenView extends ChartHead {
  readonly status: 'hidden';
  readonly hidden: true;
  readonly reason: string;
  readonly reasonZh: string;
}

/** A chart a later form version broke (a field removed): its problems, for the admin to fix. */
export interface ChartInvalidView extends ChartHead {
  readonly status: 'invalid';
  readonly problems: readonly Problem[];
}

export type ChartView = ChartSeriesView | ChartHiddenView | ChartInvalidView;
