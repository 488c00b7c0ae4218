import { describe, expect, it } from 'vitest';
import type { DashboardDefinition } from '@heng/engine';
import { editableDashboard } from './editable.js';

const t = (en: string) => ({ en, 'zh-CN': en });

describe('editableDashboard', () => {
  it('returns a sound draft as it is', () => {
    const def: DashboardDefinition = { kind: 'dashboard', id: 'd', name: t('D'), filters: [], charts: [{ id: 'c', title: t('C'), type: 'kpi', form: 'customer', metric: { aggregate: 'count' } }] };
    expect(editableDashboard(def)).toBe(def);
  });

  it('fills in what an imported draft lacks, keeping what it has', () => {
    const bad = { kind: 'dashboard', id: 'd', charts: [{ type: 'bar', form: 'customer', groupBy: { field: 'region' } }, 'junk', { id: 'x', title: 'no', form: 3 }] } as unknown as DashboardDefinition;
    expect(editableDashboard(bad)).toEqual({
      kind: 'dashboard', id: 'd', name: t(''), filters: [],
      charts: [
        { id: 'chart_1', type: 'bar', form: 'customer', groupBy: { field: 'region' }, title: t(''), metric: { aggregate: 'count' } },
        { id: 'x', form: '', title: t(''), metric: { aggregate: 'count' } },
      ],
    });
  });
});
