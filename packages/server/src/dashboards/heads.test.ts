import { compileDashboard, formCatalog } from '@heng/engine';
import type { DashboardDefinition, FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { dimensionHead, metricLabel } from './heads.js';
import { creditDashboard, customerForm, receivableForm } from './testing.js';

const forms = new Map([customerForm, receivableForm].map((f) => [f.id, f as unknown as FormDefinition]));
const ctx = { forms: new Map([...forms].map(([id, f]) => [id, formCatalog(f)])), roles: new Set<string>(), flows: new Set<string>(), scorecards: new Map() };
const charts = Object.fromEntries(compileDashboard(creditDashboard as DashboardDefinition, ctx).charts.map((c) => [c.definition.id, c]));
const chart = (id: string) => charts[id]!;

describe('chart heads', () => {
  it('names the groups by their field, on the form it belongs to, and links a reference field\'s records', () => {
    expect(dimensionHead(chart('top_overdue').group!, forms)).toEqual({ label: { en: 'Customer', 'zh-CN': '客户' }, form: 'customer' });
    expect(dimensionHead(chart('aging').group!, forms)).toEqual({ label: { en: 'Region', 'zh-CN': '区域' } });
    expect(dimensionHead(chart('aging').series!, forms)).toEqual({ label: { en: 'Aging', 'zh-CN': '账龄' } });
    expect(dimensionHead(chart('collection').group!, forms)).toEqual({ label: { en: 'Salesperson', 'zh-CN': '业务员' } });
  });

  it('names the values by the chart\'s metricLabel, else the field summed, a count, or a ratio\'s title', () => {
    expect(metricLabel(chart('top_overdue'), forms)).toEqual({ en: 'Outstanding', 'zh-CN': '未回款' });
    const named = { ...chart('top_overdue'), definition: { ...chart('top_overdue').definition, metricLabel: { en: 'Overdue amount', 'zh-CN': '逾期金额' } } };
    expect(metricLabel(named, forms)).toEqual({ en: 'Overdue amount', 'zh-CN': '逾期金额' });
    expect(metricLabel(chart('grades'), forms)).toEqual({ en: 'Count', 'zh-CN': '数量' });
    expect(metricLabel(chart('collection'), forms)).toEqual({ en: 'Collection rate', 'zh-CN': '回款率' });
  });
});
