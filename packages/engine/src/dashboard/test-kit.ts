/** @module Test material: a dashboard over the mini credit app's forms, and the context to check it in. */
import { creditBundle } from '../bundle/test-bundle.js';
import type { ReferenceContext } from '../core/context.js';
import { formCatalog, type FormDefinition } from '../form/index.js';
import { scorecardFacts } from '../scorecard/facts.js';
import type { ScorecardDefinition } from '../scorecard/types.js';
import type { ChartDefinition, DashboardDefinition } from './types.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** The published forms of the mini credit app, `customer` (the credit profile) and `credit_application`, and its scorecard of customers, `credit_score` (grades A–D). */
export function dashboardContext(): ReferenceContext {
  const forms = creditBundle().definitions.filter((d): d is FormDefinition => d.kind === 'form');
  const scorecards = creditBundle().definitions.filter((d): d is ScorecardDefinition => d.kind === 'scorecard');
  return { forms: new Map(forms.map((f) => [f.id, formCatalog(f)])), roles: new Set(), flows: new Set(), scorecards: scorecardFacts(scorecards) };
}

/** One chart of each shape: a pie by a select, a histogram, a bar through a reference with series, a ratio KPI. */
export const sampleCharts: readonly ChartDefinition[] = [
  { id: 'grades', title: t('Grades', '等级分布'), type: 'pie', form: 'customer', groupBy: { field: 'grade' }, metric: { aggregate: 'count' } },
  { id: 'sales', title: t('Annual sales', '年销售额分布'), type: 'histogram', form: 'customer', groupBy: { field: 'annual_sales', bucket: { width: 10_000_000 } }, metric: { aggregate: 'count' }, where: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: false }] } },
  { id: 'requests', title: t('Requested by industry', '按行业申请额度'), type: 'bar', form: 'credit_application', groupBy: { field: 'customer.industry' }, series: { field: 'grade' }, metric: { aggregate: 'sum', field: 'amount' }, sort: { by: 'value', order: 'desc' }, limit: 10 },
  { id: 'leverage', title: t('Leverage', '负债占比'), type: 'kpi', form: 'customer', metric: { ratio: [{ aggregate: 'sum', field: 'total_liabilities' }, { aggregate: 'sum', field: 'total_assets' }] } },
];

/** A valid dashboard of the mini credit app, filtered by the customer's region. */
export const sampleDashboard: DashboardDefinition = {
  kind: 'dashboard',
  id: 'credit_overview',
  name: t('Credit overview', '信用概览'),
  filters: [{ id: 'region', field: 'region', form: 'customer' }],
  charts: sampleCharts,
};

/** The sample dashboard with one chart replaced by `chart` (merged over the chart of the same index). */
export function withChart(index: number, chart: Readonly<Record<string, unknown>>): DashboardDefinition {
  return { ...sampleDashboard, charts: sampleDashboard.charts.map((c, i) => (i === index ? ({ ...c, ...chart } as ChartDefinition) : c)) };
}
