/** @module A chart shown as a table: a row per group under what the groups and the values are; a group that is a record links to it. */
import { Table } from 'antd';
import { Link, useParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { recordPath } from '../runtime/index.js';
import type { ChartSeriesView } from './api.js';
import { formatValue } from './values.js';

/**
 * The table of a computed chart: headed by its dimension's field (客户) and its values' name
 * (逾期金额), each value in the chart's unit.
 *
 * @example
 * <ChartTable chart={topOverdue} />
 */
export function ChartTable({ chart }: { readonly chart: ChartSeriesView }) {
  const lang = useLang();
  const { appId = '' } = useParams();
  const values = chart.series[0]?.values ?? [];
  const form = chart.dimension?.form;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(c) => c.key ?? ''}
      dataSource={[...chart.categories]}
      columns={[
        { key: 'group', title: chart.dimension?.label[lang], render: (_, c) => (form === undefined || c.key === null ? c.label[lang] : <Link to={recordPath(appId, form, c.key)}>{c.label[lang]}</Link>) },
        { key: 'value', title: chart.metricLabel[lang], align: 'right', render: (_, _c, i) => formatValue(values[i], chart.unit, lang) },
      ]}
    />
  );
}
