/** @module A draft as the editor can hold it: an imported dashboard missing lists or parts gets empty ones instead of crashing the page. */
import type { ChartDefinition, DashboardDefinition, LocalizedText } from '@heng/engine';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): LocalizedText => (isObject(v) && typeof v['en'] === 'string' && typeof v['zh-CN'] === 'string' ? (v as unknown as LocalizedText) : { en: '', 'zh-CN': '' });

/**
 * `draft` with what the editor reads always there: lists of filters and charts, names and titles,
 * a metric per chart. A sound draft comes back as the same object; the engine still reports
 * every problem of what was missing once the admin edits.
 *
 * @example
 * editableDashboard({ kind: 'dashboard', id: 'x' }).charts // []
 */
export function editableDashboard(draft: DashboardDefinition): DashboardDefinition {
  const raw = draft as unknown as Record<string, unknown>;
  const charts = Array.isArray(raw['charts']) ? (raw['charts'] as unknown[]).filter(isObject) : [];
  const soundCharts = charts.every((c) => isObject(c['title']) && isObject(c['metric']) && typeof c['id'] === 'string' && typeof c['form'] === 'string');
  const sound = isObject(raw['name']) && Array.isArray(raw['filters']) && Array.isArray(raw['charts']) && charts.length === (raw['charts'] as unknown[]).length && soundCharts;
  if (sound) return draft;
  return {
    ...draft,
    name: text(raw['name']),
    filters: Array.isArray(raw['filters']) ? draft.filters : [],
    charts: charts.map((c, i) => ({
      ...c,
      id: typeof c['id'] === 'string' ? c['id'] : `chart_${i + 1}`,
      form: typeof c['form'] === 'string' ? c['form'] : '',
      title: text(c['title']),
      metric: isObject(c['metric']) ? c['metric'] : { aggregate: 'count' },
    }) as unknown as ChartDefinition),
  };
}
