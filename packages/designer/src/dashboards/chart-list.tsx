/** @module A dashboard's charts as a list: pick one to edit, add, move up or down, remove; a chart with problems is marked. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, WarningFilled } from '@ant-design/icons';
import { chartTypes } from '@heng/engine';
import type { ChartDefinition, Problem } from '@heng/engine';
import { Button, Card, Empty, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { problemsUnder } from '../ops/index.js';

export interface ChartListProps {
  readonly charts: readonly ChartDefinition[];
  readonly selected: string | undefined;
  readonly problems: readonly Problem[];
  readonly canAdd: boolean;
  readonly onSelect: (id: string) => void;
  readonly onAdd: () => void;
  readonly onMove: (id: string, step: -1 | 1) => void;
  readonly onRemove: (id: string) => void;
}

/**
 * The charts, in the order the dashboard shows them.
 *
 * @example
 * <ChartList charts={def.charts} selected={id} problems={problems} canAdd onSelect={setId} onAdd={add} onMove={move} onRemove={remove} />
 */
export function ChartList({ charts, selected, problems, canAdd, onSelect, onAdd, onMove, onRemove }: ChartListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card
      size="small"
      title={t('dashboards.editor.charts')}
      extra={<Button size="small" type="primary" icon={<PlusOutlined />} disabled={!canAdd} onClick={onAdd} data-testid="chart-add">{t('dashboards.editor.addChart')}</Button>}
      data-testid="chart-list"
    >
      {charts.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboards.editor.noCharts')} />}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {charts.map((c, i) => {
          const broken = problemsUnder(problems, `/charts/${i}`).length > 0;
          const active = c.id === selected;
          return (
            <li key={c.id} data-testid={`chart-item-${c.id}`} data-selected={active} data-problems={broken}>
              <Flex align="center" gap={4} style={{ padding: '4px 6px', borderRadius: 6, background: active ? 'var(--ant-color-primary-bg, #e6f4ff)' : undefined }}>
                <Button type="text" size="small" style={{ flex: 1, justifyContent: 'flex-start', minWidth: 0 }} onClick={() => onSelect(c.id)}>
                  {broken && <WarningFilled style={{ color: '#cf1322' }} />}
                  <Typography.Text ellipsis style={{ maxWidth: 170 }}>{c.title?.[lang] || c.id}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{(chartTypes[c.type] ?? chartTypes.bar).label[lang]}</Typography.Text>
                </Button>
                <Tooltip title={t('dashboards.editor.up')}>
                  <Button type="text" size="small" aria-label={t('dashboards.editor.up')} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => onMove(c.id, -1)} />
                </Tooltip>
                <Tooltip title={t('dashboards.editor.down')}>
                  <Button type="text" size="small" aria-label={t('dashboards.editor.down')} icon={<ArrowDownOutlined />} disabled={i === charts.length - 1} onClick={() => onMove(c.id, 1)} />
                </Tooltip>
                <Tooltip title={t('dashboards.editor.remove')}>
                  <Button type="text" size="small" danger aria-label={t('dashboards.editor.remove')} icon={<DeleteOutlined />} onClick={() => onRemove(c.id)} data-testid={`chart-remove-${c.id}`} />
                </Tooltip>
              </Flex>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
