/** @module The dashboards' server calls and what they answer (server: src/dashboards/types.ts), a draft's preview included. */
import type { ChartType, DashboardDefinition, LocalizedText, Problem, ValueUnit } from '@heng/engine';
import { api, routes } from '../api/client.js';

/** A published dashboard as the list shows it. */
export interface DashboardSummary {
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly description: LocalizedText | null;
}

/** One choice of a filter, or one group of a chart. */
export interface Choice {
  readonly key: string | null;
  readonly label: LocalizedText;
  /** `#rrggbb` of a value with its own colour (a grade, its scorecard's). */
  readonly color?: string;
}

/** A filter as the signed-in user may use it; `hidden` when its field is hidden from their roles. */
export interface FilterView {
  readonly id: string;
  readonly label: LocalizedText;
  readonly kind: 'select' | 'user' | 'record' | 'text' | 'boolean';
  readonly hidden: boolean;
  readonly choices: readonly Choice[];
}

/** A dashboard: its charts, and its filters with their choices. */
export interface DashboardView {
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly description: LocalizedText | null;
  readonly filters: readonly FilterView[];
  readonly charts: readonly { readonly id: string; readonly type: ChartType; readonly title: LocalizedText }[];
}

interface ChartHead {
  readonly id: string;
  readonly type: ChartType;
  readonly title: LocalizedText;
}

/** A chart computed on the server: a value per category for each series; a KPI has `value`. */
export interface ChartSeriesView extends ChartHead {
  readonly status: 'ok';
  readonly unit: ValueUnit;
  readonly categories: readonly Choice[];
  readonly series: readonly { readonly key: string | null; readonly label: LocalizedText; readonly color?: string; readonly values: readonly (number | null)[] }[];
  readonly value?: number | null;
  /** What the groups are (客户), and the form each group's record opens in when they are records. */
  readonly dimension?: { readonly label: LocalizedText; readonly form?: string };
  /** What the values are (逾期金额). */
  readonly metricLabel: LocalizedText;
  readonly truncated: boolean;
  /** The chart's limit left groups out: how many there are in all, and their total (null for averages and ratios). */
  readonly beyondLimit?: { readonly groups: number; readonly total: number | null };
}

/** A chart over a field hidden from the user's roles, with the reason. */
export interface ChartHiddenView extends ChartHead {
  readonly status: 'hidden';
  readonly reason: string;
  readonly reasonZh: string;
}

/** A chart that no longer fits the published forms. */
export interface ChartInvalidView extends ChartHead {
  readonly status: 'invalid';
  readonly problems: readonly Problem[];
}

export type ChartView = ChartSeriesView | ChartHiddenView | ChartInvalidView;

/** Every chart of a dashboard, for the filters applied. */
export interface DashboardData {
  readonly id: string;
  readonly version: number;
  readonly charts: readonly ChartView[];
}

/** The dashboards' calls. */
export const dashboardsApi = {
  list: async () => (await api.call<{ items: DashboardSummary[] }>('GET', routes.dashboards)).items,
  get: (id: string) => api.call<DashboardView>('GET', routes.dashboard(id)),
  /** `query` as {@link filterQuery} builds it. */
  data: (id: string, query: string) => api.call<DashboardData>('GET', routes.dashboardData(id, query)),
  /** A draft's charts before it is published (admins); 422 with its problems when it does not fit the forms. */
  preview: (def: DashboardDefinition) => api.call<DashboardData>('POST', '/api/dashboards/preview', def),
};
