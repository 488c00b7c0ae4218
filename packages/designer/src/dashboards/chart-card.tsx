/** @module One chart of a dashboard in a card: drawn, tabled or a key figure when computed; the reason when hidden or broken. */
import { Alert, Card, Empty, Statistic, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../components/echart.js';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import type { ChartSeriesView, ChartView } from './api.js';
import { chartOption, isDrawn } from './chart-option.js';
import { ChartTable } from './chart-table.js';
import { chartTotal, formatValue, isEmptyChart } from './values.js';

/** Read by screen readers and tests, not shown: a chart's numbers as text. */
const UNSEEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };

/** A chart's numbers as a table: one row per category, one column per series. */
function DataTable({ chart, lang, caption }: { readonly chart: ChartSeriesView; readonly lang: Lang; readonly caption: string }) {
  return (
    <table style={UNSEEN} data-testid={`chart-data-${chart.id}`}>
      <caption>{caption}</caption>
      <tbody>
        {chart.categories.map((c, i) => (
          <tr key={c.key ?? ''} data-key={c.key ?? ''}>
            <th scope="row">{c.label[lang]}</th>
            {chart.series.map((s) => (
              <td key={s.key ?? ''} data-value={s.values[i] ?? ''}>{formatValue(s.values[i], chart.unit, lang)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Computed({ chart }: { readonly chart: ChartSeriesView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const drawn = isDrawn(chart.type) ? chart.type : undefined;
  const option = useMemo(() => (drawn === undefined ? undefined : chartOption({ ...chart, type: drawn }, lang)), [chart, drawn, lang]);
  if (isEmptyChart(chart)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboards.chart.empty')} />;
  if (chart.type === 'kpi') return <Statistic value={formatValue(chart.value, chart.unit, lang)} data-testid={`chart-value-${chart.id}`} />;
  if (chart.type === 'table') return <ChartTable chart={chart} />;
  const title = chart.title[lang];
  return (
    <>
      <EChart option={option!} height={chart.type === 'pie' ? 300 : 280} label={title} />
      <DataTable chart={chart} lang={lang} caption={t('dashboards.chart.data', { title })} />
    </>
  );
}

/** The total beside a chart's title: of its groups, and when its limit left some out, of the ones shown and of all (top 10 of 37). */
function TotalText({ chart, total }: { readonly chart: ChartSeriesView; readonly total: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const value = formatValue(total, chart.unit, lang);
  const all = chart.beyondLimit?.total;
  const text = all === undefined || all === null ? t('dashboards.chart.total', { value }) : t('dashboards.chart.topTotal', { n: chart.categories.length, value, groups: chart.beyondLimit!.groups, all: formatValue(all, chart.unit, lang) });
  return <Typography.Text type="secondary" data-testid={`chart-total-${chart.id}`}>{text}</Typography.Text>;
}

/**
 * A chart in a card. Its total (counts and money) shows beside the title, said to be of the
 * groups shown and beside the total of all when its limit left some out; a cut chart says so.
 *
 * @example
 * <ChartCard chart={data.charts[0]} />
 */
export function ChartCard({ chart }: { readonly chart: ChartView }) {
  const { t } = useTranslation();
  const lang = useLang();
  let body: ReactNode;
  let total: number | null = null;
  if (chart.status === 'hidden') {
    body = <Alert type="info" showIcon title={t('dashboards.chart.hidden')} description={lang === 'zh-CN' ? chart.reasonZh : chart.reason} />;
  } else if (chart.status === 'invalid') {
    body = <Alert type="warning" showIcon title={t('dashboards.chart.invalid')} description={<ul>{chart.problems.map((p) => <li key={`${p.path} ${p.code}`}>{lang === 'zh-CN' ? p.messageZh : p.message}</li>)}</ul>} />;
  } else {
    total = chartTotal(chart);
    body = (
      <>
        {chart.truncated && <Alert type="warning" showIcon title={t('dashboards.chart.truncated')} style={{ marginBottom: 8 }} />}
        <Computed chart={chart} />
      </>
    );
  }
  // No total beside a chart with nothing to show ("Total 0" over "No records").
  const extra = chart.status === 'ok' && chart.type !== 'kpi' && total !== null && !isEmptyChart(chart) ? <TotalText chart={chart} total={total} /> : undefined;
  return (
    <Card size="small" title={chart.title[lang]} extra={extra} data-testid={`chart-${chart.id}`} data-status={chart.status} data-total={total ?? ''} style={{ height: '100%' }}>
      {body}
    </Card>
  );
}
