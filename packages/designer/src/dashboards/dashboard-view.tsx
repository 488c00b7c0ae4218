/** @module One dashboard: its name, its filter bar and its charts, computed on the server for the filters picked. */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
import type { ChartType } from '@heng/engine';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { useLoad } from '../renderer/index.js';
import { LoadFailed, WhenLoaded } from '../runtime/common.js';
import { dashboardsApi } from './api.js';
import type { DashboardView as View } from './api.js';
import { ChartCard } from './chart-card.js';
import { FilterBar } from './filter-bar.js';
import { filterQuery, filtersFromQuery } from './query.js';
import type { FilterValues } from './query.js';

/** How wide a chart is on the grid: key figures four to a row, tables and drawings two. */
export const SPAN: Record<ChartType, { readonly xs: number; readonly md: number; readonly xl: number }> = {
  kpi: { xs: 24, md: 12, xl: 6 },
  bar: { xs: 24, md: 24, xl: 12 },
  line: { xs: 24, md: 24, xl: 12 },
  pie: { xs: 24, md: 24, xl: 12 },
  histogram: { xs: 24, md: 24, xl: 12 },
  table: { xs: 24, md: 24, xl: 12 },
};

/**
 * Charts in rows: each run of key figures in a strip of its own, so a figure is no taller than
 * its number rather than as tall as the drawing beside it.
 *
 * @example
 * rowsOf([open, overdue, grades, scores]) // [[open, overdue], [grades, scores]]
 */
function rowsOf<C extends { readonly type: ChartType }>(charts: readonly C[]): C[][] {
  const rows: C[][] = [];
  charts.forEach((c, i) => {
    if (i === 0 || (c.type === 'kpi') !== (charts[i - 1]!.type === 'kpi')) rows.push([c]);
    else rows.at(-1)!.push(c);
  });
  return rows;
}

function Charts({ view, values }: { readonly view: View; readonly values: FilterValues }) {
  const query = filterQuery(view.filters.map((f) => f.id), values);
  const [data, reload] = useLoad(() => dashboardsApi.data(view.id, query), [view.id, query]);
  const { t } = useTranslation();
  if (data.status === 'error') return <LoadFailed error={data.error} onRetry={reload} />;
  const charts = data.status === 'ok' ? data.value.charts : [];
  return (
    <Spin spinning={data.status === 'loading'} description={t('runtime.loading')}>
      <div className="heng-stack" data-testid="dashboard-charts" data-loading={data.status === 'loading'} data-query={query} style={{ minHeight: 120, gap: 16 }}>
        {rowsOf(charts).map((row) => (
          <Row key={row[0]!.id} gutter={[16, 16]}>
            {row.map((c) => (
              <Col key={c.id} {...SPAN[c.type]}>
                <ChartCard chart={c} />
              </Col>
            ))}
          </Row>
        ))}
      </div>
      <Button type="text" size="small" icon={<ReloadOutlined />} onClick={reload} style={{ marginTop: 8 }}>
        {t('dashboards.refresh')}
      </Button>
    </Spin>
  );
}

/**
 * A dashboard by id, under `picker` (the dashboard choice): its filters are the address's (none:
 * all records), so a reload or a shared link shows the same; each change writes the address
 * and asks the server for every chart again.
 *
 * @example
 * <DashboardView key={id} id={id} picker={<Select … />} />
 */
export function DashboardView({ id, picker }: { readonly id: string; readonly picker: ReactNode }) {
  const lang = useLang();
  const [view, reload] = useLoad(() => dashboardsApi.get(id), [id]);
  const [search, setSearch] = useSearchParams();
  const filters = view.status === 'ok' ? view.value.filters : [];
  const values = filtersFromQuery(search, filters);
  // Replaced, not pushed: Back leaves the dashboard rather than stepping through each filter picked.
  const setValues = (next: FilterValues) => setSearch(filterQuery(filters.map((f) => f.id), next), { replace: true });
  return (
    <div className="heng-stack" data-testid="dashboard-page">
      <Card size="small">
        <div className="heng-stack">
          {picker}
          <WhenLoaded loaded={view} onRetry={reload}>
            {(v) => (
              <Space direction="vertical" size={8} style={{ width: '100%' }}>
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="dashboard-name">{v.name[lang]}</Typography.Title>
                {v.description !== null && <Typography.Text type="secondary">{v.description[lang]}</Typography.Text>}
                <FilterBar filters={v.filters} values={values} onChange={setValues} />
              </Space>
            )}
          </WhenLoaded>
        </div>
      </Card>
      {view.status === 'ok' && <Charts view={view.value} values={values} />}
    </div>
  );
}
