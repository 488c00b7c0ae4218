import { bundleContext, compileDashboard, validateDashboard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditManagement } from '../index.js';
import { definitionIn } from '../../template-kit.js';

const overview = definitionIn(creditManagement, 'dashboard', 'credit_overview');
const ctx = bundleContext(creditManagement);

describe('the credit overview dashboard (DOMAIN.md 8)', () => {
  it('fits the template\'s forms', () => {
    expect(validateDashboard(overview, ctx)).toEqual([]);
  });

  it('has three key figures (the bad-debt rate among them) and the six charts of DOMAIN.md, filterable by region, industry and salesperson on every chart', () => {
    const compiled = compileDashboard(overview, ctx);
    expect(compiled.charts.map((c) => `${c.definition.type}:${c.definition.id}`)).toEqual([
      'kpi:open_receivables',
      'kpi:overdue_receivables',
      'kpi:bad_debt_rate',
      'pie:grade_distribution',
      'histogram:score_distribution',
      'bar:aging_by_region',
      'table:top_overdue_customers',
      'bar:collection_rate_by_salesperson',
      'line:dso_trend',
    ]);
    for (const chart of compiled.charts) expect([...chart.filters.keys()]).toEqual(['region', 'industry', 'salesperson']);
    // Receivables reach the customer's region through their customer reference.
    expect(compiled.charts[5]!.group?.path).toMatchObject({ form: 'customer', info: { id: 'region' }, via: { id: 'customer' } });
    expect(compiled.charts.map((c) => c.unit)).toEqual(['money', 'money', 'percent', 'count', 'count', 'money', 'money', 'percent', 'days']);
  });
});
